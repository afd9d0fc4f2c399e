/// Counts, per provider and agent, what the agents-for-coaching list needs
/// (`--coaching`, docs/metrics.md): contacts, those with agent text, those flagged, the
/// library moves made, and the agent's two worst flagged contacts in the report's
/// flagged order (``FlaggedOrder``).
///
/// Merges exactly, in any order, so shards and `--jobs` do not change it. It holds one
/// small tally per agent: a provider's agents are people on a payroll, thousands at most.
package struct AgentCoachingCollector: Sendable, Codable {
  /// An agent of a provider: agents are ranked within their provider.
  package struct Key: Hashable, Sendable, Codable {
    package var provider: Int32
    package var agent: UInt64
  }

  /// One agent's counts.
  package struct Tally: Sendable, Codable {
    package var contacts = 0
    /// Contacts with agent text to score, and those scripted and unresolved (flagged).
    package var scriptKnown = 0
    package var flagged = 0
    /// By library move id: contacts that made it, and flagged contacts that did.
    package var moves: [UInt16: PartialReport.MoveCount] = [:]
    /// The agent's worst flagged contacts, worst first, at most ``examplesKept``.
    package var examples: [FlaggedOrder] = []

    mutating func add(_ record: ContactRecord, _ measure: ContactMeasure, at place: PartialReport.Place) {
      contacts += 1
      if measure.scriptScore != nil {
        scriptKnown += 1
        if measure.flagged { flagged += 1 }
      }
      for move in Set(record.moves) {
        moves[move, default: PartialReport.MoveCount()].count(flagged: measure.flagged)
      }
      if measure.flagged { keep(FlaggedOrder(measure, at: place)) }
    }

    mutating func merge(_ other: Tally) {
      contacts += other.contacts
      scriptKnown += other.scriptKnown
      flagged += other.flagged
      for (move, count) in other.moves {
        moves[move, default: PartialReport.MoveCount()].merge(count)
      }
      for example in other.examples { keep(example) }
    }

    /// Keeps `example` if it is among the agent's ``examplesKept`` worst.
    mutating func keep(_ example: FlaggedOrder) {
      let position = examples.firstIndex { FlaggedOrder.worse(example, $0) } ?? examples.endIndex
      guard position < AgentCoachingCollector.examplesKept else { return }
      examples.insert(example, at: position)
      if examples.count > AgentCoachingCollector.examplesKept { examples.removeLast() }
    }
  }

  /// Example contacts kept per agent.
  package static let examplesKept = 2

  package private(set) var agents: [Key: Tally] = [:]
  /// Per provider, contacts whose export names no agent: counted, never ranked.
  package private(set) var unattributed: [Int32: Int] = [:]
  /// Agents' ids as exported, by hash, when the report names agents (`--show-agents`).
  package private(set) var agentNames: [UInt64: String] = [:]

  package init() {}

  /// Counts one measured contact read at `place`.
  package mutating func add(_ record: ContactRecord, _ measure: ContactMeasure, at place: PartialReport.Place) {
    guard record.agent != 0 else {
      unattributed[record.provider, default: 0] += 1
      return
    }
    // In place: a copy taken out and written back would copy the tally's tables every contact.
    agents[Key(provider: record.provider, agent: record.agent), default: Tally()].add(record, measure, at: place)
    if let name = record.agentName { keep(name, for: record.agent) }
  }

  /// Adds another collector's counts, kept with the same name indices.
  package mutating func merge(_ other: AgentCoachingCollector) {
    for (key, tally) in other.agents { agents[key, default: Tally()].merge(tally) }
    for (provider, count) in other.unattributed { unattributed[provider, default: 0] += count }
    for (agent, name) in other.agentNames { keep(name, for: agent) }
  }

  /// Of two ids with one hash (never seen in practice), the first in order, so merging
  /// in any order keeps the same.
  private mutating func keep(_ name: String, for agent: UInt64) {
    if let kept = agentNames[agent], kept <= name { return }
    agentNames[agent] = name
  }
}
