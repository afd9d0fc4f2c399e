import CallAuditModel
import ContactGenerator
import Testing
@testable import CallAuditMetrics
@testable import CallAuditReporting

/// Breakdowns (`--by`) and the verdict per outsourced site (issue 23).
@Suite("Breakdowns and site verdicts")
struct BreakdownTests {
  /// The report of `contacts` generated contacts of the split-sites provider, broken down by `by`.
  private static func splitSitesReport(
    contacts: Int = 6_000, by: [BreakdownDimension], jobs: Int = 1, cellLimit: Int? = nil, showAgents: Bool = false
  ) throws -> AnalysisReport {
    var configuration = AnalysisConfiguration()
    configuration.breakdown = by
    configuration.showAgents = showAgents
    if let cellLimit { configuration.breakdownCellLimit = cellLimit }
    var analyzer = ContactAnalyzer(configuration: configuration)
    let generator = try SampleGenerator(
      configuration: GeneratorConfiguration(seed: 7, contacts: contacts, providers: [ProviderSpec.splitSites]))
    for labeled in generator { analyzer.add(labeled.contact) }
    return analyzer.finish(inputs: [], jobs: jobs)
  }

  @Test("Of two outsourced sites, the harmful one is named and the other is not")
  func siteVerdicts() throws {
    let report = try Self.splitSitesReport(by: [.site])
    let provider = try #require(report.providers.first)
    let sites = try #require(provider.sites)
    #expect(sites.map(\.site) == ["Manila (BrightPath BPO)", "Pune (Atlas Contact Services)"])
    let manila = sites[0].outsourcing.comparison, pune = sites[1].outsourcing.comparison
    #expect(manila.verdict == .hurting)
    #expect(pune.verdict != .hurting && pune.verdict != .worseButSmall)
    let manilaLow = try #require(manila.adjusted).interval.lowerBound
    let puneHigh = try #require(pune.adjusted).interval.upperBound
    #expect(manilaLow > puneHigh)
    // Each site is compared with all the provider's in-house contacts, as the provider is.
    #expect(manila.unexposed == provider.outsourcing.comparison.unexposed)
    #expect(manila.exposed.trials + pune.exposed.trials == provider.outsourcing.comparison.exposed.trials)
    let sentence = SiteSentence.make(sites[0])
    #expect(sentence.contains("so the harm is at Manila (BrightPath BPO)"))
    #expect(SiteSentence.listed(provider).count == 2)
  }

  @Test("Without --by site there are no site verdicts and no breakdown")
  func nothingUnasked() throws {
    let report = try Self.splitSitesReport(contacts: 500, by: [])
    #expect(report.breakdown == nil)
    #expect(report.providers.allSatisfy { $0.sites == nil })
  }

  @Test("A breakdown's cells add up to the provider's sourcing groups")
  func cellsAddUp() throws {
    let report = try Self.splitSitesReport(by: [.site, .category])
    let breakdown = try #require(report.breakdown)
    let provider = try #require(report.providers.first)
    #expect(!breakdown.exceeded)
    #expect(breakdown.cells.reduce(0) { $0 + $1.contacts } == provider.contacts)
    #expect(breakdown.cells.reduce(0) { $0 + $1.flagged } == provider.groups.reduce(0) { $0 + $1.scriptedUnresolved })
    #expect(breakdown.cells.reduce(0) { $0 + $1.lost } == provider.groups.reduce(0) { $0 + $1.lost })
    let unresolved = breakdown.cells.reduce(0) { $0 + ($1.rate(.unresolved)?.proportion.events ?? 0) }
    #expect(unresolved == provider.groups.reduce(0) { $0 + $1.unresolved })
    let inHouse = try #require(provider.groups.first { $0.sourcing == .inHouse })
    #expect(breakdown.cells.filter { $0.values[0].label == "Leeds" }.reduce(0) { $0 + $1.contacts } == inHouse.contacts)
    // Ranked: the rated cells by scripted-and-unresolved rate, highest first, the small ones after.
    let rated = breakdown.cells.prefix { !$0.tooSmall }
    let rates = rated.map { $0.rate(.scriptedUnresolved)?.proportion.value ?? -1 }
    #expect(rates == rates.sorted(by: >))
    #expect(breakdown.cells.dropFirst(rated.count).allSatisfy { $0.tooSmall })
  }

  @Test("Site × week cells are the same for one job and two")
  func independentOfJobs() throws {
    let one = JSONReportRenderer().render(try Self.splitSitesReport(contacts: 3_000, by: [.site, .week], jobs: 1))
    let two = JSONReportRenderer().render(try Self.splitSitesReport(contacts: 3_000, by: [.site, .week], jobs: 2))
    #expect(one == two)
    #expect(one.contains("\"breakdowns\"") && one.contains("-W"))
  }

  @Test("More cells than the limit: none kept, and the report says so")
  func cellLimit() throws {
    let report = try Self.splitSitesReport(contacts: 2_000, by: [.agent], jobs: 2, cellLimit: 5)
    let breakdown = try #require(report.breakdown)
    #expect(breakdown.exceeded)
    #expect(breakdown.cells.isEmpty)
    #expect(BreakdownRows.notes(breakdown).first?.contains("more than 5 cells") == true)
    let roomy = try #require(try Self.splitSitesReport(contacts: 2_000, by: [.agent], cellLimit: 1_000).breakdown)
    #expect(!roomy.exceeded && roomy.cells.count > 5)
  }

  @Test("Agents are pseudonyms unless shown; the pseudonym is stable")
  func agents() throws {
    let hidden = try #require(try Self.splitSitesReport(contacts: 1_000, by: [.agent]).breakdown)
    #expect(hidden.cells.allSatisfy { $0.values[0].label.hasPrefix("agent-") && $0.values[0].label.count == 14 })
    let shown = try #require(try Self.splitSitesReport(contacts: 1_000, by: [.agent], showAgents: true).breakdown)
    #expect(shown.agentsNamed)
    #expect(shown.cells.allSatisfy { !$0.values[0].label.hasPrefix("agent-") })
    #expect(Set(hidden.cells.map(\.contacts)) == Set(shown.cells.map(\.contacts)))
    #expect(BreakdownReport.pseudonym(agent: StableHash.of("ANW-LEE-001")) == BreakdownReport.pseudonym(agent: StableHash.of("ANW-LEE-001")))
    #expect(BreakdownReport.pseudonym(agent: 1) != BreakdownReport.pseudonym(agent: 2))
  }

  @Test("Teams come from the export; without one the cell says so")
  func teams() throws {
    var configuration = AnalysisConfiguration()
    configuration.breakdown = [.team, .month]
    var analyzer = ContactAnalyzer(configuration: configuration)
    let opened = Timestamp(iso8601: "2025-03-04T10:00:00Z")
    for index in 0..<40 {
      analyzer.add(Contact(id: "a\(index)", provider: "P", site: "Leeds", team: index < 30 ? "Billing" : nil,
        sourcing: .inHouse, openedAt: index < 35 ? opened : nil))
    }
    let breakdown = try #require(analyzer.finish(inputs: []).breakdown)
    let cells = breakdown.cells.map { ($0.values.map(\.label), $0.contacts, $0.tooSmall) }
    #expect(cells.map(\.0) == [
      ["Billing", "2025-03"], ["(team not given by the export)", "2025-03"], ["(team not given by the export)", "unknown time"],
    ])
    #expect(cells.map(\.1) == [30, 5, 5])
    #expect(cells.map(\.2) == [false, true, true])
    #expect(breakdown.cells[1].values[0].given == false)
  }

  @Test("ISO weeks and months of the opening time, in UTC", arguments: [
    ("2025-01-01T00:00:00Z", "2025-W01", "2025-01"),
    ("2024-12-30T08:00:00Z", "2025-W01", "2024-12"),
    ("2021-01-03T23:59:59Z", "2020-W53", "2021-01"),
    ("2026-12-31T12:00:00Z", "2026-W53", "2026-12"),
    ("2025-03-10T00:00:00Z", "2025-W11", "2025-03"),
    ("1969-12-31T23:00:00Z", "1970-W01", "1969-12"),
  ])
  func periods(_ time: String, _ week: String, _ month: String) throws {
    let seconds = try #require(Timestamp(iso8601: time)).secondsSinceEpoch
    #expect(BreakdownDimension.periodLabel(BreakdownDimension.week.period(seconds), week: true) == week)
    #expect(BreakdownDimension.periodLabel(BreakdownDimension.month.period(seconds), week: false) == month)
  }
}
