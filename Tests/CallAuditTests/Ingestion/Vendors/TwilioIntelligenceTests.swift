import Foundation
import Testing
@testable import CallAuditIngestion
@testable import CallAuditModel

@Suite("Twilio Conversational Intelligence transcripts (JSON)")
struct TwilioIntelligenceTests {
  // Written from Twilio's Transcript resource and Transcript Sentence subresource
  // references: the Transcript with its Sentences list under "sentences"; the call is invented.
  private let path = TestSupport.fixture("vendors/twilio-intelligence/GT4b8e1f0a9c2d47e6b5a3f1e0d9c8b7a6.json")

  @Test("A transcript reads as one call: sentences joined to their participants by media_channel, timed from the media's start")
  func fixture() throws {
    let (contacts, summary) = ingestAll(path)
    #expect(summary.format == .twilioIntelligence)
    #expect(summary.records == 1 && summary.accepted == 1 && summary.rejected == 0)
    let call = try #require(contacts.first)
    #expect(call.id == "GT4b8e1f0a9c2d47e6b5a3f1e0d9c8b7a6" && call.channel == "call")
    #expect(call.agentID == "agent-0815" && call.customerID == "+15550106632")
    #expect(call.site == "GA7c6b5a49382716f5e4d3c2b1a0f9e8d7")
    #expect(call.openedAt == Timestamp(iso8601: "2026-12-02T14:30:05Z") && call.handleSeconds == 212)
    #expect(call.turns.map(\.speaker) == [.agent, .customer, .agent, .customer])
    #expect(call.turns[1].text == "Hi, I was charged twice for November. Both payments left my account on the first.")
    #expect(call.turns[2].text.hasSuffix("refunded it today."))
    #expect(call.turns[2].at == Timestamp(iso8601: "2026-12-02T14:30:17Z"))
  }

  @Test("Intelligence services named in --sites give the call its sourcing")
  func sites() {
    let vendor = ingestAll(path, options: IngestionOptions(sites: SiteDirectory(["GA7c6b5a49382716f5e4d3c2b1a0f9e8d7": .outsourced])))
    #expect(vendor.contacts.map(\.sourcing) == [.outsourced])
    let own = ingestAll(path, options: IngestionOptions(sites: SiteDirectory(["GA7c6b5a49382716f5e4d3c2b1a0f9e8d7": .inHouse])))
    #expect(own.contacts.map(\.sourcing) == [.inHouse])
  }

  @Test("A sentence on a channel no participant has is rejected with its line and why; the next transcript is read")
  func unknownChannel() throws {
    let participants = #""channel": {"participants": [{"channel_participant": 1, "role": "Agent"}, {"channel_participant": 2, "role": "Customer"}]}"#
    let odd = #"{"sid": "GT1", "# + participants + #", "sentences": [{"media_channel": 1, "sentence_index": 0, "transcript": "hello"}, {"media_channel": 3, "sentence_index": 1, "transcript": "who is on three"}]}"#
    let good = #"{"sid": "GT2", "# + participants + #", "sentences": [{"media_channel": 2, "sentence_index": 0, "transcript": "my bill is wrong"}]}"#
    let lines = try TestSupport.temporaryFile(odd + "\n" + good + "\n", name: "transcripts.ndjson")
    let (contacts, summary) = ingestAll(lines)
    #expect(summary.format == .twilioIntelligence)
    #expect(contacts.map(\.id) == ["GT2"] && summary.rejected == 1 && summary.problems.first?.line == 1)
    let message = try #require(summary.problems.first?.message)
    #expect(message.contains("sentence 2 of transcript GT1") && message.contains("media_channel 3"))
  }

  @Test("Sentences saved out of order read by sentence_index; an AI agent speaks as the system")
  func order() throws {
    let document = #"{"sid": "GT3", "channel": {"participants": [{"channel_participant": 1, "role": "AI_AGENT"}, {"channel_participant": 2, "role": "CUSTOMER"}]}, "sentences": [{"media_channel": 2, "sentence_index": 1, "transcript": "second"}, {"media_channel": 1, "sentence_index": 0, "transcript": "first"}]}"#
    let path = try TestSupport.temporaryFile(document, name: "GT3.json")
    let call = try #require(ingestAll(path).contacts.first)
    #expect(call.turns.map(\.text) == ["first", "second"] && call.turns.map(\.speaker) == [.system, .customer])
    #expect(call.answered == nil && call.openedAt == nil)
  }

  @Test("A Transcript saved without its sentences is refused, saying how to save it")
  func withoutSentences() throws {
    let document = #"{"sid": "GT4", "channel": {"participants": [{"channel_participant": 1, "role": "Agent"}]}, "media_channel": 1, "sentences_url": "x", "sentences": null}"#
    let path = try TestSupport.temporaryFile(document, name: "GT4.json")
    let (contacts, summary) = ingestAll(path, format: .twilioIntelligence)
    #expect(contacts.isEmpty && summary.rejected == 1)
    #expect(summary.problems.first?.message.contains("under sentences") == true)
  }
}
