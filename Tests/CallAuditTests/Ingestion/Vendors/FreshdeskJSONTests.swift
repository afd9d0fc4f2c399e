import Foundation
import Testing
@testable import CallAuditIngestion
@testable import CallAuditModel

@Suite("Freshdesk tickets (JSON)")
struct FreshdeskJSONTests {
  // fixtures/vendors/freshdesk-json/tickets.json follows the Freshdesk API v2 reference
  // (the ticket object, View a Ticket with include=conversations); the tickets are invented.
  private let path = TestSupport.fixture("vendors/freshdesk-json/tickets.json")

  @Test("Tickets read their description and public replies; private notes are left out")
  func fixture() throws {
    let (contacts, summary) = ingestAll(path)
    #expect(summary.format == .freshdeskJSON)
    #expect(summary.records == 2 && summary.accepted == 2 && summary.rejected == 0)
    let slow = contacts[0]
    #expect(slow.id == "20" && slow.channel == "email" && slow.status == .resolved && slow.site == "7001")
    #expect(slow.customerID == "44001" && slow.agentID == "44101" && slow.category == "slow speed")
    #expect(slow.openedAt == Timestamp(iso8601: "2026-11-25T18:40:00Z"))
    #expect(slow.closedAt == Timestamp(iso8601: "2026-11-27T09:30:00Z"))
    #expect(slow.turns.map(\.speaker) == [.customer, .agent, .customer])
    #expect(!slow.turns.contains { $0.text.contains("cabinet 14") })
    #expect(slow.turns[2].at == Timestamp(iso8601: "2026-11-26T20:15:00Z"))

    // An outbound email: the description is the agent's; bodies without body_text are read from HTML.
    let visit = contacts[1]
    #expect(visit.status == .open && visit.channel == "email" && visit.category == nil && visit.closedAt == nil)
    #expect(visit.turns.map(\.speaker) == [.agent, .customer])
    #expect(visit.turns[0].text == "Hello, we would like to book an engineer visit to check your wiring.\nWhich day suits you?")
  }

  @Test("Groups named in --sites give the tickets their sourcing")
  func sites() {
    let (contacts, _) = ingestAll(path, options: IngestionOptions(sites: SiteDirectory(["7001": .outsourced, "7002": .inHouse])))
    #expect(contacts.map(\.sourcing) == [.outsourced, .inHouse])
  }

  @Test("A reply that does not say whether it is incoming is rejected with the line and why; the next ticket is read")
  func unplaced() throws {
    let odd = #"{"id": 1, "requester_id": 5, "responder_id": 6, "conversations": [{"body_text": "hi", "private": false}]}"#
    let good = #"{"id": 2, "requester_id": 5, "responder_id": 6, "status": 3, "source": 7, "conversations": [{"body_text": "hello", "incoming": true, "private": false}]}"#
    let lines = try TestSupport.temporaryFile(odd + "\n" + good + "\n", name: "tickets.ndjson")
    let (contacts, summary) = ingestAll(lines)
    #expect(summary.format == .freshdeskJSON)
    #expect(contacts.map(\.id) == ["2"] && summary.rejected == 1 && summary.problems.first?.line == 1)
    #expect(summary.problems.first?.message.contains("conversation 1 of ticket 1 does not say whether it is incoming") == true)
    #expect(contacts.first?.status == .pending && contacts.first?.channel == "chat")
  }

  @Test("Detected from content, apart from Zendesk's JSON and the CSV export")
  func detection() throws {
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(InputFormat.detect(prefix: Array(bytes)) == .freshdeskJSON)
    let zendesk = try Data(contentsOf: URL(fileURLWithPath: TestSupport.fixture("vendors/zendesk-json/tickets.ndjson")))
    #expect(InputFormat.detect(prefix: Array(zendesk)) == .zendeskJSON)
    let csv = try Data(contentsOf: URL(fileURLWithPath: TestSupport.fixture("vendors/freshdesk-csv/tickets.csv")))
    #expect(InputFormat.detect(prefix: Array(csv)) == .freshdeskCSV)
  }
}
