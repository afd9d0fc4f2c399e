import CallAuditIngestion
import CallAuditMetrics
import CallAuditModel
import CallAuditText
import Foundation

/// The stages of one analysis split across processes or machines, for an
/// engine such as Apache Spark to schedule (docs/scale.md).
///
/// 1. ``normalize(path:index:label:format:ingestion:configuration:jobs:emit:)`` reads one
///    input and emits its contacts as lines keyed by customer, and returns
///    the input's state: its summary, names and script miners.
/// 2. ``context(states:)`` merges the inputs' states in input order into the
///    context — the script set and the end of each provider's data.
/// 3. ``measure(lines:context:configuration:)`` measures one shard of
///    contact lines (all of each customer's) against the context.
/// 4. ``merge(partials:context:configuration:)`` merges the shards' partial
///    reports into the report; ``combine(partials:context:configuration:)``
///    merges some of them into one, so that merging can run in a tree.
///
/// `callaudit analyze` runs the same code in one process: one state per
/// input merged in order, shards of customers measured and merged, so a
/// distributed run and a single one give the same report, byte for byte apart
/// from input paths. Every stage must run with the same configuration.
public enum ShardStages {
  /// A stage was handed data it cannot use.
  public enum Failure: Error, CustomStringConvertible, Equatable {
    /// A state, context or contact line is not what an earlier stage writes.
    case damaged(what: String, detail: String)
    /// A stage was given a setting other than the one its input was made with
    /// (``AnalysisConfiguration/stageSettings``).
    case settingsDiffer(stage: String, option: String, given: String, recorded: String)

    public var description: String {
      switch self {
      case .damaged(let what, let detail): "\(what) is not callaudit shard data: \(detail)"
      case .settingsDiffer(let stage, let option, let given, let recorded):
        "shard \(stage) was given \(option) \(given), but its input was made with \(option) \(recorded); "
          + "give every stage the same options"
      }
    }
  }

  /// Stops when `given` differs from `recorded` in any setting.
  package static func check(_ given: [String: String], against recorded: [String: String], stage: String) throws(Failure) {
    for option in recorded.keys.sorted() where given[option] != recorded[option] {
      throw .settingsDiffer(stage: stage, option: option, given: given[option] ?? "none", recorded: recorded[option] ?? "none")
    }
  }

  /// The highest input index a run can have: contact lines carry it as a
  /// 32-bit number, which ``measure(lines:context:configuration:)`` reads.
  public static let maximumInputIndex = Int(Int32.max)

  // Version 3 holds the whole configuration, so later stages use it; the settings they
  // compare are derived from it (``AnalysisConfiguration/stageSettings``).
  private static let stateMagic = "callaudit.state/3"
  private static let contextMagic = "callaudit.context/3"

  /// Reads `path` as input number `index` (its position among all inputs) and
  /// hands each contact to `emit` as one line: `key`, tab, `index`, tab, the
  /// encoded contact in base64. Contacts with equal keys must meet in one shard.
  /// Returns the input's state for ``context(states:)``; the summary names the
  /// input `label` when given (the input's own name when it was copied).
  /// Its contacts are prepared on `jobs` threads, as `analyze` does.
  ///
  /// `sameAs` names an earlier input of the run holding the same bytes, found in
  /// the same folder walk: the input is then not read, and is skipped as `analyze`
  /// skips such a copy (``InputPaths``), so the two runs report it alike.
  public static func normalize(
    path: String, index: Int, label: String? = nil, sameAs: String? = nil, format: InputFormat? = nil,
    ingestion: IngestionOptions, configuration: AnalysisConfiguration, jobs: Int = 1, emit: (String) -> Void
  ) -> [UInt8] {
    let runner = AnalysisRunner(ingestion: ingestion, configuration: configuration, jobs: jobs)
    var summary: InputSummary
    let analyzer: ContactAnalyzer
    if let sameAs {
      summary = InputSummary(path: path)
      summary.skipped = InputPaths.copyReason(of: sameAs)
      analyzer = ContactAnalyzer(configuration: configuration)
    } else {
      (summary, analyzer) = runner.read(path: path, format: format, preparing: DispatchSemaphore(value: runner.jobs))
    }
    if let label { summary.path = label }
    let corpus = analyzer.corpusState
    let spool = analyzer.contacts
    var line = ByteWriter()
    for shard in 0..<spool.shardCount {
      // One record at a time: one customer's millions of contacts are never all held.
      spool.forEach(inShard: shard, names: corpus.names) { record, sentences in
        line.removeAll()
        record.encode(to: &line, names: corpus.names, fingerprints: sentences.fingerprints, traits: sentences.traits)
        emit("\(record.shardKey)\t\(index)\t\(Data(line.bytes).base64EncodedString())")
      }
    }
    var state = ByteWriter()
    state.append(stateMagic)
    state.append(encodeJSON(summary))
    state.append(encodeJSON(configuration))
    corpus.encode(to: &state)
    return state.bytes
  }

  /// Merges the inputs' states, in input order, into the context every shard
  /// is measured against.
  public static func context(states: [[UInt8]]) throws(Failure) -> [UInt8] {
    var builder = ContextBuilder()
    for state in states { try builder.add(state: state) }
    return builder.context()
  }

  /// Merges inputs' states one at a time, so that a run of thousands of inputs
  /// never holds every state at once.
  public struct ContextBuilder {
    private var summaries: [InputSummary] = []
    private var configuration: AnalysisConfiguration? = nil
    private var corpus: CorpusState? = nil
    private var firstWithContent = InputIdentity()

    /// An empty context.
    public init() {}

    /// Adds the state of the next input, in input order.
    public mutating func add(state bytes: [UInt8]) throws(Failure) {
      var reader = ByteReader(bytes)
      let what = "input state \(summaries.count + 1)"
      do {
        guard try reader.string() == stateMagic else { throw Failure.damaged(what: what, detail: "wrong header") }
        var summary = try decodeJSON(InputSummary.self, try reader.string(), what: what)
        let configuration = try decodeJSON(AnalysisConfiguration.self, try reader.string(), what: what)
        // Every input of a run is read with the same settings.
        if let first = self.configuration {
          try ShardStages.check(configuration.stageSettings, against: first.stageSettings, stage: "context")
        } else {
          self.configuration = configuration
        }
        var state = try CorpusState(decoding: &reader)
        if firstWithContent.isRepeat(&summary, at: summaries.count) { state = .placeholder() }
        summaries.append(summary)
        if corpus == nil { corpus = state } else { corpus!.merge(state) }
      } catch let failure as Failure {
        throw failure
      } catch {
        throw Failure.damaged(what: what, detail: "\(error)")
      }
    }

    /// The context of every state added.
    public func context() -> [UInt8] {
      var context = ByteWriter()
      context.append(contextMagic)
      context.append(encodeJSON(summaries))
      context.append(encodeJSON(configuration ?? AnalysisConfiguration()))
      (corpus ?? CorpusState()).encode(to: &context)
      return context.bytes
    }
  }

  /// The configuration the context's inputs were read with (`shard normalize`'s options):
  /// what `shard measure` and `shard merge` use unless told otherwise, and then only to agree.
  public static func recordedConfiguration(context bytes: [UInt8]) throws(Failure) -> AnalysisConfiguration {
    try readContext(bytes, withCorpus: false).configuration
  }

  /// Measures one shard — every contact line of each of its customers — and
  /// returns its partial report as one line of JSON.
  public static func measure(
    lines: some Sequence<Substring>, context bytes: [UInt8], configuration: AnalysisConfiguration
  ) throws(Failure) -> String {
    let (_, recorded, corpus) = try readContext(bytes)
    try check(configuration.stageSettings, against: recorded.stageSettings, stage: "measure")
    let context = corpus.scoringContext(configuration: configuration)
    var records: [ContactRecord] = []
    var sentences = AgentSentences()
    for (number, line) in lines.enumerated() where !line.isEmpty {
      let what = "contact line \(number + 1)"
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == 3, let index = Int32(fields[1]), index >= 0, let data = Data(base64Encoded: String(fields[2]))
      else {
        throw Failure.damaged(what: what, detail: "expected key, input index and base64 contact")
      }
      var reader = ByteReader(Array(data))
      do {
        records.append(
          try ContactRecord(decoding: &reader, names: context.names, sourceOffset: index, sentences: &sentences))
      } catch {
        throw Failure.damaged(what: what, detail: "\(error)")
      }
    }
    var partial = PartialReport(shard: records, sentences: sentences, context: context)
    partial.settings = configuration.stageSettings
    return encodeJSON(partial)
  }

  /// Merges partial reports into one partial report, for merging in a tree:
  /// partial reports merge exactly in any grouping, so the report of merged
  /// partials is the report of all of them.
  public static func combine(
    partials: [String], context bytes: [UInt8], configuration: AnalysisConfiguration
  ) throws(Failure) -> String {
    let (_, recorded, _) = try readContext(bytes)
    let shards = try readPartials(partials, configuration: configuration, context: recorded.stageSettings, stage: "merge --partial")
    var combined = PartialReport.merged(shards)
    combined.settings = configuration.stageSettings
    combined.keepWorstFlagged(limit: configuration.flaggedLimit)
    return encodeJSON(combined)
  }

  /// Merges the shards' partial reports into the report.
  public static func merge(
    partials: [String], context bytes: [UInt8], configuration: AnalysisConfiguration
  ) throws(Failure) -> AnalysisReport {
    let (summaries, recorded, corpus) = try readContext(bytes)
    let shards = try readPartials(partials, configuration: configuration, context: recorded.stageSettings, stage: "merge")
    return PartialReport.merged(shards)
      .report(inputs: summaries, context: corpus.scoringContext(configuration: configuration))
  }

  /// The partial reports, each checked to be measured with this run's settings.
  private static func readPartials(
    _ partials: [String], configuration: AnalysisConfiguration, context: [String: String], stage: String
  ) throws(Failure) -> [PartialReport] {
    let given = configuration.stageSettings
    try check(given, against: context, stage: stage)
    var shards: [PartialReport] = []
    for (position, text) in partials.enumerated() {
      let shard = try decodeJSON(PartialReport.self, text, what: "partial report \(position + 1)")
      try check(given, against: shard.settings, stage: stage)
      shards.append(shard)
    }
    return shards
  }

  /// The context's parts; without `withCorpus`, the corpus state (the largest part: every
  /// provider's script miner) is not decoded and comes back empty.
  private static func readContext(
    _ bytes: [UInt8], withCorpus: Bool = true
  ) throws(Failure) -> (summaries: [InputSummary], configuration: AnalysisConfiguration, corpus: CorpusState) {
    var reader = ByteReader(bytes)
    do {
      guard try reader.string() == contextMagic else { throw Failure.damaged(what: "the context", detail: "wrong header") }
      let summaries = try decodeJSON([InputSummary].self, try reader.string(), what: "the context")
      let configuration = try decodeJSON(AnalysisConfiguration.self, try reader.string(), what: "the context")
      return (summaries, configuration, withCorpus ? try CorpusState(decoding: &reader) : CorpusState())
    } catch let failure as Failure {
      throw failure
    } catch {
      throw Failure.damaged(what: "the context", detail: "\(error)")
    }
  }

  private static func encodeJSON(_ value: some Encodable) -> String {
    do {
      return String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    } catch {
      // Only non-finite numbers fail to encode, and no stage state holds one.
      preconditionFailure("a shard stage's state could not be written as JSON: \(error)")
    }
  }

  private static func decodeJSON<Value: Decodable>(_ type: Value.Type, _ text: String, what: String) throws(Failure) -> Value {
    do {
      return try JSONDecoder().decode(type, from: Data(text.utf8))
    } catch {
      throw Failure.damaged(what: what, detail: "\(error)")
    }
  }
}

extension ShardStages.Failure: DiagnosticConvertible {
  public var diagnostics: [Diagnostic] { [Diagnostic(sentence: description)] }
}
