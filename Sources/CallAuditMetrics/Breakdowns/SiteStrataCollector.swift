/// Counts each comparison's events per provider, stratum and arm, where the arms are
/// the provider's in-house contacts and each of its outsourced sites apart, so that
/// every outsourced site can be compared with in-house exactly as the provider's
/// outsourced contacts are (``StrataCollector``): the same events, the same strata.
package struct SiteStrataCollector: Sendable, Codable {
  /// The arm of every in-house contact, whatever its site.
  package static let inHouse: Int32 = -2
  /// Outsourced contacts whose export names no site are an arm of their own (-1).

  private struct Key: Hashable, Codable {
    var provider: Int32
    var metric: OutsourcingResult.Metric
    var category: Int32
    var channel: Int32
    /// A site index, -1 for outsourced without a site, ``inHouse``.
    var arm: Int32
  }

  private struct Count: Codable {
    var events = 0, total = 0
  }

  private var cells: [Key: Count] = [:]
  /// Contacts per provider and arm, measured on a comparison or not.
  private var contacts: [Int32: [Int32: Int]] = [:]

  package init() {}

  package mutating func add(_ record: ContactRecord, _ measure: ContactMeasure) {
    guard record.sourcing != .unknown else { return }
    let arm = record.sourcing == .inHouse ? Self.inHouse : record.site
    contacts[record.provider, default: [:]][arm, default: 0] += 1
    for metric in OutsourcingResult.Metric.allCases {
      guard let event = StrataCollector.event(metric, record, measure) else { continue }
      let key = Key(provider: record.provider, metric: metric, category: record.category, channel: record.channel, arm: arm)
      cells[key, default: Count()].total += 1
      if event { cells[key, default: Count()].events += 1 }
    }
  }

  package mutating func merge(_ other: SiteStrataCollector) {
    for (key, count) in other.cells {
      cells[key, default: Count()].events += count.events
      cells[key, default: Count()].total += count.total
    }
    for (provider, arms) in other.contacts {
      for (arm, count) in arms { contacts[provider, default: [:]][arm, default: 0] += count }
    }
  }

  /// The outsourced arms of a provider (site indices, -1 for no site), and their contacts.
  package func outsourcedArms(of provider: Int32) -> [(arm: Int32, contacts: Int)] {
    (contacts[provider] ?? [:]).filter { $0.key != Self.inHouse }.map { ($0.key, $0.value) }
  }

  /// The provider's in-house contacts.
  package func inHouseContacts(of provider: Int32) -> Int {
    contacts[provider]?[Self.inHouse] ?? 0
  }

  /// One outsourced arm of a provider against its in-house contacts on one metric,
  /// stratified as the provider's comparison is (`useChannel`).
  package func result(
    provider: Int32, arm: Int32, metric: OutsourcingResult.Metric, useChannel: Bool, categories: NameTable,
    channels: NameTable, minimumArm: Int, margin: PracticalMargin
  ) -> OutsourcingResult {
    var merged: [String: (exposed: Count, unexposed: Count)] = [:]
    for (key, count) in cells where key.provider == provider && key.metric == metric {
      guard key.arm == arm || key.arm == Self.inHouse else { continue }
      let label = StrataCollector.stratumLabel(
        category: key.category, channel: key.channel, useChannel: useChannel, categories: categories,
        channels: channels)
      var both = merged[label] ?? (Count(), Count())
      if key.arm == Self.inHouse {
        both.unexposed.events += count.events
        both.unexposed.total += count.total
      } else {
        both.exposed.events += count.events
        both.exposed.total += count.total
      }
      merged[label] = both
    }
    let strata = merged.keys.sorted().map { label in
      let arms = merged[label]!
      return StratumCounts(
        label: label, exposedEvents: arms.exposed.events, exposedTotal: arms.exposed.total,
        unexposedEvents: arms.unexposed.events, unexposedTotal: arms.unexposed.total)
    }
    return OutsourcingResult(
      metric: metric, comparison: ArmComparison.compare(strata: strata, minimumArm: minimumArm, margin: margin),
      stratifiedBy: useChannel ? "category × channel" : "category", minimumArm: minimumArm, margin: margin)
  }
}
