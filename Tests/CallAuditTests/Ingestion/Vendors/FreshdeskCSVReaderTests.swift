import Foundation
import Testing
@testable import CallAuditModel

@Suite("Freshdesk CSV")
struct FreshdeskCSVReaderTests {
  private func time(_ text: String) -> Timestamp? { Timestamp(iso8601: text) }

  @Test("The fixture reads every ticket: day-first dates, clock durations, custom statuses")
  func fixture() throws {
    // fixtures/vendors/freshdesk-csv/tickets.csv uses the header of a real
    // export described in realdata/PROVENANCE.md (the file itself was left out
    // for privacy); the rows are invented.
    let (contacts, summary) = ingestAll(TestSupport.fixture("vendors/freshdesk-csv/tickets.csv"))
    #expect(summary.format == .freshdeskCSV)
    #expect(summary.records == 4 && summary.accepted == 4 && summary.rejected == 0)
    #expect(contacts.map(\.id) == ["3001", "3002", "3003", "3004"])
    #expect(contacts.allSatisfy { $0.turns.isEmpty })

    let resolved = contacts[0]
    #expect(resolved.status == .resolved && resolved.channel == "email" && resolved.category == "no internet")
    #expect(resolved.agentID == "Priya Agent" && resolved.site == "Cebu Outsourced" && resolved.customerID == "4001")
    #expect(resolved.openedAt == time("2025-03-05T09:15:00Z") && resolved.closedAt == time("2025-03-05T11:40:00Z"))
    #expect(resolved.handleSeconds == 1500 && resolved.csat == 5)

    let waiting = contacts[1]
    #expect(waiting.status == .pending && waiting.channel == "call" && waiting.category == nil)
    #expect(waiting.openedAt == time("2025-03-13T16:05:00Z") && waiting.closedAt == nil)
    #expect(waiting.handleSeconds == 3750 && waiting.csat == nil)

    let closed = contacts[2]
    #expect(closed.status == .resolved && closed.channel == "chat" && closed.category == "refund")
    #expect(closed.closedAt == time("2025-03-20T10:00:00Z") && closed.csat == 1)

    let custom = contacts[3]
    #expect(custom.status == .unknown && custom.channel == "web" && custom.agentID == nil)
    #expect(custom.site == "Field Ops" && custom.handleSeconds == 94_205 && custom.category == nil)
    #expect(
      summary.notes == ["status 'Escalated to L2' is a custom Freshdesk status callaudit cannot place; read as unknown"]
    )
  }

  @Test("Bad rows are rejected with their line and reason")
  func rejections() throws {
    let path = try TestSupport.temporaryFile(
      """
      Ticket ID,Status,Created time,Time tracked,Survey results,Agent interactions
      1,Open,31/12/2024 23:59,0:05:00,Awesome,1
      2,Open,32/12/2024 10:00,,,1
      3,Open,01/12/2024 10:00,5 minutes,,1
      4,Open,12/31/2024 10:00,1:75,,1
      5,Waiting on Third Party,01/12/2024 10:00,,Meh,1
      """, name: "freshdesk.csv")
    let (contacts, summary) = ingestAll(path)
    #expect(summary.format == .freshdeskCSV)
    #expect(summary.records == 5 && summary.accepted == 2 && summary.rejected == 3)
    let byLine = Dictionary(uniqueKeysWithValues: summary.problems.map { ($0.line, $0.message) })
    #expect(byLine[3] == "Created time '32/12/2024 10:00' is not a date and time")
    #expect(byLine[4] == "Time tracked '5 minutes' is not a duration such as 1:05:30")
    #expect(byLine[5] == "Time tracked '1:75' is not a duration such as 1:05:30")
    #expect(contacts.map(\.id) == ["1", "5"])
    #expect(contacts[0].openedAt == time("2024-12-31T23:59:00Z") && contacts[0].csat == 5)
    #expect(contacts[1].status == .pending && contacts[1].openedAt == time("2024-12-01T10:00:00Z"))
    // 31/12 reads only day first, 12/31 only month first: each is read as it can be, and said.
    #expect(summary.notes == [
      "the first 64 KiB hold numeric dates that read only day first and others that read only month first; "
        + "each is read the way it can be, and dates that read either way day first, as Freshdesk usually writes them",
      "survey result 'Meh' is not one callaudit reads; left empty",
    ])
  }

  @Test("A month-first date that cannot be day-first is still read")
  func monthFirstFallback() throws {
    let path = try TestSupport.temporaryFile("Ticket ID,Created time,Agent interactions\n1,12/31/2024 10:00,0\n")
    let (contacts, summary) = ingestAll(path)
    #expect(summary.rejected == 0)
    #expect(contacts.first?.openedAt == time("2024-12-31T10:00:00Z"))
  }
}
