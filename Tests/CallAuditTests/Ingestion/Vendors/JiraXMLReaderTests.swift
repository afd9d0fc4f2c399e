import Testing
@testable import CallAuditIngestion
@testable import CallAuditModel

@Suite("Jira XML export")
struct JiraXMLReaderTests {
  private let fixture = TestSupport.fixture("vendors/jira-xml/service-desk.xml")

  @Test("Items map field by field; Jira Service Management custom fields fill site, category and CSAT")
  func fields() throws {
    let (contacts, summary) = ingestAll(fixture, options: IngestionOptions(defaultProvider: "Northwind"))
    #expect(summary.format == .jiraXML)
    #expect(contacts.map(\.id) == ["NET-101", "NET-102"])
    let first = try #require(contacts.first)
    #expect(first.provider == "Northwind")
    #expect(first.site == "Manila Tier 1")
    #expect(first.category == "report a connection problem")
    #expect(first.customerID == "Ann Lee")
    #expect(first.agentID == "Nina Park")
    #expect(first.openedAt?.iso8601 == "2025-03-01T08:00:00Z")
    #expect(first.closedAt == nil)
    #expect(first.status == .pending)  // "Waiting for customer"
    #expect(first.resolution == nil)  // id -1, "Unresolved"
    #expect(first.handleSeconds == 1800)
    #expect(first.csat == nil)
    let second = contacts[1]
    #expect(second.site == "Northwind Support")  // no Team field: the project
    #expect(second.category == "service request")  // no request type, no component: the issue type
    #expect(second.customerID == "Bo Chen")
    #expect(second.agentID == "Ivy Jones")
    #expect(second.status == .resolved)
    #expect(second.resolution == "done")
    #expect(second.closedAt?.iso8601 == "2025-03-03T09:00:00Z")
    #expect(second.csat == 4)
  }

  @Test("HTML bodies become plain text; the reporter's comments are the customer's")
  func turns() throws {
    let (contacts, _) = ingestAll(fixture)
    let first = try #require(contacts.first)
    #expect(first.turns.map(\.speaker) == [.customer, .agent, .customer])
    #expect(first.turns.map(\.text) == [
      "My internet drops every evening around 8 pm.\n\nModem lights: red & blinking.",
      "Please restart the router & wait two minutes.",
      "I did that already \u{2013} it is still not working.",
    ])
    #expect(first.turns[2].at?.iso8601 == "2025-03-01T08:40:00Z")
    // An empty description gives way to the summary; a Cloud author is matched by accountId.
    let second = contacts[1]
    #expect(second.turns.map(\.text) == ["Bill too high", "We refunded the second charge."])
    #expect(second.turns.map(\.speaker) == [.customer, .agent])
  }

  @Test("An item whose date cannot be read is rejected with its line")
  func rejection() {
    let (_, summary) = ingestAll(fixture)
    #expect(summary.records == 3)
    #expect(summary.problems == [IngestionProblem(line: 76, message: "created 'someday' is not a date and time")])
  }

  @Test("A copy out of a browser tab: the banner line is skipped and noted")
  func browserCopy() throws {
    let (contacts, summary) = ingestAll(TestSupport.fixture("vendors/jira-xml/browser-copy.xml"))
    #expect(summary.format == .jiraXML)
    #expect(summary.stoppedBy == nil)
    let issue = try #require(contacts.first)
    #expect(issue.id == "NC-1")
    #expect(issue.agentID == nil)  // "Не назначено", accountid -1
    #expect(issue.customerID == "Денис Макаров")
    #expect(issue.status == .resolved)  // status "Готово" is unknown; its category is done, with a resolution
    #expect(issue.turns.map(\.text) == ["Исправить ошибку"])
    #expect(summary.notes == [
      "line 1 is a web browser's banner, not XML (the file was copied from a browser tab); it was skipped"
    ])
  }

  @Test("In a browser copy, problem lines count after the banner, and a note says so")
  func browserCopyLines() throws {
    let path = try TestSupport.temporaryFile("""
      This XML file does not appear to have any style information associated with it. The document tree is shown below.
      <rss version="0.92">
      <channel>
      <item><key id="1">NC-1</key></item>
      <item><key id="2">NC-2</key><created>someday</created></item>
      </channel>
      </rss>
      """)
    let (contacts, summary) = ingestAll(path)
    #expect(contacts.map(\.id) == ["NC-1"])
    #expect(summary.problems.map(\.line) == [4])  // line 5 of the file
    #expect(summary.notes.last == "lines in this input's problems count from line 2 of the file, after the banner (add 1)")
  }

  // Jira Server 8.6.1 export from matteopelucco/jira-python-parser (commit d567d77f): no XML
  // declaration (starts with a comment), entity-escaped HTML, Italian text, custom SAFe statuses.
  @Test(
    "The matteopelucco export reads all 86 items",
    .enabled(if: ITSMRealData.has("jira-xml-matteopelucco/jira.xml")))
  func matteopelucco() throws {
    let (contacts, summary) = ingestAll(ITSMRealData.path("jira-xml-matteopelucco/jira.xml"))
    #expect(summary.format == .jiraXML)
    #expect(summary.records == 86)
    #expect(summary.rejected == 0)
    let first = try #require(contacts.first)
    #expect(first.id == "MYC-2511")
    #expect(first.site == "myCornèr")
    #expect(first.category == "epic")
    #expect(first.customerID == "Matteo Pelucco")
    #expect(first.agentID == nil)  // username -1, "Unassigned"
    #expect(first.status == .open)  // SAFE_EPIC_FUNNEL, category "new"
    #expect(first.turns.first?.text == "Alternativa di Trading a Cornèrtrader\n\nSSO...")
    // Three comments in all, each by the reporter (pelm).
    let comments = contacts.flatMap { $0.turns.dropFirst() }
    #expect(comments.count == 3)
    #expect(comments.allSatisfy { $0.speaker == .customer })
    #expect(contacts.count { $0.status == .closed } == 27)  // category done, never a resolution
  }

  // Jira Cloud 2024 export from nichanl/insurance_Company (commit c70f862f): authors are accountIds.
  @Test(
    "The nichanl export reads all 15 items and matches the reporter by accountId",
    .enabled(if: ITSMRealData.has("jira-xml-nichanl/SearchRequest.xml")))
  func nichanl() throws {
    let (contacts, summary) = ingestAll(ITSMRealData.path("jira-xml-nichanl/SearchRequest.xml"))
    #expect(summary.records == 15)
    #expect(summary.rejected == 0)
    let commented = try #require(contacts.first { $0.id == "CAP-3" })
    #expect(commented.status == .open)  // "In Progress"
    #expect(commented.turns.last?.speaker == .customer)
    #expect(commented.turns.last?.text == "Nichan Lama whats the status?")
    #expect(commented.turns.last?.at?.iso8601 == "2024-03-06T02:39:11Z")
    #expect(contacts.count { $0.status == .resolved } == 4)
  }

  // Jira Cloud export in Russian from Makarov-Denis/hw_software_life_cycle_01 (commit be6718f9),
  // copied from a Chrome tab: line 1 is the browser's banner, the defect the reader skips.
  @Test(
    "The Makarov-Denis browser copy reads all 4 items",
    .enabled(if: ITSMRealData.has("jira-xml-makarov-denis/SearchRequest.xml")))
  func makarovDenis() {
    let (contacts, summary) = ingestAll(ITSMRealData.path("jira-xml-makarov-denis/SearchRequest.xml"))
    #expect(summary.format == .jiraXML)
    #expect(summary.records == 4)
    #expect(summary.rejected == 0)
    #expect(contacts.map(\.id) == ["NC-4", "NC-3", "NC-2", "NC-1"])
    #expect(contacts.allSatisfy { $0.status == .resolved && $0.resolution == "готово" })
  }
}
