import Foundation
import Testing
@testable import CallAuditModel
@testable import CallAuditReporting

@Suite("Zendesk CSV")
struct ZendeskCSVReaderTests {
  private func time(_ text: String) -> Timestamp? { Timestamp(iso8601: text) }

  @Test("The fixture reads every ticket with its metrics and no transcript")
  func fixture() throws {
    // fixtures/vendors/zendesk-csv/tickets.csv follows the documented column
    // list; no real Zendesk CSV export is public (realdata/PROVENANCE.md).
    let (contacts, summary) = ingestAll(TestSupport.fixture("vendors/zendesk-csv/tickets.csv"))
    #expect(summary.format == .zendeskCSV)
    #expect(summary.records == 3 && summary.accepted == 3 && summary.rejected == 0)
    #expect(summary.notes.isEmpty)
    #expect(contacts.map(\.id) == ["201", "202", "203"])
    #expect(contacts.allSatisfy { $0.turns.isEmpty })

    let solved = contacts[0]
    #expect(solved.customerID == "9001" && solved.agentID == "Sam Agent" && solved.site == "Tier 1 Manila")
    #expect(solved.channel == "email" && solved.category == "no internet")
    #expect(solved.status == .resolved && solved.csat == 5 && solved.transfers == 0)
    #expect(solved.openedAt == time("2025-03-03T08:58:31Z") && solved.closedAt == time("2025-03-03T10:20:00Z"))

    let merged = contacts[1]
    #expect(merged.site == "Billing, Leeds" && merged.channel == "call")
    #expect(merged.status == .closed && merged.resolution == "duplicate")
    // US-style dates: 03/05 is 5 March; without a Solved at, the last update closes it.
    #expect(merged.openedAt == time("2025-03-05T14:02:00Z") && merged.closedAt == time("2025-03-05T14:30:00Z"))
    #expect(merged.csat == nil && merged.category == nil)

    let passedOn = contacts[2]
    #expect(passedOn.status == .pending && passedOn.closedAt == nil)
    #expect(passedOn.csat == 1 && passedOn.transfers == 2 && passedOn.category == "equipment")
    #expect(passedOn.openedAt == time("2025-03-15T19:45:00Z"))
  }

  @Test("Bad rows are rejected with their line; unknown values are noted")
  func rejections() throws {
    let path = try TestSupport.temporaryFile(
      """
      Id,Requester,Requester id,Via,Created at,Status,Satisfaction Score,Group stations,Assignee stations
      1,A,11,Mail,2025-01-02 10:00,Open,Good,1,1
      2,B,12,Mail,someday,Open,,1,1
      3,C,13,Mail,2025-01-02 10:00,Open,,two,1
      ,D,14,Mail,2025-01-02 10:00,Open,,1,1
      5,E,15,Mail,2025-01-02 10:00,Triage,Meh,,
      6,F,16,Mail,2025-01-02 10:00,In progress,,0,0
      """, name: "zendesk.csv")
    let (contacts, summary) = ingestAll(path)
    #expect(summary.format == .zendeskCSV)
    #expect(summary.records == 6 && summary.accepted == 3 && summary.rejected == 3)
    let byLine = Dictionary(uniqueKeysWithValues: summary.problems.map { ($0.line, $0.message) })
    #expect(byLine[3] == "Created at 'someday' is not a date and time")
    #expect(byLine[4] == "Group stations 'two' is not a whole number, 0 or more")
    #expect(byLine[5] == "the ticket has no Id")
    #expect(contacts.map(\.id) == ["1", "5", "6"])
    #expect(contacts[1].status == .unknown && contacts[1].csat == nil && contacts[1].transfers == nil)
    #expect(contacts[2].status == .open && contacts[2].transfers == 0)
    #expect(
      summary.notes == [
        "satisfaction score 'Meh' is not one callaudit reads; left empty",
        "status 'Triage' is not a Zendesk status; such tickets are read with an unknown status",
      ])
  }

  @Test("Without an Id column reading stops at the header")
  func missingID() throws {
    let path = try TestSupport.temporaryFile("Ticket,Requester,Via,Created at,Group stations\n1,A,Mail,2025-01-01,1\n")
    let summary = ingestAll(path, format: .zendeskCSV).summary
    #expect(summary.stoppedBy == .missingColumn(path: path, column: "Id"))
  }
}
