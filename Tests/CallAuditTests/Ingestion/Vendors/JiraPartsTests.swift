import Testing
@testable import CallAuditIngestion

@Suite("Jira text pieces")
struct JiraPartsTests {
  @Test("Jira HTML: tags dropped, blocks become lines, entities decoded, a bare '<' kept")
  func html() {
    #expect(HTMLPlainText.plain("<p>One&#160;&amp; two</p><p>Three<br/>four</p>") == "One & two\n\nThree\nfour")
    #expect(HTMLPlainText.plain("<ul>\n\t<li>a</li>\n\t<li>b &#x2013; c</li>\n</ul>") == "a\nb \u{2013} c")
    #expect(HTMLPlainText.plain("x < y &unknown; z") == "x < y &unknown; z")
    #expect(HTMLPlainText.plain("<a href=\"https://x\" rel=\"r\">Ann</a> whats up?") == "Ann whats up?")
  }

  @Test("Jira statuses: the name first, then the category")
  func jiraStatus() {
    #expect(JiraStatus.status(name: "Waiting for support", category: "indeterminate", resolved: false) == .open)
    #expect(JiraStatus.status(name: "Waiting for customer", category: "indeterminate", resolved: false) == .pending)
    #expect(JiraStatus.status(name: "SAFE_FEATURE_DONE", category: "done", resolved: false) == .closed)
    #expect(JiraStatus.status(name: "Готово", category: "done", resolved: true) == .resolved)
    #expect(JiraStatus.status(name: "Готово", category: nil, resolved: true) == .unknown)
    #expect(JiraStatus.status(name: nil, category: "Listo", resolved: false) == .closed)
  }
}
