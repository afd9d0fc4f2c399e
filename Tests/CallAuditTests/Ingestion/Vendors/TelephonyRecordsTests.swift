import Testing
@testable import CallAuditIngestion
@testable import CallAuditMetrics
@testable import CallAuditModel

/// Asterisk and FreeSWITCH call records: fixtures written from the modules'
/// documented layouts, and the public samples.
@Suite("Telephony call records")
struct TelephonyRecordsTests {
  private func fixture(_ name: String) -> String { TestSupport.fixture("vendors/\(name)") }

  private func time(_ text: String) -> Timestamp? { Timestamp(iso8601: text) }

  @Test("Asterisk cdr_csv: caller, agent endpoint, billsec, disposition")
  func asteriskCDRCSV() throws {
    let (contacts, summary) = ingestAll(
      fixture("asterisk-cdr-csv/Master.csv"), options: IngestionOptions(defaultProvider: "Northwind Broadband"))
    #expect(summary.format == .asteriskCDRCSV)
    #expect(summary.records == 8)
    #expect(summary.accepted == 6)
    #expect(summary.problems == [
      IngestionProblem(line: 7, message: "call 1741183200.26 was already read from line 6; a second record of the same call is skipped"),
      IngestionProblem(line: 8, message: "disposition 'MAYBE' is not ANSWERED, NO ANSWER, BUSY, FAILED or CONGESTION"),
    ])
    let first = contacts[0]
    #expect(first.id == "1740992405.16")
    #expect(first.provider == "Northwind Broadband")
    #expect(first.channel == "call")
    #expect(first.customerID == "5550104477")
    #expect(first.agentID == "PJSIP/agent101")
    #expect(first.openedAt == time("2025-03-03T09:00:05Z"))
    #expect(first.closedAt == time("2025-03-03T09:07:40Z"))
    #expect(first.answered == true)
    #expect(first.handleSeconds == 448)
    #expect(first.transfers == nil)
    #expect(first.turns.isEmpty)
    #expect(first.status == .unknown)
    let unanswered = contacts[2]
    #expect(unanswered.customerID == "+15550109911")
    #expect(unanswered.answered == false)
    #expect(unanswered.handleSeconds == nil)
    #expect(unanswered.agentID == nil)
    #expect(contacts[3].answered == false)  // BUSY
    #expect(contacts[4].customerID == nil)  // withheld number
  }

  @Test("Asterisk cdr_csv with the post-1.8 columns: a second CDR of one channel keeps its own id")
  func asteriskNewColumns() {
    let (contacts, summary) = ingestAll(fixture("asterisk-cdr-csv/Master-newcdrcolumns.csv"))
    #expect(summary.format == .asteriskCDRCSV)
    #expect(summary.rejected == 0)
    #expect(contacts.map(\.id) == ["1741077000.40", "1741077000.40#42"])
    #expect(contacts.map(\.agentID) == ["PJSIP/agent101", "PJSIP/agent300"])
    #expect(contacts.allSatisfy { $0.provider == Contact.unspecifiedProvider })
  }

  @Test("A call passed to another phone within minutes is a transfer, a later call a repeat")
  func asteriskTransfersAndRepeats() throws {
    let (contacts, _) = ingestAll(fixture("asterisk-cdr-csv/Master.csv"))
    var analyzer = ContactAnalyzer(configuration: AnalysisConfiguration(keepContactMeasures: true))
    contacts.forEach { analyzer.add($0) }
    let report = analyzer.finish(inputs: [])
    let measures = try #require(report.contactMeasures)
    let first = try #require(measures.first { $0.contactID == "1740992405.16" })
    #expect(first.transferredTo == "1740992890.18")
    #expect(first.repeatStatus == .repeated(by: "1741183200.26"))
  }

  @Test("FreeSWITCH mod_cdr_csv default template: answered by answer stamp and hangup cause")
  func freeSWITCHCSV() {
    let (contacts, summary) = ingestAll(fixture("freeswitch-cdr-csv/Master.csv"))
    #expect(summary.format == .freeSWITCHCDRCSV)
    #expect(summary.accepted == 4)
    #expect(summary.rejected == 0)
    #expect(contacts.map(\.id).first == "4f1c6a3e-0a51-4b0e-9d7e-1a2b3c4d5e01")
    #expect(contacts.map(\.answered) == [true, false, false, true])
    #expect(contacts.map(\.handleSeconds) == [448, nil, nil, 4])
    #expect(contacts.map(\.customerID) == ["5550104477", "+15550109911", nil, "5550104477"])
    #expect(contacts[0].openedAt == time("2025-03-03T09:00:05Z"))
    #expect(contacts.allSatisfy { $0.agentID == nil && $0.transfers == nil })
  }

  @Test("FreeSWITCH mod_xml_cdr: a transfer after the answer counts, percent-encoded variables are decoded")
  func freeSWITCHXMLTransferred() throws {
    let (contacts, summary) = ingestAll(fixture("freeswitch-xml-cdr/transferred.cdr.xml"))
    #expect(summary.format == .freeSWITCHXMLCDR)
    #expect(summary.accepted == 1)
    let call = try #require(contacts.first)
    #expect(call.id == "7d3f5b20-1c2e-4e8a-9f00-5d1f00000010")
    #expect(call.customerID == "5550104477")
    #expect(call.agentID == "2050")
    #expect(call.transfers == 1)
    #expect(call.answered == true)
    #expect(call.handleSeconds == 688)
    #expect(call.openedAt == Timestamp(secondsSinceEpoch: 1_740_992_405))
    #expect(call.closedAt == Timestamp(secondsSinceEpoch: 1_740_993_100))
    #expect(URLPercentDecoding.decode("2025-03-03%2009%3A00%3A05") == "2025-03-03 09:00:05")
    #expect(URLPercentDecoding.decode("100%") == "100%")
  }

  @Test("FreeSWITCH mod_xml_cdr: a caller who hangs up while it rings is unanswered")
  func freeSWITCHXMLAbandoned() throws {
    let (contacts, _) = ingestAll(fixture("freeswitch-xml-cdr/abandoned.cdr.xml"))
    let call = try #require(contacts.first)
    #expect(call.answered == false)
    #expect(call.handleSeconds == nil)
    #expect(call.agentID == nil)
    #expect(call.transfers == 0)
    #expect(call.customerID == "+15550109911")
  }

  @Test("Headerless detection looks at the shape of the first row")
  func detection() {
    func detect(_ text: String) -> InputFormat? { InputFormat.detect(prefix: Array(text.utf8)) }
    #expect(detect(#""","555","600","ctx","""A"" <555>","SIP/a-1","SIP/b-2","Dial","SIP/b","2025-03-03 09:00:05","2025-03-03 09:00:12","2025-03-03 09:07:40",455,448,"ANSWERED","DOCUMENTATION","1.1",""\#n"#) == .asteriskCDRCSV)
    // cdr_csv's empty answer time is written as nothing between two commas.
    #expect(detect(#""","555","600","ctx","""A"" <555>","SIP/a-1","","Dial","SIP/b","2025-03-03 09:00:05",,"2025-03-03 09:07:40",455,0,"NO ANSWER","DOCUMENTATION","1.1",""\#n"#) == .asteriskCDRCSV)
    #expect(detect(#"""""" <c1>","c1","6789","default","PJSIP/c1-2","PJSIP/c2-3","Dial","PJSIP/c2","2023-07-26 01:51:32","","2023-07-26 01:52:04","31","0","BUSY","DOCUMENTATION","","1.2","",2\#n"#) == .asteriskCDRCustom)
    #expect(detect(#""A","555","600","default","2025-03-03 09:00:05","","2025-03-03 09:07:40","455","0","ORIGINATOR_CANCEL","u1","","","",""\#n"#) == .freeSWITCHCDRCSV)
    #expect(detect("<?xml version=\"1.0\"?>\n<cdr core-uuid=\"x\"><variables/></cdr>") == .freeSWITCHXMLCDR)
    // A header row with these names is not a call record; nor is a row whose start is not a time.
    #expect(detect("accountcode,src,dst,dcontext,clid,channel,dstchannel,lastapp,lastdata,start,answer,end,duration,billsec,disposition,amaflags,uniqueid,userfield\n") == nil)
    #expect(detect(#""","555","600","ctx","A","SIP/a-1","","Dial","SIP/b","yesterday",,"today",455,0,"ANSWERED","DOCUMENTATION","1.1",""\#n"#) == nil)
    #expect(detect("contact_id,provider\nN-1,Northwind\n") == .canonicalCSV)
    #expect(detect("tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n") == .supportThreadsCSV)
  }

  @Test("Year-first dates as Excel rewrites them are year, month, day")
  func yearFirstDates() {
    #expect(Timestamp(exportText: "2020/2/10 22:41") == Timestamp(iso8601: "2020-02-10T22:41:00Z"))
    #expect(Timestamp(exportText: "2020/2/10 22:41", order: .monthFirst) == Timestamp(iso8601: "2020-02-10T22:41:00Z"))
    #expect(Timestamp(exportText: "10/2/2020 22:41") == Timestamp(iso8601: "2020-02-10T22:41:00Z"))
  }

  // Real samples (shared/realdata/PROVENANCE.md §3, telephony). No licence to
  // copy them, so they are read in place.

  @Test("cdr_custom from a lab PBX (KelySaina/cdr): 14 calls, none rejected", .enabled(if: RealSamplePaths.available))
  func kelysaina() throws {
    let (contacts, summary) = ingestAll(RealSamplePaths.path("asterisk-cdr-custom-kelysaina/Master.csv"))
    #expect(summary.format == .asteriskCDRCustom)
    #expect(summary.accepted == 14)
    #expect(summary.rejected == 0)
    let first = try #require(contacts.first)
    #expect(first.id == "1690325492.2")
    #expect(first.customerID == "client1")
    #expect(first.agentID == "PJSIP/client2")
    #expect(first.handleSeconds == 13)
    #expect(first.answered == true)
    #expect(first.openedAt == Timestamp(iso8601: "2023-07-26T01:51:32Z"))
    #expect(contacts.filter { $0.answered == false }.count == 3)
  }

  @Test("mod_cdr_csv after an Excel save (Kxingyunliushui): the only rejects are the duplicated call", .enabled(if: RealSamplePaths.available))
  func kxingyunliushui() throws {
    let (contacts, summary) = ingestAll(RealSamplePaths.path("freeswitch-cdr-csv-kxingyunliushui/Master.csv"))
    #expect(summary.format == .freeSWITCHCDRCSV)
    #expect(summary.records == 10)
    // Lines 9 and 10 repeat the uuid of line 8 (line 9 byte for byte, line 10
    // with another hangup cause): one call leg logged three times.
    #expect(summary.problems.map(\.line) == [9, 10])
    #expect(summary.problems.allSatisfy { $0.message.hasPrefix("call 7adced1a-4c7c-11ea-b08c-2bfc2a06d67d was already read from line 8") })
    #expect(contacts.count == 8)
    let first = try #require(contacts.first)
    #expect(first.openedAt == Timestamp(iso8601: "2020-02-10T22:41:00Z"))
    #expect(first.handleSeconds == 9)
    #expect(first.customerID == "1002")
    let noResponse = contacts[2]
    #expect(noResponse.answered == false)
    #expect(noResponse.customerID == nil)  // caller id "0"
  }

  @Test("mod_xml_cdr files (zhouhailin): one call each; the dialplan transfer before the answer is no hand-off", .enabled(if: RealSamplePaths.available))
  func zhouhailin() throws {
    let (contacts, summary) = ingestAll(
      RealSamplePaths.path("freeswitch-xml-cdr-zhouhailin/a_6a7ccd66-6d2f-46c4-abd9-07cf37fc161e.cdr.xml"))
    #expect(summary.format == .freeSWITCHXMLCDR)
    #expect(summary.accepted == 1)
    #expect(summary.rejected == 0)
    let call = try #require(contacts.first)
    #expect(call.id == "6a7ccd66-6d2f-46c4-abd9-07cf37fc161e")
    #expect(call.customerID == nil)  // "anonymous"
    #expect(call.answered == true)
    #expect(call.handleSeconds == 6)
    #expect(call.transfers == 0)
    #expect(call.openedAt == Timestamp(secondsSinceEpoch: 1_560_230_086))
    #expect(call.closedAt == Timestamp(secondsSinceEpoch: 1_560_230_104))
    let (other, otherSummary) = ingestAll(
      RealSamplePaths.path("freeswitch-xml-cdr-zhouhailin/a_4b3b36af-3d98-4670-bc14-0ee08890d7d6.cdr.xml"))
    #expect(otherSummary.accepted == 1)
    #expect(other.first?.id == "4b3b36af-3d98-4670-bc14-0ee08890d7d6")
  }

  @Test("The summitrabz dump is not well-formed XML: its one call is rejected and reading stops", .enabled(if: RealSamplePaths.available))
  func summitrabz() {
    // Extracted from a PHP heredoc after form decoding, so `<sip:1001@10.0.0.8>`
    // stands raw inside <sip_full_from> on line 138.
    let (contacts, summary) = ingestAll(RealSamplePaths.path("freeswitch-xml-cdr-summitrabz/dump2.cdr.xml"))
    #expect(summary.format == .freeSWITCHXMLCDR)
    #expect(contacts.isEmpty)
    #expect(summary.problems == [IngestionProblem(line: 2, message: "the record is cut off by the XML error at line 138")])
    guard case .malformedXML(_, let line, _, _) = summary.stoppedBy else {
      Issue.record("expected a malformed-XML stop, got \(String(describing: summary.stoppedBy))")
      return
    }
    #expect(line == 138)
  }
}
