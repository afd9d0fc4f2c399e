import Dispatch
import Synchronization

/// Runs the whole pipeline over a list of inputs: reads each one (several at
/// once, one per core), measures the contacts, and returns the report.
///
/// Inputs are merged in the order given, so the report does not depend on
/// which input finished first.
public struct AnalysisRunner: Sendable {
  /// How inputs are read.
  public var ingestion: IngestionOptions
  /// How contacts are measured.
  public var configuration: AnalysisConfiguration
  /// Inputs read at the same time; 1 reads them one after another.
  public var parallelInputs: Int

  /// Creates a runner.
  public init(
    ingestion: IngestionOptions = IngestionOptions(),
    configuration: AnalysisConfiguration = AnalysisConfiguration(),
    parallelInputs: Int = 2
  ) {
    self.ingestion = ingestion
    self.configuration = configuration
    self.parallelInputs = max(1, parallelInputs)
  }

  /// Reads `paths` (each a file or `-`) and measures everything in them.
  /// - Parameters:
  ///   - format: the format of every input, or `nil` to detect each one.
  ///   - progress: called now and then, from any thread, with the bytes read so far.
  public func run(
    paths: [String], format: InputFormat? = nil, progress: (@Sendable (IngestionProgress) -> Void)? = nil
  ) -> AnalysisReport {
    let tracker = progress.map { ProgressTracker(paths: paths, report: $0) }
    let ingestor = ContactIngestor(options: ingestion)
    let configuration = self.configuration
    let slots = Mutex<[Int: (InputSummary, ContactAnalyzer)]>([:])
    let next = Atomic<Int>(0)
    let workers = min(parallelInputs, paths.count)
    DispatchQueue.concurrentPerform(iterations: max(workers, 1)) { _ in
      while true {
        let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
        guard index < paths.count else { return }
        var analyzer = ContactAnalyzer(configuration: configuration)
        let summary = ingestor.ingest(
          path: paths[index], format: format,
          progress: tracker.map { tracker in { tracker.update(input: index, bytesRead: $0, contacts: $1) } }
        ) { analyzer.add($0) }
        slots.withLock { $0[index] = (summary, analyzer) }
      }
    }
    // The first input's analyzer absorbs the others, so the inputs keep their
    // positions (the report names each measure's inputs by them).
    var merged: ContactAnalyzer? = nil
    var summaries: [InputSummary] = []
    slots.withLock { results in
      for index in paths.indices {
        guard let (summary, analyzer) = results[index] else { continue }
        summaries.append(summary)
        if merged == nil { merged = analyzer } else { merged!.merge(analyzer) }
      }
    }
    let all = merged ?? ContactAnalyzer(configuration: configuration)
    return all.finish(inputs: summaries)
  }
}
