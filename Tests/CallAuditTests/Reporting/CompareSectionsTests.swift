import ContactGenerator
import Testing
@testable import CallAuditMetrics
@testable import CallAuditReporting
@testable import callaudit

/// `compare` with `--by` and `--coaching` (issue 23): the analysis report's sections after the ranking.
@Suite("Compare with breakdowns and the agents for coaching")
struct CompareSectionsTests {
  private static func report(by: [BreakdownDimension], coaching: Int) throws -> AnalysisReport {
    var configuration = try AnalysisConfiguration(flaggedLimit: 0)
    configuration.breakdown = by
    configuration.coachingAgents = coaching
    var analyzer = ContactAnalyzer(configuration: configuration)
    let providers = [ProviderSpec.splitSites, ProviderSpec.standard(for: .neutral)]
    let generator = try SampleGenerator(configuration: GeneratorConfiguration(seed: 5, contacts: 2_000, providers: providers))
    for labeled in generator { analyzer.add(labeled.contact) }
    return analyzer.finish(inputs: [])
  }

  @Test("--by and --coaching add their sections and JSON keys to the ranking; without them nothing changes")
  func sections() throws {
    let asked = try Self.report(by: [.site], coaching: 2)
    let plain = try Self.report(by: [], coaching: 0)
    let renderer = RankingRenderer()
    let text = renderer.text(ProviderRanking(asked), report: asked)
    let markdown = renderer.markdown(ProviderRanking(asked), report: asked)
    let json = renderer.json(ProviderRanking(asked), report: asked)
    for document in [text, markdown] {
      #expect(document.contains("Breakdown by site") && document.contains("Agents for coaching"))
      #expect(document.contains("Manila (BrightPath BPO)") && document.contains("Contoso Fiber"))
    }
    #expect(json.contains("\"breakdowns\"") && json.contains("\"agents\"") && json.contains("callaudit.compare/1"))
    let plainText = renderer.text(ProviderRanking(plain), report: plain)
    let plainJSON = renderer.json(ProviderRanking(plain), report: plain)
    #expect(!plainText.contains("Breakdown by") && !plainText.contains("Agents for coaching"))
    #expect(!plainJSON.contains("\"breakdowns\"") && !plainJSON.contains("\"agents\""))
    // The ranking itself does not depend on the sections asked for.
    #expect(text.hasPrefix(String(plainText.prefix { $0 != "\n" })))
  }

  @Test("The comparison page adds the breakdown, the site verdicts and the agents, and quotes no contact")
  func htmlSections() throws {
    let asked = try Self.report(by: [.site, .week], coaching: 2)
    let plain = try Self.report(by: [], coaching: 0)
    let html = HTMLReportRenderer().render(ranking: ProviderRanking(asked), report: asked)
    for id in ["ranking", "verdicts", "breakdown", "series", "coaching"] {
      #expect(html.contains(#"<section id="\#(id)">"#), "no section \(id)")
    }
    #expect(html.contains(#"<li data-site="#))
    // The page quotes no flagged contact, so nothing lists or links to one.
    #expect(!html.contains(#"id="cell-flagged""#) && !html.contains("-flagged\"") && !html.contains("to-contact"))
    #expect(!html.contains(##"href="#flagged-"##))
    let plainHTML = HTMLReportRenderer().render(ranking: ProviderRanking(plain), report: plain)
    for id in ["breakdown", "series", "coaching"] { #expect(!plainHTML.contains(#"<section id="\#(id)">"#)) }
    #expect(!plainHTML.contains("data-site="))
  }

  @Test("compare parses --by and --coaching into its configuration")
  func parsed() throws {
    let command = try #require(
      try CallAuditCommand.parseAsRoot(["compare", "x.csv", "--by", "site", "--coaching", "4"]) as? CompareCommand)
    let configuration = try command.configuration()
    #expect(configuration.breakdown == [.site] && configuration.coachingAgents == 4)
    #expect(configuration.flaggedLimit == 0)
  }
}
