/// Counts each comparison's events per provider and stratum — category, and
/// channel where the data has one — so the outsourced and in-house arms are
/// compared like with like (Mantel–Haenszel, docs/metrics.md).
package struct StrataCollector: Sendable, Codable {
  private struct Key: Hashable, Codable {
    var provider: Int32
    var metric: OutsourcingResult.Metric
    var category: Int32
    var channel: Int32
  }

  private struct Arms: Codable {
    var outsourcedEvents = 0, outsourcedTotal = 0, inHouseEvents = 0, inHouseTotal = 0

    /// Adds another cell's counts.
    mutating func add(_ other: Arms) {
      outsourcedEvents += other.outsourcedEvents
      outsourcedTotal += other.outsourcedTotal
      inHouseEvents += other.inHouseEvents
      inHouseTotal += other.inHouseTotal
    }
  }

  private var cells: [Key: Arms] = [:]
  private var providersWithChannels: Set<Int32> = []

  package mutating func add(_ record: ContactRecord, _ measure: ContactMeasure) {
    guard record.sourcing != .unknown else { return }
    if record.channel >= 0 { providersWithChannels.insert(record.provider) }
    for metric in OutsourcingResult.Metric.allCases {
      guard let event = Self.event(metric, record, measure) else { continue }
      let key = Key(provider: record.provider, metric: metric, category: record.category, channel: record.channel)
      var arms = cells[key] ?? Arms()
      if record.sourcing == .outsourced {
        arms.outsourcedTotal += 1
        if event { arms.outsourcedEvents += 1 }
      } else {
        arms.inHouseTotal += 1
        if event { arms.inHouseEvents += 1 }
      }
      cells[key] = arms
    }
  }

  /// Whether the contact has the metric's event; `nil` when the metric cannot be taken on it.
  package static func event(_ metric: OutsourcingResult.Metric, _ record: ContactRecord, _ measure: ContactMeasure) -> Bool? {
    switch metric {
    case .scriptedUnresolved:
      return measure.scriptScore != nil ? measure.flagged : nil
    case .repeat:
      switch measure.countedRepeatStatus {
      case .repeated: return true
      case .notRepeated: return false
      case .censored, .notMeasurable: return nil
      }
    case .churnRisk:
      // As the churn-risk rate: a contact with neither text nor codes says nothing either way.
      return record.hasText || record.hasCodes ? measure.churnRisk : nil
    }
  }

  /// Whether the provider's strata are category × channel (some contact has a channel) or category alone.
  package func usesChannel(_ provider: Int32) -> Bool {
    providersWithChannels.contains(provider)
  }

  /// A stratum's name: its category, and its channel when the provider's strata use channels.
  package static func stratumLabel(
    category: Int32, channel: Int32, useChannel: Bool, categories: NameTable, channels: NameTable
  ) -> String {
    let name = category >= 0 ? categories[category] : "(no category)"
    return useChannel ? "\(name) · \(channel >= 0 ? channels[channel] : "(no channel)")" : name
  }

  /// Adds another collector's counts, kept with the same name indices.
  package mutating func merge(_ other: StrataCollector) {
    providersWithChannels.formUnion(other.providersWithChannels)
    for (key, theirs) in other.cells { cells[key, default: Arms()].add(theirs) }
  }

  /// The comparison for one provider and metric.
  package func result(
    provider: Int32, metric: OutsourcingResult.Metric, categories: NameTable, channels: NameTable,
    minimumArm: Int, margin: PracticalMargin
  ) -> OutsourcingResult {
    let useChannel = providersWithChannels.contains(provider)
    var merged: [String: Arms] = [:]
    for (key, arms) in cells where key.provider == provider && key.metric == metric {
      let label = Self.stratumLabel(
        category: key.category, channel: key.channel, useChannel: useChannel, categories: categories,
        channels: channels)
      merged[label, default: Arms()].add(arms)
    }
    let strata = merged.keys.sorted().map { label in
      let arms = merged[label]!
      return StratumCounts(
        label: label, exposedEvents: arms.outsourcedEvents, exposedTotal: arms.outsourcedTotal,
        unexposedEvents: arms.inHouseEvents, unexposedTotal: arms.inHouseTotal)
    }
    return OutsourcingResult(
      metric: metric, comparison: ArmComparison.compare(strata: strata, minimumArm: minimumArm, margin: margin),
      stratifiedBy: useChannel ? "category × channel" : "category", minimumArm: minimumArm, margin: margin)
  }
}
