import Foundation
import Testing
@testable import CallAuditMetrics
@testable import CallAuditModel
@testable import CallAuditReporting

/// Reports with a breakdown, for the HTML tests of issue 23.
enum HTMLBreakdownReports {
  /// `generate --scenario split-sites --seed 3 --contacts 3000` analysed `--by site --by week`.
  static let splitSites: AnalysisReport = {
    do {
      return try BreakdownFlaggedTests.report(by: [.site, .week])
    } catch {
      preconditionFailure("the split-sites provider cannot be generated: \(error)")
    }
  }()

  /// A site and a team named to break out of text and attributes.
  static let evilSite = "Manila\"'><script>alert(7)</script>"
  static let evilTeam = "<img src=x onerror=alert(8)>Tier 1"

  /// Contacts at two hostile outsourced sites and a hostile in-house one, by site × team.
  static func hostile() -> AnalysisReport {
    let start: Int64 = 1_740_787_200
    var contacts: [Contact] = []
    for n in 0..<24 {
      let site = [evilSite, "Pune <b>x</b>", "Leeds & <i>co</i>"][n % 3]
      contacts.append(Contact(
        id: "S-\(n)", provider: "Acme", site: site, team: evilTeam, sourcing: n % 3 == 2 ? .inHouse : .outsourced,
        channel: "chat", customerID: "C-\(n)", agentID: "A-\(n % 4)", category: "no-internet",
        openedAt: Timestamp(secondsSinceEpoch: start + Int64(n) * 3600), status: .closed, resolution: "fixed",
        turns: [
          Turn(speaker: .agent, text: "Thank you for calling, how can I help you today?"),
          Turn(speaker: .customer, text: "My internet has been down since Monday."),
          Turn(speaker: .agent, text: "Please restart your router and wait two minutes. I have escalated this to the relevant team and they will be in touch."),
          Turn(speaker: .customer, text: n % 2 == 0 ? "That does not help, it is still not working." : "OK, thanks."),
        ]))
    }
    var configuration = AnalysisConfiguration()
    configuration.breakdown = [.site, .team]
    var analyzer = ContactAnalyzer(configuration: configuration)
    contacts.forEach { analyzer.add($0) }
    return analyzer.finish(inputs: [])
  }
}

@Suite("HTML breakdown, site verdicts and drill-down")
struct HTMLBreakdownTests {
  private func matches(_ pattern: String, in text: String) throws -> [String] {
    let regex = try NSRegularExpression(pattern: pattern)
    return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
      Range(match.range(at: 1), in: text).map { String(text[$0]) }
    }
  }

  private func count(_ needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
  }

  @Test("Without --by the page has none of the breakdown's sections or style")
  func nothingUnasked() {
    let html = HTMLReportRenderer().render(HTMLTestReports.sampleReport)
    for needle in [#"id="breakdown""#, #"id="series""#, #"id="cell-flagged""#, "site-verdicts", "series-grid", #"class="meta cell""#] {
      #expect(!html.contains(needle), "the page holds \(needle)")
    }
  }

  @Test("With --by site --by week: the site verdicts, the table, four small charts and each cell's flagged contacts")
  func sections() throws {
    let report = HTMLBreakdownReports.splitSites
    let breakdown = try #require(report.breakdown)
    let html = HTMLReportRenderer().render(report)
    for id in ["breakdown", "series", "cell-flagged"] { #expect(html.contains(#"<section id="\#(id)">"#)) }
    #expect(html.contains(#"data-site="Manila (BrightPath BPO)" data-verdict="hurting""#))
    #expect(count(#"<li data-site="#, in: html) == 2)
    #expect(count(#"<figure class="series-chart""#, in: html) == BreakdownReport.rateNames.count * report.providers.count)
    #expect(count(#"<circle class="point""#, in: html) > 0)
    #expect(try matches(#"<tr [^>]*id="(cell-[0-9]+)""#, in: html).count == breakdown.cells.count)
    // Each cell with flagged contacts has its list, which links the quoted ones and counts the rest.
    let lists = try matches(#"(<div class="cell-flagged"[^>]*>)"#, in: html)
    #expect(lists.count == breakdown.cells.filter { $0.flagged > 0 }.count)
    let flaggedCounts = try lists.map { Int(try #require(try matches(#"data-flagged="([0-9]+)""#, in: $0).first)) }
    #expect(flaggedCounts.compactMap { $0 }.reduce(0, +) == report.flaggedTotal)
    let listed = try lists.compactMap { Int(try #require(try matches(#"data-listed="([0-9]+)""#, in: $0).first)) }
    #expect(listed.reduce(0, +) == min(report.flagged.count, HTMLFlaggedSection.limit), "every quoted contact is in its cell's list")
    #expect(count(#"<a class="to-contact""#, in: html) == listed.reduce(0, +))
    #expect(html.contains("not listed here"))
  }

  @Test("Every in-page link of a broken-down report points to an element of the page")
  func anchorsResolve() throws {
    for report in [HTMLBreakdownReports.splitSites, HTMLBreakdownReports.hostile()] {
      let html = HTMLReportRenderer().render(report)
      let ids = Set(try matches(#"\sid="([^"]*)""#, in: html))
      let targets = try matches(##"\shref="#([^"]*)""##, in: html)
      #expect(targets.count > 10)
      for target in Set(targets) { #expect(ids.contains(target), "nothing has id \(target)") }
    }
  }

  @Test("Hostile site and team names are escaped wherever the breakdown shows them")
  func hostileNames() throws {
    let report = HTMLBreakdownReports.hostile()
    #expect(report.breakdown?.cells.isEmpty == false)
    let html = HTMLReportRenderer().render(report)
    for raw in ["<script", "<img", "<b>", "<i>"] { #expect(!html.contains(raw), "the page holds \(raw)") }
    #expect(html.contains("Manila&quot;&#39;&gt;&lt;script&gt;alert(7)&lt;/script&gt;"))
    #expect(html.contains("&lt;img src=x onerror=alert(8)&gt;Tier 1"))
  }
}
