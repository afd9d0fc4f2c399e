import CallAuditText

/// What measuring a shard needs from having read every input: the names seen,
/// each provider's script library and where each provider's data ends.
///
/// It is the meeting point of the two phases of an analysis: reading (and
/// mining scripts) runs over inputs, measuring runs over shards of customers,
/// and every shard measures against the same context.
package struct ScoringContext: Sendable {
  /// The settings in force.
  package let configuration: AnalysisConfiguration
  /// Interned names; records carry indices into these.
  package let names: NameTables
  package var providers: NameTable { names.providers }
  package var categories: NameTable { names.categories }
  package var channels: NameTable { names.channels }
  package var sites: NameTable { names.sites }
  package var teams: NameTable { names.teams }
  /// Each provider's scripts, by provider index. Measuring reads them in place
  /// (``ContactMeasurer/scripts``): a copy of a library retains its arrays, which every
  /// shard's thread shares.
  package let libraries: [ScriptLibrary]
  /// Each provider's latest contact time, by provider index (`ContactRecord.noTime` when none):
  /// a repeat window running past it is censored.
  package let dataEnd: [Int64]
  /// Inputs identical to an earlier one: their contacts are not measured (they are all duplicates).
  package var skippedInputs: Set<Int32> = []
  /// Inputs some contact of which carries a resolution code (``CorpusState/codedInputs``).
  package var codedInputs: Set<Int32> = []
  /// By input: the copies dropped while reading (``CorpusState/copies``).
  package var copies: [Int32: InputCoverage] = [:]
}
