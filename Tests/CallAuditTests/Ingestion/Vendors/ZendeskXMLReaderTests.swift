import Foundation
import Testing
@testable import CallAuditModel

@Suite("Zendesk XML")
struct ZendeskXMLReaderTests {
  private func time(_ text: String) -> Timestamp? { Timestamp(iso8601: text) }

  @Test("The fixture reads every ticket, comments becoming turns by who wrote them")
  func fixture() throws {
    // fixtures/vendors/zendesk-xml/tickets.xml is written from the documented
    // layout; no real Zendesk XML export is public (realdata/PROVENANCE.md).
    let (contacts, summary) = ingestAll(TestSupport.fixture("vendors/zendesk-xml/tickets.xml"))
    #expect(summary.format == .zendeskXML)
    #expect(summary.records == 3 && summary.accepted == 3 && summary.rejected == 0)
    #expect(summary.notes.isEmpty)
    #expect(contacts.map(\.id) == ["101", "102", "103"])

    let solved = contacts[0]
    #expect(solved.provider == Contact.unspecifiedProvider)
    #expect(solved.site == "3001" && solved.agentID == "20001" && solved.customerID == "10001")
    #expect(solved.channel == "email")
    #expect(solved.status == .resolved && solved.resolution == nil)
    #expect(solved.openedAt == time("2025-03-03T08:58:31Z") && solved.closedAt == time("2025-03-03T10:20:00Z"))
    #expect(solved.csat == 5)
    #expect(solved.category == nil)
    #expect(solved.turns.map(\.speaker) == [.customer, .system, .agent, .customer])
    #expect(
      solved.turns[1]
        == Turn(
          speaker: .system, at: time("2025-03-03T09:10:00Z"),
          text: "Line test shows sync loss on port 14; booked an engineer."))
    #expect(solved.turns[3].text == "It works now, thank you.")

    // Closed by merge: a duplicate, not a solved ticket; the legacy date spelling reads.
    let merged = contacts[1]
    #expect(merged.status == .closed && merged.resolution == "duplicate")
    #expect(merged.channel == "call")
    #expect(merged.openedAt == time("2025-03-05T13:02:10Z"))
    #expect(merged.closedAt == time("2025-03-05T13:30:00Z"))
    #expect(
      merged.turns == [
        Turn(
          speaker: .agent, at: time("2025-03-05T13:02:10Z"),
          text: "Customer called: charged twice for March.")
      ])

    let onHold = contacts[2]
    #expect(onHold.status == .pending && onHold.closedAt == nil)
    #expect(onHold.channel == "chat" && onHold.agentID == nil && onHold.site == nil)
    #expect(onHold.turns.map(\.speaker) == [.customer, .agent])
    #expect(onHold.turns[0].text == "My router reboots every ten minutes & the lights go red.")
  }

  @Test("Bad tickets are rejected at their line with the reason; odd values are noted")
  func rejections() throws {
    let path = try TestSupport.temporaryFile(
      """
      <tickets type="array">
      <ticket><nice-id>1</nice-id><created-at>yesterday</created-at></ticket>
      <ticket><subject>no number</subject><status-id>3</status-id></ticket>
      <ticket><nice-id>3</nice-id><status-id>9</status-id><satisfaction-score>16</satisfaction-score></ticket>
      <ticket><nice-id>4</nice-id><comments><comment><author-id>5</author-id>
        <is-public>maybe</is-public><value>hi</value></comment></comments></ticket>
      <ticket><nice-id>5</nice-id><comments type="array"><comment><author-id>77</author-id><value>first</value></comment>
        <comment><author-id>88</author-id><value>second</value></comment></comments></ticket>
      <ticket><nice-id>6</nice-id><requester-id>1</requester-id><submitter-id>1</submitter-id>
        <description>Only a description</description></ticket>
      <ticket><nice-id>7</nice-id><status-id>open</status-id></ticket>
      </tickets>
      """, name: "tickets.xml")
    let (contacts, summary) = ingestAll(path)
    #expect(summary.format == .zendeskXML)
    #expect(summary.records == 7 && summary.accepted == 3 && summary.rejected == 4)
    let byLine = Dictionary(uniqueKeysWithValues: summary.problems.map { ($0.line, $0.message) })
    #expect(byLine[2] == "created-at 'yesterday' is not a date and time")
    #expect(byLine[3] == "the ticket has no nice-id")
    #expect(byLine[5] == "comment 1 is-public 'maybe' is not true or false")
    #expect(byLine[11] == "status-id 'open' is not a whole number")
    #expect(contacts.map(\.id) == ["3", "5", "6"])
    #expect(contacts[0].status == .unknown && contacts[0].csat == nil)
    #expect(contacts[1].turns.map(\.speaker) == [.customer, .agent])
    #expect(contacts[2].turns == [Turn(speaker: .customer, text: "Only a description")])
    #expect(
      summary.notes == [
        "satisfaction score '16' is not good, bad, offered or unoffered; left empty",
        "status-id 9 is not a Zendesk status; such tickets are read with an unknown status",
        "tickets without a requester-id: the author of the first comment is taken as the customer",
      ])
  }

  @Test("A document cut short keeps the tickets before it and counts the cut one")
  func truncated() throws {
    let path = try TestSupport.temporaryFile(
      """
      <tickets type="array"><ticket><nice-id>1</nice-id></ticket>
      <ticket><nice-id>2</nice-id><comments><comment><value>cut
      """)
    let (contacts, summary) = ingestAll(path)
    #expect(contacts.map(\.id) == ["1"])
    #expect(summary.accepted == 1 && summary.rejected == 1)
    guard case .malformedXML = summary.stoppedBy else {
      Issue.record("expected a malformed-XML stop, got \(String(describing: summary.stoppedBy))")
      return
    }
  }
}
