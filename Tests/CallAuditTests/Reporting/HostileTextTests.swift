import Foundation
import Testing
@testable import CallAuditMetrics
@testable import CallAuditModel
@testable import CallAuditReporting

/// Export text is untrusted: every format must carry it as inert words.
@Suite("Hostile text comes out inert")
struct HostileTextTests {
  static let provider = "Evil \"ISP\"<script>alert(1)</script>\nSecond line\u{1B}[31m"
  static let contactID = "\"><img src=x onerror=alert(1)>"
  static let words = "=HYPERLINK(\"http://evil\") <script>steal()</script> **bold** [link](http://evil) | pipe"

  private static var report: AnalysisReport {
    var contacts = ReportFixtures.contacts(provider: provider)
    contacts = contacts.map { contact in
      var contact = contact
      if contact.id == "OUT-0" {
        contact.id = contactID
        contact.category = "<b>billing</b>"
        contact.turns[3].text = "Still not working. " + words
      }
      return contact
    }
    var summary = InputSummary(path: "exports/<evil>.csv", format: .canonicalCSV)
    summary.accept()
    summary.reject(line: 3, reason: "value '<script>x</script>' is not a number")
    return ReportFixtures.report(contacts, inputs: [summary])
  }

  @Test("Terminal text has no control characters")
  func terminal() {
    let text = TextReportRenderer().render(Self.report)
    #expect(!text.unicodeScalars.contains { $0.value == 0x1B })
    #expect(!text.contains("<script>alert(1)</script>\n"))
    #expect(text.contains("Evil \"ISP\"<script>alert(1)</script> Second line"))
  }

  @Test("Markdown carries no raw HTML, links or table breaks from the export")
  func markdown() {
    let markdown = MarkdownReportRenderer().render(Self.report)
    #expect(!markdown.contains("<script>"))
    #expect(!markdown.contains("<img"))
    #expect(!markdown.contains("[link](http://evil)"))
    #expect(markdown.contains("&lt;script&gt;"))
    #expect(!markdown.contains("**bold**"))
    #expect(!markdown.unicodeScalars.contains { $0.value == 0x1B })
  }

  /// Text that GitHub-style Markdown would turn into links, and bidi controls
  /// that would reorder what a reader sees.
  static let links = "pay at https://evil.example/pay?x=1, HTTP://EVIL.example, www.evil.example, WWW.Evil.example or bob@evil.example"
  static let bidi = "Acme \u{202E}gpj.exe\u{202C} \u{2066}isolate\u{2069} \u{202A}\u{202B}\u{202D}\u{2067}\u{2068}"
  static let bidiScalars: Set<UInt32> = [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]

  private static var linkReport: AnalysisReport {
    let contacts = ReportFixtures.contacts(provider: bidi + " " + links).map { contact in
      var contact = contact
      if contact.id == "OUT-0" {
        contact.category = links
        contact.turns[3].text = "Still not working. " + links + " " + bidi
      }
      return contact
    }
    var summary = InputSummary(path: "exports/www.evil.example.csv", format: .canonicalCSV)
    summary.accept()
    summary.reject(line: 3, reason: "value '\(links)' is not a number")
    summary.note("ignored unknown columns: \(bidi)")
    return ReportFixtures.report(contacts, inputs: [summary])
  }

  /// Whether GitHub-style autolinking (GFM's extended www, URL and e-mail
  /// autolinks) finds a place to start a link in `markdown`.
  private static func autolinkable(_ markdown: String) -> [String] {
    var found: [String] = []
    let lower = markdown.lowercased()
    // `https\://` is the text `https://` but no link: the escaped colon starts none.
    if lower.replacingOccurrences(of: "\\://", with: "").contains("://") { found.append("://") }
    if lower.contains("www.") { found.append("www.") }
    let scalars = Array(markdown.unicodeScalars)
    for (index, scalar) in scalars.enumerated() where scalar == "@" && index + 1 < scalars.count {
      let next = scalars[index + 1]
      if next.properties.isAlphabetic || ("0"..."9").contains(next) { found.append("@\(next)") }
    }
    return found
  }

  @Test("Markdown turns no URL, www. name or e-mail address from an export into a link (issue 19, item 12)")
  func markdownNoAutolinks() {
    let escaped = MarkdownReportRenderer.escape(Self.links)
    #expect(Self.autolinkable(escaped).isEmpty, "\(escaped)")
    // Rendered, the words read as they were: only escapes and an invisible word joiner were added.
    let rendered = escaped.replacingOccurrences(of: "&#x2060;", with: "")
      .replacingOccurrences(of: "\\:", with: ":").replacingOccurrences(of: "\\.", with: ".")
      .replacingOccurrences(of: "\\_", with: "_")
    #expect(rendered == Self.links)
    let markdown = MarkdownReportRenderer().render(Self.linkReport)
    #expect(Self.autolinkable(markdown).isEmpty, "\(Self.autolinkable(markdown))")
    let ranking = RankingRenderer().markdown(ProviderRanking(Self.linkReport), report: Self.linkReport)
    #expect(Self.autolinkable(ranking).isEmpty, "\(Self.autolinkable(ranking))")
  }

  @Test("Bidi controls from exports are made visible in HTML, Markdown and the terminal (issue 19, item 12)")
  func bidiControls() {
    let report = Self.linkReport
    let outputs = [
      ("html", HTMLReportRenderer().render(report)),
      ("markdown", MarkdownReportRenderer().render(report)),
      ("text", TextReportRenderer().render(report)),
    ]
    for (name, output) in outputs {
      #expect(!output.unicodeScalars.contains { Self.bidiScalars.contains($0.value) }, "\(name)")
      #expect(output.contains("Acme \u{FFFD}gpj.exe\u{FFFD}"), "\(name)")
    }
    #expect(HTMLEscaping.escape(Self.bidi) == "Acme \u{FFFD}gpj.exe\u{FFFD} \u{FFFD}isolate\u{FFFD} \u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}")
  }

  @Test("CSV quotes every field and defuses formulas")
  func csv() {
    let csv = FlaggedCSVRenderer().render(Self.report)
    #expect(!csv.contains(",=HYPERLINK"))
    #expect(!csv.contains(",\"=HYPERLINK"))
    #expect(csv.contains("\"\"\"><img src=x onerror=alert(1)>\""))
    let row = ContactsCSVRenderer().render(ContactMeasure(
      contactID: "=cmd|' /C calc'!A0", provider: "@p", sourcing: .inHouse, unresolvedReasons: [],
      repeatStatus: .notRepeated, scripted: false, churnRisk: false, flagged: false, lost: false))
    #expect(row.hasPrefix("'=cmd"))
    #expect(row.contains(",'@p,"))
  }

  @Test("JSON round-trips the exact strings")
  func json() throws {
    let json = JSONReportRenderer().render(Self.report)
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    let providers = try #require(object?["providers"] as? [[String: Any]])
    #expect(providers.first?["provider"] as? String == Self.provider)
    let flagged = try #require(object?["flagged"] as? [[String: Any]])
    #expect(flagged.contains { $0["contact_id"] as? String == Self.contactID })
  }
}
