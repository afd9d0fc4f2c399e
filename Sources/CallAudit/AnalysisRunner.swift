import CallAuditIngestion
import CallAuditMetrics
import CallAuditModel
import Dispatch
import Synchronization

/// Runs the whole pipeline over a list of inputs: reads each one, measures the
/// contacts, and returns the report.
///
/// With several jobs, inputs are read at the same time and each input's
/// contacts are prepared on several cores (``ParallelContactFeeder``), so one
/// large export keeps every core busy too. Contacts are absorbed in input
/// order and inputs merged in the order given, so the report is the same, byte
/// for byte, whatever the number of jobs and whichever input finishes first.
public struct AnalysisRunner: Sendable {
  /// How inputs are read.
  public var ingestion: IngestionOptions
  /// How contacts are measured.
  public var configuration: AnalysisConfiguration
  /// Cores to use: inputs read at the same time, and threads preparing one
  /// input's contacts. 1 does everything on the calling thread; at most
  /// ``maximumJobs``.
  public var jobs: Int

  /// The most jobs a runner uses; more are taken as this many. More cores than
  /// any machine has would only cost threads and queue slots, and a count near
  /// `Int.max` would overflow the arithmetic that sizes them.
  public static let maximumJobs = 1_024

  /// Creates a runner.
  public init(
    ingestion: IngestionOptions = IngestionOptions(),
    configuration: AnalysisConfiguration = AnalysisConfiguration(),
    jobs: Int = 2
  ) {
    self.ingestion = ingestion
    self.configuration = configuration
    self.jobs = min(max(1, jobs), Self.maximumJobs)
  }

  /// Reads `paths` (each a file or `-`) and measures everything in them.
  /// - Parameters:
  ///   - format: the format of every input, or `nil` to detect each one.
  ///   - progress: called now and then, from any thread, with the bytes read so far.
  public func run(
    paths: [String], format: InputFormat? = nil, progress: (@Sendable (IngestionProgress) -> Void)? = nil
  ) -> AnalysisReport {
    run(inputs: paths.map { InputPaths.Entry(path: $0) }, format: format, progress: progress)
  }

  /// Reads the inputs of a listing (``InputPaths/list(_:excluding:)``) and
  /// measures everything in them; inputs not to be read keep their place in
  /// the report with the reason.
  public func run(
    inputs: [InputPaths.Entry], format: InputFormat? = nil, progress: (@Sendable (IngestionProgress) -> Void)? = nil
  ) -> AnalysisReport {
    let paths = inputs.map(\.path)
    let runner = joiningConnectContacts(of: inputs, format: format)
    let tracker = progress.map { ProgressTracker(paths: inputs.map { $0.isRead ? $0.path : nil }, report: $0) }
    let storage = SpoolStorage()
    let merging = Mutex(InOrderMerge(configuration: configuration))
    let next = Atomic<Int>(0)
    let preparing = DispatchSemaphore(value: jobs)
    // Inputs read but not yet merged are bounded, so a run of thousands of files
    // holds a few inputs' analyzers at once, however slowly the first one reads.
    let ahead = DispatchSemaphore(value: 2 * jobs)
    DispatchQueue.concurrentPerform(iterations: max(min(jobs, paths.count), 1)) { _ in
      while true {
        ahead.wait()
        let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
        guard index < paths.count else {
          ahead.signal()
          return
        }
        let progress = tracker.map { tracker in { tracker.update(input: index, bytesRead: $0, contacts: $1) } }
        let read: (InputSummary, ContactAnalyzer)
        switch inputs[index].kind {
        case .read:
          read = runner.read(
            path: paths[index], format: format, preparing: preparing, storage: storage, progress: progress)
        case .skipped(let reason):
          var summary = InputSummary(path: paths[index])
          summary.skipped = reason
          read = (summary, ContactAnalyzer(configuration: configuration, storage: storage))
        case .unreadable(let reason):
          var summary = InputSummary(path: paths[index])
          summary.stoppedBy = .cannotOpen(path: paths[index], reason: reason)
          read = (summary, ContactAnalyzer(configuration: configuration, storage: storage))
        }
        let merged = merging.withLock { $0.add(read, at: index) }
        for _ in 0..<merged { ahead.signal() }
      }
    }
    return merging.withLock { $0.finish() }.finish(inputs: merging.withLock { $0.summaries }, jobs: jobs)
  }

  /// Files below this size are read on one thread (``read(path:format:preparing:storage:progress:)``).
  static let smallFileBytes = 1 << 20

  private static func isSmallFile(_ path: String) -> Bool {
    RegularFile.size(of: path).map { $0 < smallFileBytes } ?? false
  }

  /// This runner with the inputs' Amazon Connect contact records ready to join to
  /// their Contact Lens files, which are read in parallel with them.
  private func joiningConnectContacts(of inputs: [InputPaths.Entry], format: InputFormat?) -> AnalysisRunner {
    var runner = self
    runner.ingestion.connectContacts = ConnectContactJoin.prepare(
      paths: inputs.filter(\.isRead).map(\.path), format: format, options: ingestion, jobs: jobs)
    return runner
  }

  /// Reads one input into an analyzer of its own; with several jobs its
  /// contacts are prepared on up to `preparing`'s count of threads at once.
  package func read(
    path: String, format: InputFormat?, preparing: DispatchSemaphore, storage: SpoolStorage = SpoolStorage(),
    progress: ((_ bytesRead: UInt64, _ contacts: Int) -> Void)? = nil
  ) -> (InputSummary, ContactAnalyzer) {
    let ingestor = ContactIngestor(options: ingestion)
    // A small file (a call of a folder of one file per call) is read on this thread:
    // handing its few contacts to other threads costs more than preparing them, and
    // other inputs keep the other cores busy. The report is the same either way.
    if jobs == 1 || Self.isSmallFile(path) {
      var analyzer = ContactAnalyzer(configuration: configuration, storage: storage)
      let summary = ingestor.ingest(path: path, format: format, progress: progress) { analyzer.add($0) }
      return (summary, analyzer)
    }
    var batcher = ContactBatcher(
      feeder: ParallelContactFeeder(
        configuration: configuration, storage: storage, workers: preparing, maximumPending: 2 * jobs))
    let summary = ingestor.ingest(path: path, format: format, progress: progress) { batcher.add($0) }
    return (summary, batcher.finish())
  }
}

/// Merges the inputs' analyzers in input order as they finish: the first
/// input's analyzer absorbs the others, so inputs keep their positions (the
/// report names each measure's inputs by them), and an input is merged as
/// soon as every input before it has been.
private struct InOrderMerge {
  let configuration: AnalysisConfiguration
  private var waiting: [Int: (InputSummary, ContactAnalyzer)] = [:]
  private var merged: ContactAnalyzer? = nil
  private(set) var summaries: [InputSummary] = []
  private var firstWithContent = InputIdentity()

  init(configuration: AnalysisConfiguration) {
    self.configuration = configuration
  }

  /// Adds the input at `index`; returns how many inputs were merged by it.
  mutating func add(_ read: (InputSummary, ContactAnalyzer), at index: Int) -> Int {
    waiting[index] = read
    var count = 0
    while var (summary, analyzer) = waiting.removeValue(forKey: summaries.count) {
      if firstWithContent.isRepeat(&summary, at: summaries.count) {
        analyzer = .placeholder(configuration: configuration)
      }
      summaries.append(summary)
      if merged == nil { merged = analyzer } else { merged!.merge(analyzer) }
      count += 1
    }
    return count
  }

  /// The analyzer of every input merged.
  func finish() -> ContactAnalyzer {
    merged ?? ContactAnalyzer(configuration: configuration)
  }
}
