/// Collects contacts from any number of inputs and computes the report.
///
/// Keeps one compact ``ContactRecord`` per contact — never the text — so memory
/// follows the number of contacts, not the size of the exports. Analyzers fed
/// from different inputs merge exactly (``merge(_:)``), which is how inputs are
/// read in parallel.
public struct ContactAnalyzer: Sendable {
  /// The settings in force.
  public let configuration: AnalysisConfiguration
  private var providers = NameTable()
  private var records: [ContactRecord] = []

  /// Creates an empty analyzer.
  public init(configuration: AnalysisConfiguration = AnalysisConfiguration()) {
    self.configuration = configuration
  }

  /// Contacts added so far.
  public var contactCount: Int { records.count }

  /// Adds one contact.
  public mutating func add(_ contact: Contact) {
    let provider = providers.index(of: contact.provider)
    records.append(ContactRecord(contact, provider: provider, policy: configuration.resolutionPolicy))
  }

  /// Adds everything `other` collected.
  public mutating func merge(_ other: ContactAnalyzer) {
    let remap = providers.absorb(other.providers)
    records.reserveCapacity(records.count + other.records.count)
    for var record in other.records {
      record.provider = remap[Int(record.provider)]
      records.append(record)
    }
  }

  /// Computes every measure over the contacts collected.
  public func finish(inputs: [InputSummary]) -> AnalysisReport {
    var tallies: [Int32: [Sourcing: GroupTally]] = [:]
    for record in records {
      tallies[record.provider, default: [:]][record.sourcing, default: GroupTally()]
        .add(record, unresolvedBecause: record.recordedUnresolved)
    }
    let providerReports = tallies.map { provider, groups in
      let groupReports = groups.sorted { $0.key < $1.key }.map { Self.groupReport($0.key, $0.value) }
      return ProviderReport(
        name: providers[provider], contacts: groupReports.reduce(0) { $0 + $1.contacts },
        groups: groupReports)
    }.sorted { $0.name < $1.name }
    return AnalysisReport(inputs: inputs, providers: providerReports, configuration: configuration)
  }

  private static func groupReport(_ sourcing: Sourcing, _ tally: GroupTally) -> GroupReport {
    let quantiles = tally.handleSeconds.quantiles([0.5, 0.9])
    let handle: HandleTimeSummary? = quantiles[0].map { median in
      HandleTimeSummary(count: tally.handleSeconds.count, median: median, p90: quantiles[1] ?? median)
    }
    let csat = tally.csatCount > 0
      ? ScoreSummary(count: tally.csatCount, mean: tally.csatSum / Double(tally.csatCount)) : nil
    let rates = [
      RateMeasure(name: .unresolved, proportion: Proportion(events: tally.unresolved, trials: tally.contacts)),
      RateMeasure(name: .transfers, proportion: Proportion(events: tally.transferred, trials: tally.transferKnown)),
      RateMeasure(name: .escalated, proportion: Proportion(events: tally.escalated, trials: tally.escalationKnown)),
    ]
    return GroupReport(
      sourcing: sourcing, contacts: tally.contacts, statusCounts: tally.statusCounts,
      unresolved: tally.unresolved, unresolvedReasons: tally.unresolvedReasons,
      transfers: tally.transferred, transferTotal: tally.transferTotal,
      transfersKnown: tally.transferKnown, escalated: tally.escalated,
      escalationKnown: tally.escalationKnown, handleTime: handle, csat: csat, rates: rates)
  }
}
