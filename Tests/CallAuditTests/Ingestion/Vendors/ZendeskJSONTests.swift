import Foundation
import Testing
@testable import CallAuditIngestion
@testable import CallAuditModel

@Suite("Zendesk tickets (JSON)")
struct ZendeskJSONTests {
  // fixtures/vendors/zendesk-json follows the Support API's ticket and ticket comment
  // objects and the incremental ticket export's page; the tickets are invented.
  private let lines = TestSupport.fixture("vendors/zendesk-json/tickets.ndjson")
  private let page = TestSupport.fixture("vendors/zendesk-json/incremental-page.json")

  @Test("An account export, one ticket per line, speaks in its public comments; private ones are left out")
  func accountExport() throws {
    let (contacts, summary) = ingestAll(lines)
    #expect(summary.format == .zendeskJSON)
    #expect(summary.records == 3 && summary.accepted == 3 && summary.rejected == 0)
    let drops = contacts[0]
    #expect(drops.id == "1501" && drops.channel == "email" && drops.status == .resolved && drops.site == "360001")
    #expect(drops.customerID == "9001" && drops.agentID == "9101" && drops.csat == 5)
    #expect(drops.openedAt == Timestamp(iso8601: "2026-11-30T08:14:00Z"))
    #expect(drops.closedAt == Timestamp(iso8601: "2026-11-30T15:02:00Z"))
    // The requester's comments are the customer's; the private note is not a turn.
    #expect(drops.turns.map(\.speaker) == [.customer, .agent, .customer])
    #expect(!drops.turns.contains { $0.text.contains("copper pair") })
    #expect(drops.turns[1].at == Timestamp(iso8601: "2026-11-30T09:05:00Z"))

    let bill = contacts[1]
    #expect(bill.channel == "call" && bill.status == .open && bill.site == "360002" && bill.csat == nil)
    #expect(bill.turns.map(\.speaker) == [.agent, .customer])
    // A comment with only an HTML body is read as text.
    #expect(bill.turns[1].text == "Thanks, I will look at them.\nIs there anything without a contract?")

    let merged = contacts[2]
    #expect(merged.status == .closed && merged.resolution == "duplicate" && merged.channel == "web")
  }

  @Test("A page of the incremental export reads its tickets by their descriptions; a deleted ticket is rejected")
  func incrementalPage() throws {
    let (contacts, summary) = ingestAll(page)
    #expect(summary.format == .zendeskJSON)
    #expect(contacts.map(\.id) == ["1601", "1603"] && summary.records == 3 && summary.rejected == 1)
    #expect(summary.problems.first?.line == 22)
    #expect(summary.problems.first?.message.contains("ticket 1602 was deleted") == true)
    let move = contacts[0]
    #expect(move.status == .pending && move.channel == "web" && move.agentID == "9103")
    #expect(move.turns.map(\.speaker) == [.customer] && move.turns[0].text.hasPrefix("I am moving on the 15th."))
    // Submitted by an agent on the requester's behalf: the description is the agent's.
    let router = contacts[1]
    #expect(router.status == .pending && router.customerID == "9005" && router.turns.map(\.speaker) == [.agent])
  }

  @Test("Groups named in --sites give the tickets their sourcing")
  func sites() {
    let options = IngestionOptions(sites: SiteDirectory(["360001": .outsourced, "360002": .inHouse]))
    let (contacts, _) = ingestAll(lines, options: options)
    #expect(contacts.map(\.sourcing) == [.outsourced, .inHouse, .outsourced])
  }

  @Test("A comment without an author is rejected with the line and why; the next ticket is read")
  func unplaced() throws {
    let odd = #"{"id": 1, "via": {"channel": "email"}, "requester_id": 5, "submitter_id": 5, "comments": [{"body": "hi", "public": true}]}"#
    let good = #"{"id": 2, "via": {"channel": 4}, "requester_id": 5, "submitter_id": 5, "comments": [{"body": "hello", "public": true, "author_id": 5}]}"#
    let input = try TestSupport.temporaryFile(odd + "\n" + good + "\n", name: "tickets.json")
    let (contacts, summary) = ingestAll(input)
    #expect(summary.format == .zendeskJSON)
    #expect(contacts.map(\.id) == ["2"] && summary.rejected == 1 && summary.problems.first?.line == 1)
    #expect(summary.problems.first?.message.contains("comment 1 of ticket 1 has no author_id") == true)
    // A via id written as a number is read like the XML export's via-id.
    #expect(contacts.first?.channel == "email" && contacts.first?.turns.map(\.speaker) == [.customer])
  }

  @Test("Detected from content; other JSON layouts keep their formats")
  func detection() throws {
    func detected(_ path: String) throws -> InputFormat? {
      InputFormat.detect(prefix: Array(try Data(contentsOf: URL(fileURLWithPath: TestSupport.fixture(path)))))
    }
    #expect(try detected("vendors/zendesk-json/tickets.ndjson") == .zendeskJSON)
    #expect(try detected("vendors/zendesk-json/incremental-page.json") == .zendeskJSON)
    #expect(try detected("vendors/intercom-conversations/conversations.json") == .intercomConversations)
    #expect(try detected("vendors/helpscout-conversations/conversations.json") == .helpScoutConversations)
    #expect(try detected("clutter/tickets.json") == nil)
    // A Freshdesk ticket has a requester_id too, but no submitter_id or via.
    let freshdesk = #"{"id": 1, "requester_id": 2, "responder_id": 3, "source": 1, "status": 2}"#
    #expect(InputFormat.detect(prefix: Array(freshdesk.utf8)) != .zendeskJSON)
  }
}
