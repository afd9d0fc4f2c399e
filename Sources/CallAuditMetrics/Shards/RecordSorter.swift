import CallAuditSystem
import CallAuditText

/// Puts records in an order when there may be too many to hold: runs of up to
/// ``runRecords`` are sorted in memory and written to the run's spool file,
/// then merged, reading each run a block at a time.
///
/// Used for a shard too large to measure in memory (``LargeShard``): one
/// customer with millions of contacts must not cost memory in proportion.
/// - Complexity: O(*n* log *n*) comparisons; memory O(``runRecords`` + runs × 64 KiB).
package struct RecordSorter {
  /// The orders a large shard needs.
  package enum Order {
    /// The records of one contact together, in reading order (``ContactIdentity``).
    case contact
    /// Each customer's contacts by time, as ``RepeatDetector`` orders them.
    case time
  }

  /// Records sorted in memory before a run is written.
  package static let runRecords = 16_384

  private let order: Order
  private let runRecords: Int
  private let names: NameTables
  private let storage: SpoolStorage
  /// The current run: records with their own sentences.
  private var pending: [(record: ContactRecord, sentences: AgentSentences)] = []
  /// Runs written: where each lies in the spool file.
  private var runs: [(offset: Int, count: Int)] = []

  package init(order: Order, names: NameTables, storage: SpoolStorage, runRecords: Int = runRecords) {
    self.order = order
    self.runRecords = max(1, runRecords)
    self.names = names
    self.storage = storage
  }

  /// Whether `a` comes before `b` in `order`; ties fall to reading order.
  package static func precedes(_ a: ContactRecord, _ b: ContactRecord, in order: Order) -> Bool {
    if a.provider != b.provider { return a.provider < b.provider }
    if a.customer != b.customer { return a.customer < b.customer }
    if order == .time, a.opened != b.opened { return a.opened < b.opened }
    if a.id != b.id { return a.id < b.id }
    return (a.source, a.ordinal) < (b.source, b.ordinal)
  }

  /// Adds a record whose `sentenceStart` points into `sentences`.
  package mutating func add(_ record: ContactRecord, sentences: AgentSentences) {
    pending.append((record, sentences))
    if pending.count >= runRecords { writeRun() }
  }

  /// Calls `body` with every record added, in order, each with its own sentences.
  package mutating func drain(_ body: (ContactRecord, AgentSentences) -> Void) {
    let order = self.order
    pending.sort { Self.precedes($0.record, $1.record, in: order) }
    guard !runs.isEmpty, let file = storage.existingFile else {
      for (record, sentences) in pending { body(record, sentences) }
      return
    }
    writeRun()
    var readers = runs.map { RunReader(file: file, offset: $0.offset, end: $0.offset + $0.count) }
    var heads = readers.indices.map { readers[$0].next(names: names) }
    while true {
      var best: Int? = nil
      for index in heads.indices {
        guard let head = heads[index] else { continue }
        if let chosen = best, let current = heads[chosen], !Self.precedes(head.0, current.0, in: order) { continue }
        best = index
      }
      guard let best, let head = heads[best] else { return }
      body(head.0, head.1)
      heads[best] = readers[best].next(names: names)
    }
  }

  /// Sorts the pending records and writes them as one run.
  private mutating func writeRun() {
    guard !pending.isEmpty else { return }
    let order = self.order
    pending.sort { Self.precedes($0.record, $1.record, in: order) }
    var writer = ByteWriter()
    for (record, sentences) in pending {
      var encoded = ByteWriter()
      let range = Int(record.sentenceStart)..<Int(record.sentenceStart + record.sentenceCount)
      record.encode(
        to: &encoded, names: names, fingerprints: sentences.fingerprints[range], traits: sentences.traits[range])
      writer.append(array: encoded.bytes)  // its length, then its bytes
    }
    do {
      let file = try storage.spoolFile()
      runs.append((try file.append(writer.bytes), writer.bytes.count))
      pending.removeAll(keepingCapacity: true)
    } catch {
      // The temporary file cannot be written: keep the records in memory, which is slower
      // to fit but loses nothing (as ContactSpool does).
      return
    }
  }
}

/// Reads one run's records back, 64 KiB at a time.
private struct RunReader {
  let file: SpoolFile
  var offset: Int
  let end: Int
  private var buffer: [UInt8] = []
  private var position = 0

  init(file: SpoolFile, offset: Int, end: Int) {
    self.file = file
    self.offset = offset
    self.end = end
  }

  /// The next record, decoded with its own sentences, or nil at the run's end.
  mutating func next(names: NameTables) -> (ContactRecord, AgentSentences)? {
    _ = ensure(10)  // a length takes at most 10 bytes; the run's last one may take fewer
    guard position < buffer.count else { return nil }
    var lengthReader = ByteReader(Array(buffer[position..<min(buffer.count, position + 10)]))
    guard let length = try? lengthReader.varint() else { preconditionFailure("damaged run") }
    position += lengthReader.offset
    guard ensure(Int(length)) else { preconditionFailure("truncated run") }
    var reader = ByteReader(Array(buffer[position..<position + Int(length)]))
    position += Int(length)
    var sentences = AgentSentences()
    do {
      return (try ContactRecord(decoding: &reader, names: names, sourceOffset: 0, sentences: &sentences), sentences)
    } catch {
      // Written by this process moments ago: damage here is a bug, not bad input.
      preconditionFailure("\(error)")
    }
  }

  /// Makes at least `count` unread bytes available if the run has them.
  private mutating func ensure(_ count: Int) -> Bool {
    if buffer.count - position >= count { return true }
    let wanted = min(end - offset, max(64 << 10, count - (buffer.count - position)))
    guard wanted > 0 else { return buffer.count - position >= count }
    buffer = Array(buffer[position...]) + file.read(offset: offset, count: wanted)
    position = 0
    offset += wanted
    return buffer.count >= count
  }
}
