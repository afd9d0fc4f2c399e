import Foundation
import Testing
@testable import CallAuditIngestion
@testable import CallAuditModel

@Suite("Gorgias tickets (JSON)")
struct GorgiasTicketsTests {
  // fixtures/vendors/gorgias-json/tickets.json follows Gorgias's REST API reference (the
  // Ticket and TicketMessage objects); the tickets are invented.
  private let path = TestSupport.fixture("vendors/gorgias-json/tickets.json")

  @Test("Tickets read their public messages by from_agent; internal notes are left out")
  func fixture() throws {
    let (contacts, summary) = ingestAll(path)
    #expect(summary.format == .gorgiasTickets)
    #expect(summary.records == 2 && summary.accepted == 2 && summary.rejected == 0)
    let refund = contacts[0]
    #expect(refund.id == "3101" && refund.channel == "email" && refund.status == .closed && refund.site == "71")
    #expect(refund.customerID == "5501" && refund.agentID == "6601" && refund.csat == 4)
    #expect(refund.openedAt == Timestamp(iso8601: "2026-11-20T14:02:11Z"))
    #expect(refund.closedAt == Timestamp(iso8601: "2026-11-21T09:30:40Z"))
    #expect(refund.turns.map(\.speaker) == [.customer, .agent, .customer])
    #expect(!refund.turns.contains { $0.text.contains("Warehouse") })
    // Sent time wins over creation; an HTML body is read as text.
    #expect(refund.turns[1].at == Timestamp(iso8601: "2026-11-20T15:12:03Z") && refund.turns[2].text == "Got it, thanks!")

    // Unassigned: the agent who answered is the contact's agent.
    let fee = contacts[1]
    #expect(fee.status == .open && fee.channel == "chat" && fee.agentID == "6602" && fee.csat == nil)
    #expect(fee.turns.map(\.speaker) == [.customer, .agent])
  }

  @Test("Teams named in --sites give the tickets their sourcing")
  func sites() {
    let (contacts, _) = ingestAll(path, options: IngestionOptions(sites: SiteDirectory(["71": .outsourced, "72": .inHouse])))
    #expect(contacts.map(\.sourcing) == [.outsourced, .inHouse])
  }

  @Test("A message that does not say who sent it is rejected with the line and why; a page under data reads")
  func refused() throws {
    let page = #"""
      {"data": [
        {"id": 1, "created_datetime": "2026-11-22T18:45:00+00:00", "messages": [{"public": true, "body_text": "hi"}]},
        {"id": 2, "created_datetime": "2026-11-22T18:45:00+00:00", "messages": [{"public": true, "from_agent": false, "body_text": "hello"}]}
      ], "meta": {"next_cursor": null}, "object": "list", "uri": "/api/tickets"}
      """#
    let input = try TestSupport.temporaryFile(page, name: "tickets.json")
    let (contacts, summary) = ingestAll(input)
    #expect(summary.format == .gorgiasTickets)
    #expect(contacts.map(\.id) == ["2"] && summary.rejected == 1 && summary.problems.first?.line == 2)
    #expect(summary.problems.first?.message.contains("message 1 of ticket 1 does not say whether it is from_agent") == true)
  }

  @Test("Detected from content; the other JSON ticket layouts keep their formats")
  func detection() throws {
    func detected(_ path: String) throws -> InputFormat? {
      InputFormat.detect(prefix: Array(try Data(contentsOf: URL(fileURLWithPath: TestSupport.fixture(path)))))
    }
    #expect(try detected("vendors/gorgias-json/tickets.json") == .gorgiasTickets)
    #expect(try detected("vendors/freshdesk-json/tickets.json") == .freshdeskJSON)
    #expect(try detected("vendors/zendesk-json/tickets.ndjson") == .zendeskJSON)
    #expect(try detected("vendors/intercom-conversations/conversations.json") == .intercomConversations)
  }
}
