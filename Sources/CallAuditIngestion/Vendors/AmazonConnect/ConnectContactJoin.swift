import CallAuditModel
import Dispatch
import Synchronization


/// Joins a run's Amazon Connect contact records (CTRs) to its Contact Lens files,
/// so each analysed call gets its caller, agent, queue and times, and is one contact.
///
/// Connect writes the two apart — contact records to a stream (often one file of
/// many records an hour), Contact Lens analysis to one file per call — and neither
/// points to the other but by `ContactId`. Inputs are read in parallel, so the join
/// is made before reading (``prepare(paths:format:options:)``): the contact records
/// are indexed by contact id (the latest copy of each, as Connect delivers a record
/// at least once), and the contact ids of the Contact Lens files are collected. Then
/// a Contact Lens file completes its call from the index (``ContactLensReader``), and
/// a contact-record input makes contacts only of the calls no Contact Lens file holds
/// (``ConnectContactRecordReader``): each call is counted once, with its words when
/// they exist.
///
/// Memory grows with the calls of the contact records named, an entry each,
/// up to ``maximumCalls``; past it the join is not made and says why.
public final class ConnectContactJoin: Sendable {
  /// The most calls joined in one run.
  public static let maximumCalls = 1_000_000

  /// The latest copy of each contact record, by contact id.
  private let records: [String: ConnectContactRecord]
  /// The contact ids the Contact Lens files among the inputs hold.
  private let analysed: Set<String>
  /// Why the join was not made, when it was not.
  package let refusal: String?

  init(records: [String: ConnectContactRecord], analysed: Set<String>, refusal: String? = nil) {
    self.records = records
    self.analysed = analysed
    self.refusal = refusal
  }

  /// The contact record of a call, if an input holds one.
  package func record(for contactID: String) -> ConnectContactRecord? { records[contactID] }

  /// Whether a Contact Lens file among the inputs holds the call's words.
  package func isAnalysed(_ contactID: String) -> Bool { analysed.contains(contactID) }

  /// Indexes the contact records and Contact Lens files among `paths`; `nil` when
  /// the inputs do not hold both, since then there is nothing to join.
  ///
  /// Each input is recognised by its content, as reading it will: only its first
  /// bytes are read unless it is one of the two formats. A file that cannot be
  /// read here is left to its own reading, which says why.
  /// - Parameters:
  ///   - jobs: files read at the same time (a folder may hold 100,000 calls).
  ///   - maximumCalls: the most calls joined (tests make it small).
  /// - Complexity: reads every contact record and Contact Lens file once more.
  public static func prepare(
    paths: [String], format: InputFormat?, options: IngestionOptions, jobs: Int = 1,
    maximumCalls: Int = maximumCalls
  ) -> ConnectContactJoin? {
    guard options.mapping == nil, format == nil || format == .connectContactRecords || format == .contactLens else {
      return nil
    }
    var recordPaths: [String] = []
    var analysisPaths: [String] = []
    let formats = map(paths, jobs: jobs) { path in
      RegularFile.size(of: path) != nil ? format ?? detectedFormat(of: path, options: options) : nil
    }
    for (path, format) in zip(paths, formats) {
      switch format {
      case .connectContactRecords: recordPaths.append(path)
      case .contactLens: analysisPaths.append(path)
      default: continue
      }
    }
    guard !recordPaths.isEmpty, !analysisPaths.isEmpty else { return nil }
    var records: [String: ConnectContactRecord] = [:]
    for path in recordPaths {
      forEachRecord(in: path, options: options, mapping: ConnectContactRecord.init) { record in
        // Past the cap nothing more is held: the join is refused below.
        guard records.count <= maximumCalls else { return }
        if let earlier = records[record.contactID], !record.supersedes(earlier) { return }
        records[record.contactID] = record
      }
      guard records.count <= maximumCalls else {
        return ConnectContactJoin(
          records: [:], analysed: [],
          refusal: "the contact records of this run hold more than \(maximumCalls) calls, "
            + "the most callaudit joins to Contact Lens files at once: analyse fewer days at a time")
      }
    }
    let ids = map(analysisPaths, jobs: jobs) { path in
      var ids: [String] = []
      forEachRecord(in: path, options: options, mapping: { node throws(JSONRecordReader.Refusal) in node }) { node in
        if let id = node["CustomerMetadata"]?["ContactId"]?.string { ids.append(id) }
      }
      return ids
    }
    return ConnectContactJoin(records: records, analysed: Set(ids.joined()))
  }

  /// `transform` of each path, in order, `jobs` paths at a time.
  private static func map<Value: Sendable>(
    _ paths: [String], jobs: Int, _ transform: @escaping @Sendable (String) -> Value
  ) -> [Value] {
    let results = Mutex([Value?](repeating: nil, count: paths.count))
    let next = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, paths.count))) { _ in
      while true {
        let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
        guard index < paths.count else { return }
        let value = transform(paths[index])
        results.withLock { $0[index] = value }
      }
    }
    return results.withLock { $0.map { $0! } }
  }

  private static func detectedFormat(of path: String, options: IngestionOptions) -> InputFormat? {
    guard let stream = try? ByteStream(path: path), let prefix = try? stream.peek(1 << 16) else { return nil }
    return InputFormat.detect(FormatSample(prefix: prefix, delimiter: options.delimiter))
  }

  /// Calls `body` with each record of `path` that parses and maps, read as every JSON
  /// input is (``JSONRecordReader/forEachRecord(in:options:recordsAt:into:mapping:_:)``);
  /// the others are left to the input's own reading, which rejects them with their lines.
  private static func forEachRecord<Value>(
    in path: String, options: IngestionOptions, mapping: (JSONNode) throws(JSONRecordReader.Refusal) -> Value,
    _ body: (Value) -> Void
  ) {
    guard let stream = try? ByteStream(path: path) else { return }
    var unreported = InputSummary(path: path)
    try? JSONRecordReader.forEachRecord(
      in: stream, options: options, recordsAt: [], into: &unreported,
      mapping: { node, _ throws(JSONRecordReader.Refusal) in try mapping(node) }, body)
  }
}
