import Foundation
import Testing
@testable import CallAuditIngestion
@testable import CallAuditModel

@Suite("Amazon Connect contact records, joined to Contact Lens files")
struct ConnectContactRecordsTests {
  // Both written from Amazon Connect's administrator guide ("Data model for Amazon Connect
  // contact records"; "Example Contact Lens output files"); the calls are invented. The
  // contact records are back to back with no separator, as Kinesis Data Firehose writes them.
  private static let folder = TestSupport.fixture("vendors/contact-lens")
  private static let lens = TestSupport.fixture(
    "vendors/contact-lens/Analysis/Voice/2026/11/30/0d7c5a1e-4b1f-4c55-9a0e-2f6b8e3c1d42_analysis_2026-11-30T10:15:02Z.json")
  private static let records = TestSupport.fixture(
    "vendors/contact-lens/ctr/2026/11/30/10/connect-ctr-stream-1-2026-11-30-10-00-00-5b9d2c1e-0f6a-4d3b-8e71-3c2a9f4e6b10")
  private static let analysedID = "0d7c5a1e-4b1f-4c55-9a0e-2f6b8e3c1d42"
  private static let abandonedID = "7a3e91c0-58d2-4f0b-b1c4-9e20d6a3f815"

  @Test("Read alone, each contact record is a call without words; both copies of a record are kept as versions")
  func alone() throws {
    let (contacts, summary) = ingestAll(Self.records)
    #expect(summary.format == .connectContactRecords)
    #expect(summary.records == 3 && summary.accepted == 3 && summary.rejected == 0)
    #expect(contacts.map(\.id) == [Self.analysedID, Self.abandonedID, Self.analysedID])
    let answered = contacts[0]
    #expect(answered.channel == "call" && answered.customerID == "+12065550147" && answered.agentID == "sam.okafor")
    #expect(answered.site == "Billing Manila" && answered.answered == true && answered.handleSeconds == 61)
    #expect(answered.openedAt == Timestamp(iso8601: "2026-11-30T10:13:49Z"))
    #expect(answered.closedAt == Timestamp(iso8601: "2026-11-30T10:15:02Z"))
    #expect(answered.turns.isEmpty && answered.transfers == 0)
    // The copy sent later carries the later update time, by which the analysis keeps it.
    #expect(contacts[2].updatedAt == Timestamp(iso8601: "2026-11-30T10:15:25Z"))
    let abandoned = contacts[1]
    #expect(abandoned.answered == false && abandoned.agentID == nil && abandoned.handleSeconds == nil)
    #expect(abandoned.customerID == answered.customerID)
  }

  @Test("The join completes the Contact Lens call from its latest contact record and counts the copies once")
  func joined() throws {
    let join = try #require(
      ConnectContactJoin.prepare(paths: [Self.lens, Self.records], format: nil, options: IngestionOptions()))
    #expect(join.isAnalysed(Self.analysedID) && !join.isAnalysed(Self.abandonedID))
    #expect(join.record(for: Self.analysedID)?.lastUpdate == Timestamp(iso8601: "2026-11-30T10:15:25Z"))
    let options = IngestionOptions(connectContacts: join)

    let (calls, lensSummary) = ingestAll(Self.lens, options: options)
    let call = try #require(calls.first)
    #expect(lensSummary.accepted == 1 && calls.count == 1)
    #expect(call.customerID == "+12065550147" && call.agentID == "sam.okafor" && call.site == "Billing Manila")
    #expect(call.openedAt == Timestamp(iso8601: "2026-11-30T10:13:49Z") && call.handleSeconds == 61)
    #expect(call.turns.count == 6 && call.answered == true)

    // The records input accounts for all three records but makes a contact only of the abandoned call.
    let (rest, recordSummary) = ingestAll(Self.records, options: options)
    #expect(recordSummary.records == 3 && recordSummary.accepted == 3 && recordSummary.rejected == 0)
    #expect(rest.map(\.id) == [Self.abandonedID])
    #expect(recordSummary.notes.contains { $0.contains("2 contact records were joined") })
  }

  @Test("No join without both formats; a FIFO among the inputs is not opened")
  func nothingToJoin() throws {
    #expect(ConnectContactJoin.prepare(paths: [Self.records], format: nil, options: IngestionOptions()) == nil)
    #expect(ConnectContactJoin.prepare(paths: [Self.lens], format: nil, options: IngestionOptions()) == nil)
    let files = try SpecialFiles()
    // Opening the FIFO would wait for a writer: this returns only because it is left alone.
    let fifo = try files.fifo("records")
    #expect(ConnectContactJoin.prepare(paths: [fifo, Self.lens], format: nil, options: IngestionOptions()) == nil)
  }

  @Test("Past the most calls joined, the join is not made and the records input says why")
  func tooMany() throws {
    let join = try #require(
      ConnectContactJoin.prepare(
        paths: [Self.lens, Self.records], format: nil, options: IngestionOptions(), maximumCalls: 1))
    #expect(join.refusal?.contains("more than 1 calls") == true)
    let options = IngestionOptions(connectContacts: join)
    let (calls, lensSummary) = ingestAll(Self.lens, options: options)
    #expect(calls.first?.customerID == nil && lensSummary.notes.contains { $0.contains("no call was joined") })
    let (rest, recordSummary) = ingestAll(Self.records, options: options)
    #expect(rest.isEmpty && recordSummary.stoppedBy != nil)
  }

  @Test("A contact record without a ContactId, or with a time that is not one, is rejected with its line")
  func malformed() throws {
    let text = """
      {"ContactId": "c-1", "InitiationTimestamp": "2026-11-30T10:00:00Z", "Channel": "VOICE", "Agent": null}
      {"InitiationTimestamp": "2026-11-30T10:05:00Z", "Channel": "VOICE"}
      {"ContactId": "c-3", "InitiationTimestamp": "yesterday", "Channel": "VOICE"}
      {"ContactId": "c-4", "InitiationTimestamp": "2026-11-30T10:09:00Z", "Channel": "CHAT", "Brand new field": [1, 2]}
      """
    let (contacts, summary) = ingestAll(try TestSupport.temporaryFile(text, name: "ctr.ndjson"))
    #expect(summary.format == .connectContactRecords)
    #expect(contacts.map(\.id) == ["c-1", "c-4"] && contacts[1].channel == "chat")
    #expect(summary.problems.map(\.line) == [2, 3])
    #expect(summary.problems[0].message.contains("no ContactId"))
    #expect(summary.problems[1].message.contains("InitiationTimestamp of contact c-3 is not an ISO 8601 time"))
  }

  @Test("analyze on the delivered folder makes one contact per call, with the queue as site for --sites")
  func folderRun() throws {
    let sites = try TestSupport.temporaryFile("site,sourcing\nBilling Manila,outsourced\n", name: "sites.csv")
    let run = try TestSupport.runCallaudit([
      "analyze", Self.folder, "--provider", "Northwind", "--sites", sites, "--format", "json",
    ])
    #expect(run.status == 0, "\(run.standardError)")
    let report = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    let inputs = try #require(report["inputs"] as? [[String: Any]])
    #expect(inputs.compactMap { $0["format"] as? String }.sorted() == ["connect-ctr", "contact-lens"])
    #expect(inputs.map { $0["records"] as? Int } == [1, 3] || inputs.map { $0["records"] as? Int } == [3, 1])
    let providers = try #require(report["providers"] as? [[String: Any]])
    let groups = try #require(providers.first?["groups"] as? [[String: Any]])
    #expect(groups.map { $0["sourcing"] as? String } == ["outsourced"])
    #expect(groups.first?["contacts"] as? Int == 2)
  }
}
