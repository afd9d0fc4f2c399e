import CallAuditText

extension BreakdownReport {
  /// The breakdown of the cells `collector` counted, named with `context`'s tables.
  package init(_ collector: BreakdownCollector, context: ScoringContext) {
    let configuration = context.configuration
    dimensions = collector.dimensions
    minimumContacts = configuration.minimumArmContacts
    cellLimit = collector.limit
    exceeded = collector.exceeded
    agentsNamed = configuration.showAgents
    let minimum = minimumContacts
    let dimensions = self.dimensions
    let built = collector.cells.map { key, tally in
      (
        key: key,
        cell: BreakdownCell(
          provider: context.providers[key.provider],
          values: zip(dimensions, key.values).map { dimension, value in
            Self.value(value, of: dimension, names: context.names) { collector.agentNames[$0] }
          },
          contacts: tally.contacts, outsourced: tally.outsourced, inHouse: tally.inHouse, flagged: tally.flagged,
          lost: tally.lost, rates: tally.rates, tooSmall: tally.contacts < minimum)
      )
    }
    let timed = dimensions.contains(where: \.isTime)
    cells = built.sorted { a, b in
      if a.cell.provider != b.cell.provider { return a.cell.provider < b.cell.provider }
      if !timed {
        if a.cell.tooSmall != b.cell.tooSmall { return !a.cell.tooSmall }
        if !a.cell.tooSmall {
          let x = a.cell.rates[0].proportion.value ?? -1, y = b.cell.rates[0].proportion.value ?? -1
          if x != y { return x > y }
          if a.cell.contacts != b.cell.contacts { return a.cell.contacts > b.cell.contacts }
        }
      }
      return Self.naturallyPrecedes(a.key.values, a.cell.values, b.key.values, b.cell.values, dimensions)
    }.map(\.cell)
  }

  /// Cells in reading order: given values before unknown ones; periods by time, the rest by label.
  private static func naturallyPrecedes(
    _ aKey: [Int64], _ aValues: [BreakdownCell.Value], _ bKey: [Int64], _ bValues: [BreakdownCell.Value],
    _ dimensions: [BreakdownDimension]
  ) -> Bool {
    for index in dimensions.indices {
      let a = aValues[index], b = bValues[index]
      if a.given != b.given { return a.given }
      if dimensions[index].isTime {
        if aKey[index] != bKey[index] { return aKey[index] < bKey[index] }
      } else if a.label != b.label {
        return a.label < b.label
      } else if aKey[index] != bKey[index] {
        return aKey[index] < bKey[index]  // two agents with one pseudonym
      }
    }
    return false
  }

  /// A record's values on `dimensions`, labelled as its cell is, for a flagged contact to
  /// carry (``FlaggedContact/cell``).
  package static func values(
    of record: ContactRecord, on dimensions: [BreakdownDimension], names: NameTables
  ) -> [BreakdownCell.Value] {
    dimensions.map { dimension in
      value(dimension.value(of: record), of: dimension, names: names) { $0 == record.agent ? record.agentName : nil }
    }
  }

  /// What a cell shows for `value` on `dimension`; `agentName` gives an agent's id as
  /// exported, when the report names agents.
  private static func value(
    _ value: Int64, of dimension: BreakdownDimension, names: NameTables, agentName: (UInt64) -> String?
  ) -> BreakdownCell.Value {
    guard value != BreakdownDimension.unknown else {
      return BreakdownCell.Value(label: unknownLabel(dimension), given: false)
    }
    let label: String
    switch dimension {
    case .site: label = names.sites[Int32(value)]
    case .team: label = names.teams[Int32(value)]
    case .channel: label = names.channels[Int32(value)]
    case .category: label = names.categories[Int32(value)]
    case .agent:
      let hash = UInt64(bitPattern: value)
      label = agentName(hash) ?? pseudonym(agent: hash)
    case .week, .month: label = BreakdownDimension.periodLabel(value, week: dimension == .week)
    }
    return BreakdownCell.Value(label: label, given: true)
  }

  /// What stands for a value the export does not give.
  public static func unknownLabel(_ dimension: BreakdownDimension) -> String {
    switch dimension {
    case .site: "(no site given)"
    case .team: "(team not given by the export)"
    case .agent: "(no agent given)"
    case .channel: "(no channel)"
    case .category: "(no category)"
    case .week, .month: "unknown time"
    }
  }

  /// An agent's stable short label: `agent-` and 8 hex digits of a hash of the id, the
  /// same in every report of the same export; not the id (docs/privacy.md).
  package static func pseudonym(agent hash: UInt64) -> String {
    let digits = String(TextHash.mix(hash) >> 32, radix: 16)
    return "agent-" + String(repeating: "0", count: 8 - digits.count) + digits
  }
}

extension SiteComparison {
  /// Whether site `a` comes before site `b`: named sites in name order, the contacts naming
  /// none (`nil`) last.
  package static func siteOrder(_ a: String?, _ b: String?) -> Bool {
    switch (a, b) {
    case (let x?, let y?): x < y
    case (.some, nil): true
    case (nil, _): false
    }
  }

  /// Each outsourced site (and the outsourced contacts naming none) of `provider`
  /// against its in-house contacts, sites in name order, the unnamed last.
  package static func all(
    of provider: Int32, _ collector: SiteStrataCollector, useChannel: Bool, context: ScoringContext
  ) -> [SiteComparison] {
    let configuration = context.configuration
    let inHouse = collector.inHouseContacts(of: provider)
    let arms = collector.outsourcedArms(of: provider).map { arm in
      (arm: arm.arm, contacts: arm.contacts, name: arm.arm >= 0 ? context.sites[arm.arm] : nil)
    }.sorted { siteOrder($0.name, $1.name) }
    return arms.map { arm in
      let results = OutsourcingResult.Metric.allCases.map { metric in
        var result = collector.result(
          provider: provider, arm: arm.arm, metric: metric, useChannel: useChannel, categories: context.categories,
          channels: context.channels, minimumArm: configuration.minimumArmContacts, margin: configuration.margin)
        result.arms = ArmContacts(outsourced: arm.contacts, inHouse: inHouse, unknown: 0)
        result.noComparison = NoComparisonReason.ofSite(result)
        return result
      }
      return SiteComparison(
        site: arm.name, contacts: arm.contacts, outsourcing: results[0], alsoCompared: Array(results.dropFirst()))
    }
  }
}

extension NoComparisonReason {
  /// Why a site's comparison (``SiteComparison``) has none, as ``of(_:groups:)`` says
  /// for a provider's, the site standing for the outsourced arm; `nil` when it has one.
  package static func ofSite(_ result: OutsourcingResult) -> NoComparisonReason? {
    guard result.comparison.verdict == .noComparison else { return nil }
    if result.arms.inHouse == 0 { return .oneArm(.outsourced) }
    return ofMeasured(result) { _ in "no contact could be measured for it" }
  }
}
