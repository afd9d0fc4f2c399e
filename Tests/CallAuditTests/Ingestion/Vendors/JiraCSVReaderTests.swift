import Testing
@testable import CallAuditModel

@Suite("Jira CSV export")
struct JiraCSVReaderTests {
  @Test("English headers, repeated Comment columns whose bodies hold ';'")
  func english() throws {
    let (contacts, summary) = ingestAll(TestSupport.fixture("vendors/jira-csv/issues.csv"))
    #expect(summary.format == .jiraCSV)
    #expect(contacts.map(\.id) == ["NET-201", "NET-202"])
    let first = try #require(contacts.first)
    #expect(first.site == "Northwind Support")
    #expect(first.category == "report a connection problem")
    #expect(first.customerID == "Ann Lee")
    #expect(first.agentID == "Nina Park")
    #expect(first.openedAt?.iso8601 == "2025-03-01T09:00:00Z")
    #expect(first.closedAt?.iso8601 == "2025-03-01T11:00:00Z")
    #expect(first.status == .resolved)
    #expect(first.resolution == "fixed")
    #expect(first.csat == 5)
    #expect(first.handleSeconds == 1800)
    #expect(first.turns.map(\.speaker) == [.customer, .agent, .customer])
    #expect(first.turns.map(\.text) == [
      "My internet drops every evening.\nModem lights are red.",
      "Please restart the router; then wait two minutes.",
      "Done; it works now.",
    ])
    #expect(first.turns[1].at?.iso8601 == "2025-03-01T09:20:00Z")
    let second = contacts[1]
    #expect(second.status == .pending)
    #expect(second.agentID == nil)
    #expect(second.category == "billing question")
    #expect(second.turns.map(\.text) == ["Bill too high"])
  }

  @Test("A comment cell that is not date;author;body rejects its row")
  func badComment() {
    let (_, summary) = ingestAll(TestSupport.fixture("vendors/jira-csv/issues.csv"))
    #expect(summary.records == 3)
    #expect(summary.problems == [
      IngestionProblem(line: 5, message: "a Comment cell 'no separators here' is not 'date;author;body'")
    ])
  }

  @Test("Spanish headers, Spanish month names and statuses")
  func spanish() throws {
    let (contacts, summary) = ingestAll(TestSupport.fixture("vendors/jira-csv/issues-es.csv"))
    #expect(summary.format == .jiraCSV)
    #expect(summary.rejected == 0)
    let first = try #require(contacts.first)
    #expect(first.id == "SOP-7")
    #expect(first.openedAt?.iso8601 == "2025-08-02T09:10:00Z")  // 02/ago/25
    #expect(first.status == .resolved)  // "Completado"
    #expect(first.customerID == "pedro@example.com")
    #expect(first.agentID == "Lucía Gil")
    #expect(first.turns.map(\.speaker) == [.customer, .agent, .customer])
    #expect(first.turns.last?.text == "Ya funciona; gracias.")
    #expect(contacts[1].openedAt?.iso8601 == "2025-12-15T16:05:00Z")  // 15/dic/25 4:05 PM
    #expect(contacts[1].status == .open)  // "En curso"
  }

  // Jira Service Management export with Spanish headers from diegodev23-os/it-helpdesk-simulation
  // (commit bc54b0ff): duplicate Comentario columns, bodies over several lines, dates 18/jul/26.
  @Test(
    "The diegodev23-os export reads all 3 tickets",
    .enabled(if: ITSMRealData.has("jira-csv-diegodev23-os/Jira.csv")))
  func diegodev23() throws {
    let (contacts, summary) = ingestAll(ITSMRealData.path("jira-csv-diegodev23-os/Jira.csv"))
    #expect(summary.format == .jiraCSV)
    #expect(summary.records == 3)
    #expect(summary.rejected == 0)
    let locked = try #require(contacts.first)
    #expect(locked.id == "IHS-5")
    #expect(locked.site == "IT Helpdesk Simulation")
    #expect(locked.category == "software/access issue")
    #expect(locked.customerID == "maria.gomez@ithelpdesk-demo.com")
    #expect(locked.agentID == "Diego Fuentes Arellano")
    #expect(locked.openedAt?.iso8601 == "2026-07-18T09:10:00Z")
    #expect(locked.status == .resolved)  // "Completado"
    #expect(locked.turns.map(\.speaker) == [.customer, .agent, .agent])
    #expect(locked.turns[1].text.hasPrefix("Root Cause Analysis:\n\n* Reviewed authentication logs"))
    #expect(contacts[1].status == .resolved)  // "Resuelta"
  }
}
