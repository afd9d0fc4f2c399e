import Foundation
import Testing
@testable import CallAuditIngestion
@testable import CallAuditModel

@Suite("Help Scout conversations (JSON)")
struct HelpScoutConversationsTests {
  // fixtures/vendors/helpscout-conversations/conversations.json follows the Mailbox API 2.0
  // reference (a page of conversations with embedded threads); the conversations are invented.
  private let path = TestSupport.fixture("vendors/helpscout-conversations/conversations.json")

  @Test("A page of the list reads every conversation: threads in time order, notes and line items left out")
  func fixture() throws {
    let (contacts, summary) = ingestAll(path)
    #expect(summary.format == .helpScoutConversations)
    #expect(summary.records == 2 && summary.accepted == 2 && summary.rejected == 0)
    let router = contacts[0]
    #expect(router.id == "2391938111" && router.channel == "email" && router.status == .closed && router.site == "85")
    #expect(router.customerID == "12" && router.agentID == "256")
    #expect(router.openedAt == Timestamp(iso8601: "2026-11-28T09:12:00Z"))
    // The API lists threads newest first; the turns come oldest first.
    #expect(router.turns.map(\.speaker) == [.customer, .agent, .customer])
    #expect(router.turns[0].text.hasPrefix("My router reboots itself"))
    #expect(router.turns[1].text.contains("We're sorry to hear that.\nPlease restart your router"))
    #expect(!router.turns.contains { $0.text.contains("Third ticket") })

    let chat = contacts[1]
    #expect(chat.channel == "chat" && chat.status == .open && chat.agentID == "257" && chat.customerID == "13")
    #expect(chat.turns.map(\.speaker) == [.customer, .agent])
  }

  @Test("A thread callaudit cannot place is rejected with the line and why; the next conversation is read")
  func unplaced() throws {
    let odd = #"{"id": 1, "mailboxId": 1, "_embedded": {"threads": [{"type": "chat", "body": "hi", "createdBy": {"type": "robot"}}]}}"#
    let good = #"{"id": 2, "mailboxId": 1, "_embedded": {"threads": [{"type": "customer", "body": "hello", "createdBy": {"type": "customer", "id": 5}}]}}"#
    let lines = try TestSupport.temporaryFile(odd + "\n" + good + "\n", name: "conversations.ndjson")
    let (contacts, summary) = ingestAll(lines)
    #expect(summary.format == .helpScoutConversations)
    #expect(contacts.map(\.id) == ["2"] && summary.rejected == 1 && summary.problems.first?.line == 1)
    #expect(summary.problems.first?.message.contains("\"chat\" by \"robot\"") == true)
  }

  @Test("Mailboxes named in --sites give the conversations their sourcing")
  func sites() {
    let (contacts, _) = ingestAll(path, options: IngestionOptions(sites: SiteDirectory(["85": .outsourced, "86": .inHouse])))
    #expect(contacts.map(\.sourcing) == [.outsourced, .inHouse])
  }
}
