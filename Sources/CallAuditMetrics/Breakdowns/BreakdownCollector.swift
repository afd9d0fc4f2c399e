import CallAuditText

/// Counts each breakdown cell — a provider and one value per dimension asked for
/// (`--by site --by week`: site × week) — over the contacts measured.
///
/// Merges exactly, in any order, so shards and `--jobs` do not change it. Memory is
/// bounded by ``limit``: once a collector would hold more distinct cells, it drops them
/// all and only says so (``exceeded``). That answer does not depend on how contacts were
/// split: a merge exceeds the limit whenever any part did or their union does, which is
/// exactly when the contacts hold more distinct cells than the limit.
package struct BreakdownCollector: Sendable, Codable {
  /// A cell: the provider and, per dimension in the order asked, the value.
  package struct Key: Hashable, Sendable, Codable {
    package var provider: Int32
    package var values: [Int64]
  }

  package let dimensions: [BreakdownDimension]
  package let limit: Int
  package private(set) var cells: [Key: BreakdownTally] = [:]
  package private(set) var exceeded = false
  /// Agents' ids as exported, by hash, when the report names agents (`--show-agents`).
  package private(set) var agentNames: [UInt64: String] = [:]

  package init(dimensions: [BreakdownDimension], limit: Int) {
    self.dimensions = dimensions
    self.limit = limit
  }

  package mutating func add(_ record: ContactRecord, _ measure: ContactMeasure) {
    guard !exceeded else { return }
    let key = Key(provider: record.provider, values: dimensions.map { $0.value(of: record) })
    if cells[key] == nil, cells.count >= limit { return giveUp() }
    cells[key, default: BreakdownTally()].add(record, measure)
    if let name = record.agentName, record.agent != 0 { keep(name, for: record.agent) }
  }

  /// Adds another collector's cells, kept with the same name indices.
  package mutating func merge(_ other: BreakdownCollector) {
    guard !exceeded else { return }
    guard !other.exceeded else { return giveUp() }
    for (key, tally) in other.cells { cells[key, default: BreakdownTally()].merge(tally) }
    for (agent, name) in other.agentNames { keep(name, for: agent) }
    if cells.count > limit { giveUp() }
  }

  /// Of two ids with one hash (never seen in practice), the first in order, so merging
  /// in any order keeps the same.
  private mutating func keep(_ name: String, for agent: UInt64) {
    if let kept = agentNames[agent], kept <= name { return }
    agentNames[agent] = name
  }

  private mutating func giveUp() {
    exceeded = true
    cells = [:]
    agentNames = [:]
  }
}
