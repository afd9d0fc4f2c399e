import CallAuditModel
import ContactGenerator
import Foundation
import Testing
@testable import CallAuditMetrics
@testable import CallAuditReporting

/// The agents for coaching on the HTML page (`analyze --coaching N --format html`).
@Suite("HTML agents for coaching")
struct HTMLCoachingTests {
  /// The split-sites provider's generated contacts analysed with `--coaching limit`.
  private static func splitSites(limit: Int) throws -> AnalysisReport {
    var configuration = try AnalysisConfiguration(minimumArmContacts: 30)
    configuration.coachingAgents = limit
    var analyzer = ContactAnalyzer(configuration: configuration)
    let generator = try SampleGenerator(
      configuration: GeneratorConfiguration(seed: 7, contacts: 3_000, providers: [ProviderSpec.splitSites]))
    for contact in generator { analyzer.add(contact.contact) }
    return analyzer.finish(inputs: [])
  }

  /// An agent id made to break out of text and attributes.
  static let evilAgent = "A\"'><script>alert(9)</script><a href=\"#x\">"

  /// Contacts of two agents, one with a hostile id, analysed with `--coaching 5 --show-agents`.
  private static func hostile() throws -> AnalysisReport {
    let start: Int64 = 1_740_787_200
    var contacts: [Contact] = []
    for n in 0..<24 {
      contacts.append(Contact(
        id: "H-\(n)", provider: "Acme", site: "Leeds", team: nil, sourcing: n % 2 == 0 ? .inHouse : .outsourced,
        channel: "chat", customerID: "C-\(n)", agentID: n % 3 == 0 ? "plain-agent" : evilAgent, category: "no-internet",
        openedAt: Timestamp(secondsSinceEpoch: start + Int64(n) * 3600), status: .closed, resolution: "fixed",
        turns: [
          Turn(speaker: .agent, text: "Thank you for calling, how can I help you today?"),
          Turn(speaker: .customer, text: "My internet has been down since Monday."),
          Turn(speaker: .agent, text: "Please restart your router and wait two minutes. I have escalated this to the relevant team and they will be in touch."),
          Turn(speaker: .customer, text: n % 2 == 0 ? "That does not help, it is still not working." : "OK, thanks."),
        ]))
    }
    var configuration = try AnalysisConfiguration(minimumArmContacts: 3)
    configuration.coachingAgents = 5
    configuration.showAgents = true
    var analyzer = ContactAnalyzer(configuration: configuration)
    contacts.forEach { analyzer.add($0) }
    return analyzer.finish(inputs: [])
  }

  private func matches(_ pattern: String, in text: String, group: Int = 1) throws -> [String] {
    let regex = try NSRegularExpression(pattern: pattern)
    return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
      Range(match.range(at: group), in: text).map { String(text[$0]) }
    }
  }

  @Test("The section and its contents entry are on the page only with --coaching")
  func onlyWhenAsked() throws {
    let plain = HTMLReportRenderer().render(try Self.splitSites(limit: 0))
    #expect(!plain.contains(#"id="coaching""#) && !plain.contains(##"href="#coaching""##) && !plain.contains("Agents for coaching"))
    let report = try Self.splitSites(limit: 4)
    let agents = try #require(report.agents)
    let html = HTMLReportRenderer().render(report)
    #expect(html.contains(#"<section id="coaching"><h2>Agents for coaching</h2>"#))
    #expect(html.contains(##"<a href="#coaching">Agents for coaching</a>"##))
    let rows = try matches(#"<tr data-provider="[^"]*" data-rank="([0-9]+)" data-agent="#, in: html)
    #expect(rows == agents.providers.flatMap(\.entries).map { String($0.rank) })
    #expect(!rows.isEmpty && rows.count <= 4 * agents.providers.count)
    // Pseudonyms by default: no row shows a raw agent id.
    #expect(try matches(#"data-agent="([^"]*)""#, in: html).allSatisfy { $0.hasPrefix("agent-") })
  }

  @Test("Example contacts link to their evidence exactly when the page quotes them")
  func examplesLink() throws {
    let report = try Self.splitSites(limit: 1_000)
    let entries = try #require(report.agents).providers.flatMap(\.entries)
    let html = HTMLReportRenderer().render(report)
    let section = try #require(html.components(separatedBy: #"<section id="coaching">"#).dropFirst().first?
      .components(separatedBy: "</section>").first)
    // Every link goes to an article on the page quoting that very contact.
    let links = try matches(##"<a class="to-contact" href="#(flagged-[0-9]+)"><code>([^<]*)</code></a>"##, in: section, group: 0)
    let quotedIDs = Set(report.flagged.prefix(HTMLReportRenderer.flaggedShown).map(\.measure.contactID))
    let examples = entries.flatMap(\.examples)
    #expect(links.count == examples.filter(quotedIDs.contains).count)
    #expect(links.count > 0)
    for link in links {
      let anchor = try #require(try matches(##"href="#([^"]+)""##, in: link).first)
      let contactID = try #require(try matches(#"<code>([^<]*)</code>"#, in: link).first)
      #expect(html.contains(#"<article class="flagged" id="\#(anchor)" data-contact-id="\#(contactID)""#))
    }
    // The examples the page does not quote are plain text.
    let unlinked = examples.filter { !quotedIDs.contains($0) }
    #expect(!unlinked.isEmpty)
    for contactID in unlinked {
      #expect(section.contains("<code>\(contactID)</code>") && !section.contains(#">\#(contactID)</code></a>"#))
    }
  }

  @Test("A hostile agent id shown with --show-agents stays text in the cell and the attribute")
  func hostileAgent() throws {
    let report = try Self.hostile()
    let entries = try #require(report.agents?.providers.first?.entries)
    #expect(entries.contains { $0.agent == Self.evilAgent })
    let html = HTMLReportRenderer().render(report)
    let escaped = HTMLEscaping.escape(Self.evilAgent)
    #expect(!html.contains(Self.evilAgent) && !html.contains("<script>alert(9)"))
    #expect(html.contains(#"data-agent="\#(escaped)""#))
    #expect(html.contains("<td>\(escaped)</td>"))
    #expect(!html.contains(##"href="#x""##))
    #expect(html.contains(#"data-agent="plain-agent""#))
  }
}
