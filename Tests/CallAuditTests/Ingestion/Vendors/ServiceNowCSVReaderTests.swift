import Testing
@testable import CallAuditModel
@testable import CallAuditReporting

@Suite("ServiceNow list export and event log")
struct ServiceNowCSVReaderTests {
  @Test("Label headers, US dates and journal columns")
  func labels() throws {
    let (contacts, summary) = ingestAll(TestSupport.fixture("vendors/servicenow-csv/labels.csv"))
    #expect(summary.format == .serviceNowCSV)
    #expect(contacts.map(\.id) == ["INC0020001", "INC0020002"])
    let first = try #require(contacts.first)
    #expect(first.openedAt?.iso8601 == "2025-03-14T09:05:00Z")  // 03-14-2025: month first
    #expect(first.closedAt?.iso8601 == "2025-03-14T10:00:00Z")  // no Closed, so Resolved
    #expect(first.status == .resolved)
    #expect(first.resolution == "solved remotely (permanently)")
    #expect(first.site == "Manila Tier 1")
    #expect(first.channel == "phone")
    #expect(first.customerID == "Ann Lee")
    #expect(first.agentID == "Nina Park")
    #expect(first.category == "network")
    #expect(first.transfers == 2)
    #expect(first.escalated == false)
    // Journal cells are newest first; turns come out oldest first.
    #expect(first.turns.map(\.speaker) == [.customer, .system, .agent, .customer])
    #expect(first.turns.map(\.text) == [
      "Internet down since the storm", "Outage ticket OUT-7 covers the area.",
      "I reset your line; please restart the modem.", "It works again, thank you.",
    ])
    #expect(first.turns[2].at?.iso8601 == "2025-03-14T09:20:00Z")
    let second = contacts[1]
    #expect(second.status == .pending)
    #expect(second.escalated == true)
    #expect(second.agentID == nil)
  }

  @Test("A row whose value cannot be read is rejected with its line")
  func rejection() {
    let (_, summary) = ingestAll(TestSupport.fixture("vendors/servicenow-csv/labels.csv"))
    #expect(summary.records == 3)
    #expect(summary.rejected == 1)
    #expect(summary.problems == [
      IngestionProblem(line: 11, message: "reassignment_count 'x' is not a whole number, 0 or more")
    ])
    #expect(summary.notes.isEmpty)
  }

  @Test("Field-name headers; a repeated number keeps the later row")
  func fieldNames() throws {
    let (contacts, summary) = ingestAll(TestSupport.fixture("vendors/servicenow-csv/fields.csv"))
    #expect(summary.format == .serviceNowCSV)
    #expect(summary.records == 3)
    #expect(summary.rejected == 0)
    #expect(contacts.map(\.id) == ["INC0030001", "INC0030002"])
    #expect(contacts[0].agentID == "Kai Lund")
    #expect(contacts[0].status == .open)
    #expect(contacts[1].status == .closed)
    #expect(contacts[1].resolution == "canceled")
    #expect(contacts[1].channel == "web")
    #expect(summary.notes == ["1 row repeated the number of an earlier incident; the later row is used"])
  }

  @Test("Dates that read either way are read month first, and the report says so")
  func ambiguousDates() throws {
    let path = try TestSupport.temporaryFile("""
      number,state,opened_at,caller_id
      INC0040001,New,05-03-2024 10:00,Ann Lee

      """)
    let (contacts, summary) = ingestAll(path)
    #expect(contacts.first?.openedAt?.iso8601 == "2024-05-03T10:00:00Z")
    #expect(summary.notes == [
      "numeric dates such as 05-03-2024 read either way and nothing in the first 64 KiB decided it; read month first"
    ])
  }

  @Test("A date that contradicts the file's order is rejected with a hint")
  func contradictingDate() throws {
    let path = try TestSupport.temporaryFile("""
      number,state,opened_at,caller_id
      INC0040001,New,02-29-2024 10:00,Ann Lee
      INC0040002,New,13-03-2024 10:00,Bo Chen
      """)
    let (contacts, summary) = ingestAll(path)
    #expect(contacts.map(\.id) == ["INC0040001"])
    #expect(summary.problems.first?.message
      == "opened_at '13-03-2024 10:00' is not a date and time (numeric dates are read month first in this file)")
  }

  @Test("The event log: one contact per incident from its last row, every row counted")
  func eventLog() throws {
    let (contacts, summary) = ingestAll(TestSupport.fixture("vendors/servicenow-event-log/events.csv"))
    #expect(summary.format == .serviceNowEventLog)
    #expect(summary.records == 7)
    #expect(summary.accepted == 6)
    #expect(summary.problems == [
      IngestionProblem(line: 8, message: "opened_at '31/4/2016 09:00' is not a date and time")
    ])
    #expect(contacts.map(\.id) == ["INC0000901", "INC0000902"])
    let first = try #require(contacts.first)
    #expect(first.status == .closed)
    #expect(first.resolution == "code 6")
    #expect(first.site == "Group 24")
    #expect(first.agentID == "Resolver 5")
    #expect(first.customerID == "Caller 12")
    #expect(first.category == "category 26")
    #expect(first.channel == "phone")
    #expect(first.transfers == 1)
    #expect(first.openedAt?.iso8601 == "2016-03-13T09:15:00Z")
    #expect(first.closedAt?.iso8601 == "2016-03-19T11:00:00Z")
    #expect(first.turns.isEmpty)
    // "?" is the log's empty value, and Awaiting User Info is pending.
    #expect(contacts[1].status == .pending)
    #expect(contacts[1].resolution == nil)
    #expect(contacts[1].closedAt == nil)
    #expect(summary.notes == [
      "4 rows held earlier update events of an incident with a later row; each incident's last row is its contact"
    ])
  }

  // Developer-instance export from priya-roy/snow-assignment-group-predict (commit 73e7c019),
  // realdata/PROVENANCE.md: field-name headers, choice values as labels.
  @Test(
    "The priya-roy list export reads all 66 rows",
    .enabled(if: ITSMRealData.has("servicenow-csv-priya-roy/incident.csv")))
  func priyaRoy() throws {
    let (contacts, summary) = ingestAll(ITSMRealData.path("servicenow-csv-priya-roy/incident.csv"))
    #expect(summary.format == .serviceNowCSV)
    #expect(summary.records == 66)
    #expect(summary.rejected == 0)
    #expect(contacts.count == 66)
    let vpn = try #require(contacts.first { $0.id == "INC0000060" })
    #expect(vpn.customerID == "Joe Employee")
    #expect(vpn.agentID == "David Loo")
    #expect(vpn.site == "Network")
    #expect(vpn.status == .closed)
    #expect(vpn.openedAt?.iso8601 == "2016-12-12T07:19:57Z")
    #expect(vpn.turns.map(\.text) == ["Unable to connect to email"])
    #expect(contacts.count { $0.status == .closed } == 27)
    #expect(contacts.count { $0.status == .pending } == 7)
  }

  // The UCI "Incident management process enriched event log" as kept by rvinicius396g/rvsAzure-BlobStorage
  // (commit 52e6d684) and by chinthan11shah/Incident-Management-System after an Excel save
  // (commit e83ab340); realdata/PROVENANCE.md.
  @Test(
    "The UCI event logs read every row, one contact per incident",
    .enabled(if: ITSMRealData.has("servicenow-incident-event-log-uci/rvinicius396g/incident_event_log.csv")),
    arguments: [
      ("servicenow-incident-event-log-uci/rvinicius396g/incident_event_log.csv", 198, 32),
      ("servicenow-incident-event-log-uci/chinthan11shah/incident_event_log.csv", 5998, 890),
    ])
  func uci(path: String, rows: Int, incidents: Int) throws {
    let (contacts, summary) = ingestAll(ITSMRealData.path(path))
    #expect(summary.format == .serviceNowEventLog)
    #expect(summary.records == rows)
    #expect(summary.rejected == 0)
    #expect(contacts.count == incidents)
    // INC0000045's four events end Closed; its dates are 29/2/2016 (day first), in both spellings.
    let first = try #require(contacts.first)
    #expect(first.id == "INC0000045")
    #expect(first.status == .closed)
    #expect(first.openedAt?.iso8601 == "2016-02-29T01:16:00Z")
    #expect(first.closedAt?.iso8601 == "2016-03-05T12:00:00Z")
    #expect(first.resolution == "code 5")
    #expect(first.agentID == nil)
    #expect(first.site == "Group 56")
  }
}
