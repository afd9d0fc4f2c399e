import Foundation
import Testing
@testable import CallAuditIngestion
@testable import CallAuditModel

@Suite("Speech-analytics transcripts: Contact Lens and CCAI Insights")
struct SpeechAnalyticsFormatsTests {
  private static let lensFile =
    "vendors/contact-lens/Analysis/Voice/2026/11/30/0d7c5a1e-4b1f-4c55-9a0e-2f6b8e3c1d42_analysis_2026-11-30T10:15:02Z.json"

  @Test("A Contact Lens file reads as one call: its contact id, speakers by participant, its length")
  func contactLens() throws {
    // Written from "Example Contact Lens output files" (Amazon Connect administrator guide).
    let (contacts, summary) = ingestAll(TestSupport.fixture(Self.lensFile))
    #expect(summary.format == .contactLens)
    #expect(summary.records == 1 && summary.accepted == 1 && summary.rejected == 0)
    let call = try #require(contacts.first)
    #expect(call.id == "0d7c5a1e-4b1f-4c55-9a0e-2f6b8e3c1d42" && call.handleSeconds == 61 && call.answered == true)
    #expect(call.turns.map(\.speaker) == [.agent, .customer, .agent, .customer, .agent, .customer])
    #expect(call.turns[2].text.hasSuffix("starting today."))
  }

  @Test("Contact Lens: a speaker the Participants do not name is rejected with its line and why")
  func contactLensUnknownSpeaker() throws {
    let document = #"{"CustomerMetadata": {"ContactId": "c-1"}, "Participants": [{"ParticipantId": "AGENT", "ParticipantRole": "AGENT"}], "Transcript": [{"ParticipantId": "X9", "Content": "hello"}]}"#
    let path = try TestSupport.temporaryFile(document, name: "lens.json")
    let (contacts, summary) = ingestAll(path)
    #expect(summary.format == .contactLens && contacts.isEmpty && summary.rejected == 1)
    #expect(summary.problems.first?.message.contains("spoken by \"X9\"") == true)
  }

  @Test("A CCAI Insights file reads as one conversation named by its file, timed, the virtual agent apart")
  func ccaiInsights() throws {
    // Written from "Conversation data format" (Contact Center AI Insights documentation).
    let (contacts, summary) = ingestAll(TestSupport.fixture("vendors/ccai-insights/conversation-7781.json"))
    #expect(summary.format == .ccaiInsights)
    #expect(summary.records == 1 && summary.accepted == 1)
    let conversation = try #require(contacts.first)
    #expect(conversation.id == "conversation-7781")
    #expect(conversation.openedAt == Timestamp(secondsSinceEpoch: 1_764_498_600))
    #expect(conversation.turns.map(\.speaker) == [.system, .customer, .system, .agent, .customer, .agent])
    #expect(conversation.turns.last?.text.hasSuffix("help you with today?") == true)
  }

  @Test("CCAI Insights: offsets from the start of a call are not read as times of day")
  func ccaiOffsets() throws {
    let document = #"{"entries": [{"start_timestamp_usec": 1000000, "text": "Hello, I'm calling about my bill", "role": "CUSTOMER", "user_id": 1}, {"start_timestamp_usec": 5000000, "text": "Yes, I can answer that", "role": "AGENT", "user_id": 2}]}"#
    let path = try TestSupport.temporaryFile(document, name: "offsets.json")
    let (contacts, _) = ingestAll(path)
    #expect(contacts.first?.id == "offsets" && contacts.first?.openedAt == nil)
  }

  @Test("analyze reads a folder of every speech-analytics format and the real Transcribe sample, each detected")
  func folder() throws {
    let folder = try TestSupport.temporaryDirectory()
    let files = [
      TestSupport.fixture("vendors/transcribe-call-analytics/call.json"),
      TestSupport.fixture(Self.lensFile),
      TestSupport.fixture("vendors/ccai-insights/conversation-7781.json"),
      TestSupport.fixture("vendors/genesys-cloud-transcript/3f1c9a52-7d0e-4b8a-9c61-5e2f0a4d7b19.json"),
      TestSupport.fixture("vendors/twilio-intelligence/GT4b8e1f0a9c2d47e6b5a3f1e0d9c8b7a6.json"),
    ] + (RealSamplePaths.available ? [RealSamplePaths.path("transcribe-call-analytics-aws-samples/example-call.json")] : [])
    for (index, file) in files.enumerated() {
      try FileManager.default.copyItem(
        atPath: file, toPath: folder.appendingPathComponent("\(index)-" + (file as NSString).lastPathComponent).path)
    }
    let run = try TestSupport.runCallaudit(["analyze", folder.path, "--provider", "Northwind", "--format", "json"])
    #expect(run.status == 0, "\(run.standardError)")
    let report = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    let inputs = try #require(report["inputs"] as? [[String: Any]])
    let formats = inputs.compactMap { $0["format"] as? String }.sorted()
    let expected = ["ccai-insights", "contact-lens", "genesys-cloud-transcript", "transcribe-call-analytics",
      "twilio-intelligence",
    ]
      + (RealSamplePaths.available ? ["transcribe-call-analytics"] : [])
    #expect(formats == expected.sorted())
    #expect(inputs.allSatisfy { ($0["accepted"] as? Int) == 1 && ($0["rejected"] as? Int) == 0 })
    // The scripted Transcribe call that ends in "still not fixed … cancelling" is flagged and lost.
    let flagged = try #require(report["flagged"] as? [[String: Any]])
    #expect(flagged.contains { ($0["contact_id"] as? String) == "northwind-call-0042" && ($0["lost"] as? Bool) == true })
    // The flagged call's evidence carries what Amazon's analytics said of it.
    let call = try #require(flagged.first { ($0["contact_id"] as? String) == "northwind-call-0042" })
    let evidence = try #require(call["evidence"] as? [[String: Any]])
    #expect(evidence.contains { ($0["kind"] as? String) == "vendor" && ($0["text"] as? String)?.contains("Greeting") == true })
    #expect(!flagged.contains { ($0["contact_id"] as? String) == "0d7c5a1e-4b1f-4c55-9a0e-2f6b8e3c1d42" })
  }
}
