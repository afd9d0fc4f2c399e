import Foundation
import Testing
@testable import CallAuditIngestion
@testable import CallAuditModel

@Suite("Amazon Transcribe Call Analytics")
struct TranscribeCallAnalyticsTests {
  @Test("The fixture reads as one call: turns by speaker, consecutive segments joined, its length")
  func fixture() throws {
    // fixtures/vendors/transcribe-call-analytics/call.json follows the layout in the
    // Amazon Transcribe developer guide ("Call Analytics output"); the call is invented.
    let (contacts, summary) = ingestAll(TestSupport.fixture("vendors/transcribe-call-analytics/call.json"))
    #expect(summary.format == .transcribeCallAnalytics)
    #expect(summary.records == 1 && summary.accepted == 1 && summary.rejected == 0)
    let call = try #require(contacts.first)
    #expect(call.id == "northwind-call-0042" && call.channel == "call" && call.handleSeconds == 95)
    #expect(call.turns.map(\.speaker) == [.agent, .customer, .agent, .customer, .agent, .customer])
    #expect(call.turns[1].text.hasSuffix("goes red. This is the third time I am calling."))
    #expect(call.answered == true && call.openedAt == nil && call.customerID == nil)
    // Amazon's own categories and sentiment are kept as evidence, measured from nothing.
    #expect(call.vendorLabels == ["categories: Greeting", "sentiment (−5 to 5): customer -3.1, agent 1.2"])
  }

  @Test("The real AWS sample is detected and read in place (aws-samples, MIT-0; realdata/PROVENANCE.md)")
  func real() throws {
    try #require(RealSamplePaths.available, "the real samples are not on this machine")
    let path = RealSamplePaths.path("transcribe-call-analytics-aws-samples/example-call.json")
    let prefix = try Data(contentsOf: URL(fileURLWithPath: path)).prefix(1 << 16)
    #expect(InputFormat.detect(prefix: Array(prefix)) == .transcribeCallAnalytics)
    let (contacts, summary) = ingestAll(path, options: IngestionOptions(defaultProvider: "Anchor Credit Union"))
    #expect(summary.records == 1 && summary.accepted == 1)
    let call = try #require(contacts.first)
    #expect(call.provider == "Anchor Credit Union" && call.turns.first?.speaker == .agent)
    #expect(call.turns.first?.text.hasPrefix("Thank you for calling Anchor Credit Union") == true)
    #expect(call.turns.count > 10)
    // Consecutive segments of one speaker are one turn: speakers alternate.
    #expect(zip(call.turns, call.turns.dropFirst()).allSatisfy { $0.speaker != $1.speaker })
    #expect(call.vendorLabels == ["categories: No_Closing_Remark", "sentiment (−5 to 5): customer 1.8, agent 2.4"])
  }

  @Test(
    "Documents that are not a call are rejected with the line and why; the file goes on",
    arguments: [
      (#"{"Transcript": [{"ParticipantRole": "AGENT", "Content": "hi"}]}"#, "no JobName"),
      (#"{"JobName": "j", "Transcript": [{"ParticipantRole": "AGENT", "Content": "a\qb"}]}"#, "not well-formed JSON: a bad escape"),
      (#"{"JobName": "j", "Transcript": [{"ParticipantRole": "MANAGER", "Content": "hi"}]}"#, "not AGENT or CUSTOMER"),
      (#"{"JobName": "j", "Transcript": [{"ParticipantRole": "AGENT", "Content": "hi"}"#, "cut short"),
    ])
  func rejected(document: String, reason: String) throws {
    let good = #"{"JobName": "ok", "Transcript": [{"ParticipantRole": "CUSTOMER", "Content": "hello"}]}"#
    let path = try TestSupport.temporaryFile(good + "\n" + document + "\n", name: "calls.json")
    let (contacts, summary) = ingestAll(path, format: .transcribeCallAnalytics)
    #expect(contacts.map(\.id) == ["ok"])
    #expect(summary.records == 2 && summary.accepted == 1 && summary.rejected == 1)
    #expect(summary.problems.first?.line == 2)
    #expect(summary.problems.first?.message.contains(reason) == true, "\(summary.problems)")
  }

  @Test("Contact Lens output, which also has a Transcript, is not taken for Call Analytics")
  func contactLensIsNot() {
    let lens = #"{"Version": "1.1.0", "CustomerMetadata": {"ContactId": "x"}, "Participants": [{"ParticipantId": "A", "ParticipantRole": "AGENT"}], "Transcript": []}"#
    #expect(InputFormat.detect(prefix: Array(lens.utf8)) != .transcribeCallAnalytics)
  }
}
