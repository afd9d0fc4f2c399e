import Foundation
import Testing
@testable import CallAuditIngestion
@testable import CallAuditModel

@Suite("Intercom conversations (JSON)")
struct IntercomConversationsTests {
  // fixtures/vendors/intercom-conversations/conversations.json follows Intercom's REST
  // API reference (conversation and conversation-part models); the conversations are invented.
  private let path = TestSupport.fixture("vendors/intercom-conversations/conversations.json")

  @Test("A conversation.list reads every conversation: HTML bodies as text, notes and empty parts left out")
  func fixture() throws {
    let (contacts, summary) = ingestAll(path)
    #expect(summary.format == .intercomConversations)
    #expect(summary.records == 2 && summary.accepted == 2 && summary.rejected == 0)
    let outage = contacts[0]
    #expect(outage.id == "1911149811" && outage.channel == "chat" && outage.status == .closed && outage.csat == 1)
    #expect(outage.customerID == "6762f0b61bb69f9f2193bb7a" && outage.agentID == "991267" && outage.site == "5017691")
    #expect(outage.openedAt == Timestamp(secondsSinceEpoch: 1_764_579_600))
    // The bot's reply is a system turn; the internal note, the assignment and the closing are not turns.
    #expect(outage.turns.map(\.speaker) == [.customer, .system, .agent, .customer])
    #expect(outage.turns[2].text.hasPrefix("I'm sorry to hear that."))
    #expect(!outage.turns.contains { $0.text.contains("third contact this week") })
    #expect(outage.turns[3].text == "I restarted it twice already, it is still down.")

    let invoice = contacts[1]
    #expect(invoice.channel == "email" && invoice.agentID == "991270" && invoice.site == nil && invoice.csat == nil)
    #expect(invoice.turns.map(\.speaker) == [.customer, .agent, .customer])
  }

  @Test("Teams named in --sites give the conversations their sourcing")
  func sites() {
    let options = IngestionOptions(sites: SiteDirectory(["5017691": .outsourced]))
    let (contacts, _) = ingestAll(path, options: options)
    #expect(contacts.map(\.sourcing) == [.outsourced, .unknown])
  }

  @Test("One conversation per line reads too; a message by an unknown kind of author is rejected with its line")
  func lines() throws {
    let good = #"{"type": "conversation", "id": 5, "source": {"body": "<p>hello</p>", "author": {"type": "user", "id": "u1"}}, "conversation_parts": {"conversation_parts": []}}"#
    let odd = #"{"type": "conversation", "id": 6, "source": {"body": "<p>hi</p>", "author": {"type": "alien"}}, "conversation_parts": {"conversation_parts": []}}"#
    let lines = try TestSupport.temporaryFile(good + "\n" + odd + "\n", name: "conversations.ndjson")
    let (contacts, summary) = ingestAll(lines)
    #expect(summary.format == .intercomConversations)
    #expect(contacts.map(\.id) == ["5"] && summary.rejected == 1)
    #expect(summary.problems.first?.line == 2)
    #expect(summary.problems.first?.message.contains("author of type \"alien\"") == true)
  }
}
