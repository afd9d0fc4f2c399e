import CallAuditModel
import ContactGenerator
import Testing
@testable import CallAuditMetrics
@testable import CallAuditReporting

/// Each site's rates, counted as a provider's are, for an audit's limits per site (issue 23, item 8).
@Suite("Site rates")
struct SiteRatesTests {
  private static func report(siteRates: Bool, by: [BreakdownDimension] = [], jobs: Int = 1) throws -> AnalysisReport {
    var configuration = AnalysisConfiguration()
    configuration.siteRates = siteRates
    configuration.breakdown = by
    var analyzer = ContactAnalyzer(configuration: configuration)
    let generator = try SampleGenerator(
      configuration: GeneratorConfiguration(seed: 3, contacts: 3_000, providers: [ProviderSpec.splitSites]))
    for labeled in generator { analyzer.add(labeled.contact) }
    return analyzer.finish(inputs: [], jobs: jobs)
  }

  @Test("a site's rates are the breakdown cell's where both have them, and the sites add up to the provider")
  func agreeWithBreakdownAndProvider() throws {
    let report = try Self.report(siteRates: true, by: [.site])
    let provider = try #require(report.providers.first)
    let sites = try #require(provider.siteRates)
    #expect(sites.map(\.site) == ["Leeds", "Manila (BrightPath BPO)", "Pune (Atlas Contact Services)"])
    let cells = try #require(report.breakdown).cells
    for site in sites {
      let cell = try #require(cells.first { $0.values.first?.label == site.site })
      #expect(site.contacts == cell.contacts)
      #expect(site.outsourced == cell.outsourced && site.inHouse == cell.inHouse)
      for name in BreakdownReport.rateNames {
        #expect(site.rate(name)?.proportion == cell.rate(name)?.proportion, "\(site.site ?? "-") \(name)")
      }
    }
    // Every rate, the four a cell has and the rest, sums over the sites to the provider's.
    let whole = ProviderSnapshot(provider)
    for name in RateMeasure.Name.allCases {
      let events = sites.reduce(0) { $0 + ($1.rate(name)?.proportion.events ?? 0) }
      let trials = sites.reduce(0) { $0 + ($1.rate(name)?.proportion.trials ?? 0) }
      #expect(Proportion(events: events, trials: trials) == whole.rates[name], "\(name)")
    }
    #expect(sites.reduce(0) { $0 + $1.contacts } == provider.contacts)
  }

  @Test("without a breakdown, site rates bring the site verdicts; the same for any number of jobs")
  func withoutBreakdown() throws {
    let one = try Self.report(siteRates: true, jobs: 1)
    let two = try Self.report(siteRates: true, jobs: 2)
    #expect(one.breakdown == nil)
    let provider = try #require(one.providers.first)
    #expect(provider.sites?.map(\.site) == ["Manila (BrightPath BPO)", "Pune (Atlas Contact Services)"])
    #expect(provider.sites?.first?.outsourcing.comparison.verdict == .hurting)
    let snapshot = ProviderSnapshot(provider)
    #expect(snapshot.sites.map(\.name) == ["Leeds", "Manila (BrightPath BPO)", "Pune (Atlas Contact Services)"])
    #expect(snapshot.site("Leeds")?.verdicts.isEmpty == true)
    #expect(snapshot.site("Manila (BrightPath BPO)")?.verdicts[.scriptedUnresolved] == .hurting)
    #expect(ProviderSnapshot(try #require(two.providers.first)) == snapshot)

    let plain = try #require(try Self.report(siteRates: false).providers.first)
    #expect(plain.siteRates == nil && plain.sites == nil)
    #expect(ProviderSnapshot(plain).sites.isEmpty)
  }
}
