import CallAuditText
/// What measuring a shard needs from having read every input: the names seen,
/// each provider's script library and where each provider's data ends.
///
/// It is the meeting point of the two phases of an analysis: reading (and
/// mining scripts) runs over inputs, measuring runs over shards of customers,
/// and every shard measures against the same context.
struct ScoringContext: Sendable {
  /// The settings in force.
  let configuration: AnalysisConfiguration
  /// Interned names; records carry indices into these.
  let names: NameTables
  var providers: NameTable { names.providers }
  var categories: NameTable { names.categories }
  var channels: NameTable { names.channels }
  /// Each provider's scripts, by provider index.
  let libraries: [Int32: ScriptLibrary]
  /// Each provider's latest contact time, by provider index (`ContactRecord.noTime` when none):
  /// a repeat window running past it is censored.
  let dataEnd: [Int64]
  /// Inputs identical to an earlier one: their contacts are not measured (they are all duplicates).
  var skippedInputs: Set<Int32> = []
  /// Inputs some contact of which carries a resolution code (``CorpusState/codedInputs``).
  var codedInputs: Set<Int32> = []
  /// By input: the copies dropped while reading (``CorpusState/copies``).
  var copies: [Int32: InputCoverage] = [:]
}
