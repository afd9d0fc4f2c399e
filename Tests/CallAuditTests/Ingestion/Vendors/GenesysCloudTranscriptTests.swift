import Foundation
import Testing
@testable import CallAuditIngestion
@testable import CallAuditModel

@Suite("Genesys Cloud transcripts (JSON)")
struct GenesysCloudTranscriptTests {
  // Written from the transcript schema of "Transcript URL" (Genesys Cloud developer center);
  // the call is invented.
  private let path = TestSupport.fixture(
    "vendors/genesys-cloud-transcript/3f1c9a52-7d0e-4b8a-9c61-5e2f0a4d7b19.json")

  @Test("A transcript file reads as one call: speakers by purpose, the IVR apart, agent, queue, caller and times")
  func fixture() throws {
    let (contacts, summary) = ingestAll(path)
    #expect(summary.format == .genesysCloudTranscript)
    #expect(summary.records == 1 && summary.accepted == 1 && summary.rejected == 0)
    let call = try #require(contacts.first)
    #expect(call.id == "3f1c9a52-7d0e-4b8a-9c61-5e2f0a4d7b19" && call.channel == "call")
    #expect(call.agentID == "a4e81c2f-9b37-4d05-8f6a-2c1d7e3b9a58" && call.site == "q-tier1-external")
    #expect(call.customerID == "tel:+15550104477")
    #expect(call.openedAt == Timestamp(iso8601: "2026-12-01T09:00:00Z"))
    #expect(call.handleSeconds == 94 && call.answered == true)
    // The IVR's greeting is said while only the IVR is on the call; the agent's two
    // phrases in a row make one turn, as do the customer's.
    #expect(call.turns.map(\.speaker) == [.system, .agent, .customer, .agent, .customer])
    #expect(call.turns[2].text == "My internet drops every evening around eight. It has been like this for a week.")
    #expect(call.turns[3].text.hasSuffix("booked an engineer for Thursday."))
    #expect(call.turns[1].at == Timestamp(iso8601: "2026-12-01T09:00:41Z"))
    // Genesys's own topics and the customer's phrase sentiment are kept as evidence.
    #expect(call.vendorLabels == ["topics: Technician Visit", "customer sentiment (−1 to 1): -0.60 over 1 phrase"])
  }

  @Test("Queues named in --sites give the call its sourcing")
  func sites() {
    let outsourced = ingestAll(path, options: IngestionOptions(sites: SiteDirectory(["q-tier1-external": .outsourced])))
    #expect(outsourced.contacts.map(\.sourcing) == [.outsourced])
    let inHouse = ingestAll(path, options: IngestionOptions(sites: SiteDirectory(["q-tier1-external": .inHouse])))
    #expect(inHouse.contacts.map(\.sourcing) == [.inHouse])
  }

  @Test("A phrase of no known purpose is rejected with its line and why; the next file's call is read")
  func unknownPurpose() throws {
    let odd = #"{"conversationId": "c-1", "transcripts": [{"phrases": [{"text": "hello", "participantPurpose": "internal"}, {"text": "who is this", "participantPurpose": "robot"}]}]}"#
    let good = #"{"conversationId": "c-2", "transcripts": [{"phrases": [{"text": "my bill is wrong", "participantPurpose": "external"}]}]}"#
    let lines = try TestSupport.temporaryFile(odd + "\n" + good + "\n", name: "transcripts.ndjson")
    let (contacts, summary) = ingestAll(lines)
    #expect(summary.format == .genesysCloudTranscript)
    #expect(contacts.map(\.id) == ["c-2"] && summary.rejected == 1 && summary.problems.first?.line == 1)
    let message = try #require(summary.problems.first?.message)
    #expect(message.contains("phrase 2 of conversation c-1") && message.contains("\"robot\""))
  }

  @Test("Without participants every internal phrase is the agent's, and offsets are not times of day")
  func internalWithoutParticipants() throws {
    let document = #"{"conversationId": "c-3", "transcripts": [{"phrases": [{"text": "hello", "participantPurpose": "internal", "startTimeMs": 1200}, {"text": "hi", "participantPurpose": "external", "startTimeMs": 3000}]}]}"#
    let path = try TestSupport.temporaryFile(document, name: "c-3.json")
    let (contacts, _) = ingestAll(path)
    let call = try #require(contacts.first)
    #expect(call.turns.map(\.speaker) == [.agent, .customer] && call.openedAt == nil && call.channel == nil)
  }

  @Test("Phrases of two transcripts are put in time order")
  func interleaved() throws {
    let document = #"{"conversationId": "c-4", "transcripts": [{"phrases": [{"text": "first", "participantPurpose": "external", "startTimeMs": 1796115601000}, {"text": "third", "participantPurpose": "external", "startTimeMs": 1796115609000}]}, {"phrases": [{"text": "second", "participantPurpose": "internal", "startTimeMs": 1796115605000}]}]}"#
    let path = try TestSupport.temporaryFile(document, name: "c-4.json")
    let (contacts, _) = ingestAll(path)
    #expect(contacts.first?.turns.map(\.text) == ["first", "second", "third"])
  }
}
