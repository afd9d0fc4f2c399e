import Foundation
import Testing
@testable import CallAuditIngestion
@testable import CallAuditModel

@Suite("Zendesk ticket events (JSON)")
struct ZendeskTicketEventsTests {
  // fixtures/vendors/zendesk-ticket-events/ticket-events.json follows the incremental ticket
  // event export with include=comment_events and the Ticket Audit events reference; the
  // tickets are invented.
  private let path = TestSupport.fixture("vendors/zendesk-ticket-events/ticket-events.json")

  @Test("Updates are gathered into tickets: public comments in order, private ones and deleted tickets left out")
  func fixture() throws {
    let (contacts, summary) = ingestAll(path)
    #expect(summary.format == .zendeskTicketEvents)
    #expect(summary.records == 8 && summary.accepted == 8 && summary.rejected == 0)
    #expect(contacts.map(\.id) == ["1701", "1702"])
    let outage = contacts[0]
    #expect(outage.channel == "email" && outage.site == "360003" && outage.agentID == "9301" && outage.customerID == "9201")
    #expect(outage.status == .resolved && outage.openedAt == Timestamp(iso8601: "2026-12-05T09:30:00Z"))
    #expect(outage.closedAt == Timestamp(iso8601: "2026-12-05T15:00:00Z") && outage.updatedAt == outage.closedAt)
    #expect(outage.turns.map(\.speaker) == [.customer, .agent, .customer])
    #expect(!outage.turns.contains { $0.text.contains("field team") })
    #expect(outage.turns[1].text.hasPrefix("There is an outage in your area"))

    // Created before the export's window: no opening, no channel, no requester named.
    let sim = contacts[1]
    #expect(sim.openedAt == nil && sim.channel == nil && sim.status == .open && sim.site == "360004")
    #expect(sim.customerID == "9202" && sim.turns.map(\.speaker) == [.customer, .agent])
    #expect(summary.notes.contains { $0.hasPrefix("1 ticket without a requester in the export's window") })
    #expect(summary.notes.contains("left out: 1 ticket deleted in Zendesk"))
  }

  @Test("Groups named in --sites give the tickets their sourcing")
  func sites() {
    let (contacts, _) = ingestAll(path, options: IngestionOptions(sites: SiteDirectory(["360003": .outsourced, "360004": .inHouse])))
    #expect(contacts.map(\.sourcing) == [.outsourced, .inHouse])
  }

  @Test("An event without its ticket, or a comment without an author, is rejected with its line; the others are read")
  func refused() throws {
    let orphan = #"{"id": 1, "created_at": "2026-12-05T09:00:00Z", "child_events": []}"#
    let named = #"{"id": 2, "ticket_id": 5, "created_at": "2026-12-05T09:00:00Z", "child_events": [{"event_type": "Create", "field_name": "requester_id", "value": 77}, {"event_type": "Comment", "author_id": 88, "body": "Hello from the agent.", "public": true}]}"#
    let anonymous = #"{"id": 3, "ticket_id": 5, "created_at": "2026-12-05T09:05:00Z", "child_events": [{"event_type": "Comment", "body": "who wrote this?", "public": true}]}"#
    let reply = #"{"id": 4, "ticket_id": 5, "timestamp": 1764925800, "child_events": [{"type": "Comment", "author_id": 77, "body": "Thanks.", "public": true}]}"#
    let input = try TestSupport.temporaryFile([orphan, named, anonymous, reply].joined(separator: "\n") + "\n", name: "events.json")
    let (contacts, summary) = ingestAll(input)
    #expect(summary.format == .zendeskTicketEvents)
    #expect(summary.accepted == 2 && summary.rejected == 2 && summary.problems.map(\.line) == [1, 3])
    #expect(summary.problems.last?.message.contains("a comment without an author_id") == true)
    // A field named by field_name and value reads like one named by its key.
    #expect(contacts.map(\.id) == ["5"] && contacts.first?.customerID == "77")
    #expect(contacts.first?.turns.map(\.speaker) == [.agent, .customer])
    #expect(contacts.first?.turns.last?.at == Timestamp(secondsSinceEpoch: 1_764_925_800))
  }

  @Test("Detected from content, apart from the ticket export")
  func detection() throws {
    func detected(_ path: String) throws -> InputFormat? {
      InputFormat.detect(prefix: Array(try Data(contentsOf: URL(fileURLWithPath: TestSupport.fixture(path)))))
    }
    #expect(try detected("vendors/zendesk-ticket-events/ticket-events.json") == .zendeskTicketEvents)
    #expect(try detected("vendors/zendesk-json/tickets.ndjson") == .zendeskJSON)
    #expect(try detected("vendors/zendesk-json/incremental-page.json") == .zendeskJSON)
  }
}
