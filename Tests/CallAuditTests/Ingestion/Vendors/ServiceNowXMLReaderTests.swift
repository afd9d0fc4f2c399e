import Testing
@testable import CallAuditIngestion

@Suite("ServiceNow XML export")
struct ServiceNowXMLReaderTests {
  private let fixture = TestSupport.fixture("vendors/servicenow-xml/incidents.xml")

  @Test("Incidents map field by field, reference fields by their display value")
  func fields() throws {
    let (contacts, summary) = ingestAll(fixture, options: IngestionOptions(defaultProvider: "Northwind"))
    #expect(summary.format == .serviceNowXML)
    #expect(contacts.map(\.id) == ["INC0010001", "INC0010002", "INC0010004"])
    let first = try #require(contacts.first)
    #expect(first.provider == "Northwind")
    #expect(first.site == "Manila Tier 1")
    #expect(first.channel == "phone")
    #expect(first.customerID == "Ann Lee")
    #expect(first.agentID == "Nina Park")
    #expect(first.category == "network")
    #expect(first.openedAt?.iso8601 == "2025-03-01T09:00:00Z")
    #expect(first.closedAt?.iso8601 == "2025-03-02T12:00:00Z")
    #expect(first.status == .closed)
    #expect(first.resolution == "solved (permanently)")
    #expect(first.transfers == 1)
    #expect(first.escalated == false)
    let second = contacts[1]
    #expect(second.status == .pending)
    #expect(second.escalated == true)
    #expect(second.agentID == nil)  // <assigned_to display_value=""/>
    #expect(second.category == "billing")
    #expect(second.closedAt == nil)
  }

  @Test("Journal entries join their incident wherever they stand, in time order")
  func journal() throws {
    let (contacts, _) = ingestAll(fixture)
    let first = try #require(contacts.first)
    // The first comment precedes its incident in the file; the work note is a system turn.
    #expect(first.turns.map(\.speaker) == [.customer, .agent, .system, .customer])
    #expect(first.turns.map { $0.at?.iso8601 ?? "" } == [
      "2025-03-01T09:00:00Z", "2025-03-01T09:20:00Z", "2025-03-01T09:30:00Z", "2025-03-01T09:40:00Z",
    ])
    #expect(first.turns[0].text == "My internet drops every evening.")
    #expect(first.turns[1].text == "Hello Ann, please restart the router\nand wait two minutes.")
    // ann.lee is the caller "Ann Lee" in the first.last user-name convention.
    #expect(first.turns[3].text == "I did that already, it is still not working.")
  }

  @Test("A caller who opened the incident is known by the login that created it")
  func selfService() throws {
    let (contacts, _) = ingestAll(fixture)
    let second = try #require(contacts.dropFirst().first)
    // No description: the short description opens; "bchen" created the incident Bo Chen opened.
    #expect(second.turns.map(\.speaker) == [.customer, .customer])
    #expect(second.turns.map(\.text) == ["Charged twice this month", "Any news? I was charged twice."])
  }

  @Test("A Canceled incident without a close code is closed as canceled")
  func canceled() throws {
    let (contacts, _) = ingestAll(fixture)
    let canceled = try #require(contacts.last)
    #expect(canceled.id == "INC0010004")
    #expect(canceled.status == .closed)
    #expect(canceled.resolution == "canceled")
  }

  @Test("Every incident and journal entry is counted; orphans and bad dates are rejected with their line")
  func accounting() {
    let (_, summary) = ingestAll(fixture)
    #expect(summary.records == 9)  // 4 incidents, 5 journal entries
    #expect(summary.accepted == 7)
    #expect(summary.rejected == 2)
    #expect(summary.problems.map(\.line) == [82, 98])
    #expect(summary.problems.first?.message == "opened_at 'yesterday' is not a date and time")
    #expect(
      summary.problems.last?.message
        == "the journal entry belongs to element_id ffff0000000000000000000000000000, and no <incident> in this file has that sys_id"
    )
    #expect(summary.notes == [
      "skipped 1 <sys_attachment>, 1 <sys_attachment_doc> records, not counted: attachments are files, not conversation"
    ])
    #expect(summary.stoppedBy == nil)
  }

  @Test("The note on skipped tables names a few and counts the rest (issue 19, item 12)")
  func skippedTablesCapped() throws {
    let others = (0..<200).map { "<t\($0)\(String(repeating: "z", count: 300))/>" }.joined()
    let path = try TestSupport.temporaryFile("""
      <unload unload_date="2025-03-04 10:00:00">
      <incident action="INSERT_OR_UPDATE"><number>INC1000001</number><sys_id>s1</sys_id><state>2</state></incident>
      \(others)<t0\(String(repeating: "z", count: 300))/>
      </unload>
      """)
    let (_, summary) = ingestAll(path, format: .serviceNowXML)
    let note = try #require(summary.notes.first { $0.hasPrefix("skipped ") })
    #expect(note.count < 600, "\(note.count) characters")
    #expect(note.hasPrefix("skipped 2 <t0zzz"))
    #expect(note.contains(" records and 195 more of 195 other tables, not counted: "), "\(note)")
  }

  @Test("A document cut short keeps the incidents before the break and rejects the record it cuts")
  func truncated() throws {
    let path = try TestSupport.temporaryFile("""
      <unload unload_date="2025-03-04 10:00:00">
      <incident action="INSERT_OR_UPDATE"><number>INC1000001</number><sys_id>s1</sys_id><state>2</state></incident>
      <sys_journal_field action="INSERT_OR_UPDATE"><element>comments</element><element_id>s2</element_id><value>early</value></sys_journal_field>
      <incident action="INSERT_OR_UPDATE"><number>INC1000002</number><sys_id>s2</sys_id>
      """)
    let (contacts, summary) = ingestAll(path)
    #expect(contacts.map(\.id) == ["INC1000001"])
    #expect(summary.rejected == 2)
    #expect(summary.problems.map(\.line) == [3, 4])
    #expect(summary.problems[0].message.hasSuffix("no <incident> in the part of the file that could be read has that sys_id"))
    #expect(summary.problems[1].message.hasPrefix("the record is cut off by the XML error at line"))
    guard case .malformedXML = summary.stoppedBy else {
      Issue.record("expected an XML error, got \(String(describing: summary.stoppedBy))")
      return
    }
  }

  // Real export of a ServiceNow developer instance: yilmazetl/sn, incident.xml
  // (commit fcd92e9d), see realdata/PROVENANCE.md. 70 incidents, 84 journal entries.
  @Test(
    "The yilmazetl export reads every incident and journal entry",
    .enabled(if: ITSMRealData.has("servicenow-unload-xml-yilmazetl/incident.xml")))
  func yilmazetl() throws {
    let (contacts, summary) = ingestAll(ITSMRealData.path("servicenow-unload-xml-yilmazetl/incident.xml"))
    #expect(summary.format == .serviceNowXML)
    #expect(summary.records == 154)
    #expect(summary.rejected == 0)
    #expect(contacts.count == 70)
    // Every work note is a system turn, every comment a customer or agent turn, beside one
    // opening turn per incident (INC0000060's opening repeats the caller's first comment and is not doubled).
    let turns = contacts.flatMap(\.turns)
    #expect(turns.count { $0.speaker == .system } == 26)
    #expect(turns.count == 26 + 58 + 70 - 1)
    #expect(summary.notes == [
      "skipped 11 <sys_attachment>, 456 <sys_attachment_doc> records, not counted: attachments are files, not conversation"
    ])
    // INC0000060: Joe Employee (login "employee") opened it himself; David Loo and Beth Anglin answer.
    let vpn = try #require(contacts.first { $0.id == "INC0000060" })
    #expect(vpn.customerID == "Joe Employee")
    #expect(vpn.agentID == "David Loo")
    #expect(vpn.site == "Network")
    #expect(vpn.channel == "self-service")
    #expect(vpn.status == .closed)
    #expect(vpn.resolution == "solved (permanently)")
    #expect(vpn.transfers == 2)
    // The description repeats the first comment, so it is not doubled.
    #expect(vpn.turns.count == 12)
    #expect(vpn.turns.count { $0.speaker == .customer } == 4)
    #expect(vpn.turns.count { $0.speaker == .agent } == 5)
    #expect(vpn.turns.count { $0.speaker == .system } == 3)
    #expect(vpn.turns.first?.text == "I am unable to connect to the email server. It appears to be down.")
    #expect(vpn.turns.last?.speaker == .customer)
    // Two incidents share the number INC0010001 (different sys_ids): both are kept.
    #expect(contacts.count { $0.id == "INC0010001" } == 2)
  }

  // Extracted from a Markdown page of jamesnyika/SNOWUseCases (commit 050304d8): the author cut
  // the record off with "...", so the document is not well-formed — the one rejection is that defect.
  @Test(
    "The jamesnyika snippet is cut off: its one incident is rejected and reading stops",
    .enabled(if: ITSMRealData.has("servicenow-xml-snippet-jamesnyika/incident_export_partial.xml")))
  func jamesnyika() {
    let (contacts, summary) = ingestAll(
      ITSMRealData.path("servicenow-xml-snippet-jamesnyika/incident_export_partial.xml"))
    #expect(summary.format == .serviceNowXML)
    #expect(contacts.isEmpty)
    #expect(summary.records == 1)
    #expect(summary.rejected == 1)
    #expect(summary.problems.first?.line == 3)
    #expect(summary.problems.first?.message == "the record is cut off by the XML error at line 93")
    guard case .malformedXML(_, let line, _, _) = summary.stoppedBy else {
      Issue.record("expected an XML error, got \(String(describing: summary.stoppedBy))")
      return
    }
    #expect(line == 93)
  }
}
