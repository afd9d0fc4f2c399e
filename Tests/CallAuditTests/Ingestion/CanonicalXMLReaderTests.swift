import Foundation
import Testing
@testable import CallAuditIngestion
@testable import CallAuditModel

@Suite("Canonical XML")
struct CanonicalXMLReaderTests {
  @Test("The XML fixture gives exactly the contacts of the CSV fixture")
  func sameAsCSV() {
    let (xml, xmlSummary) = ingestAll(TestSupport.fixture("canonical/small.xml"))
    let (csv, _) = ingestAll(TestSupport.fixture("canonical/small.csv"))
    #expect(xmlSummary.format == .canonicalXML)
    #expect(xmlSummary.stoppedBy == nil)
    #expect(xml == csv)
  }

  @Test("Every field element is read into its field, and a name that only begins like one is not")
  func everyFieldElement() throws {
    let path = try TestSupport.temporaryFile("""
      <contacts><contact id="1">
      <category>No-Internet</category><opened>2025-03-01T09:00:00Z</opened>
      <closed>2025-03-01T09:30:00Z</closed><updated>2025-03-02T10:00:00Z</updated>
      <status>Resolved</status><resolution>Fixed Remotely</resolution><transfers>2</transfers>
      <escalated>yes</escalated><csat>4.5</csat><handle-seconds>600</handle-seconds>
      <close>x</close><categoryx>y</categoryx><handle>z</handle>
      </contact></contacts>
      """)
    let (contacts, summary) = ingestAll(path)
    let contact = try #require(contacts.first)
    #expect(contact.category == "no-internet")
    #expect(contact.openedAt == Timestamp(iso8601: "2025-03-01T09:00:00Z"))
    #expect(contact.closedAt == Timestamp(iso8601: "2025-03-01T09:30:00Z"))
    #expect(contact.updatedAt == Timestamp(iso8601: "2025-03-02T10:00:00Z"))
    #expect(contact.status == .resolved)
    #expect(contact.resolution == "fixed remotely")
    #expect(contact.transfers == 2)
    #expect(contact.escalated == true)
    #expect(contact.csat == 4.5)
    #expect(contact.handleSeconds == 600)
    #expect(summary.notes == ["ignored unknown elements <close>, <categoryx>, <handle>"])
  }

  @Test("The root's provider applies to contacts without their own")
  func rootProvider() throws {
    let path = try TestSupport.temporaryFile("""
      <contacts provider="Root ISP"><contact id="1"/><contact id="2" provider="Own ISP"/></contacts>
      """)
    let (contacts, _) = ingestAll(path)
    #expect(contacts.map(\.provider) == ["Root ISP", "Own ISP"])
  }

  @Test("An ampersand in an attribute is an ampersand, however it is escaped")
  func ampersandInAttributes() throws {
    let path = try TestSupport.temporaryFile("""
      <contacts provider="AT&amp;T"><contact id="1" site="Q&#38;A &amp;amp; more"/><contact id="2" site="&amp;#38;"/></contacts>
      """)
    let (contacts, _) = ingestAll(path)
    #expect(contacts.map(\.provider) == ["AT&T", "AT&T"])
    #expect(contacts.map(\.site) == ["Q&A &amp; more", "&#38;"])
  }

  @Test("The vendor XML readers' records read ampersands in attributes too")
  func ampersandInRecordAttributes() throws {
    let stream = ByteStream(bytes: Array(#"<rss source="AT&amp;T"><item key="Q&#38;A"/></rss>"#.utf8), name: "x.xml")
    let reader = XMLRecordReader(isRecord: { $0.count == 2 }, textLimit: 1 << 20)
    var summary = InputSummary(path: "x.xml", format: .canonicalXML)
    var root: String?
    var keys: [String?] = []
    try reader.read(stream, into: &summary, root: { root = $0.attribute("source") }) { keys.append($0.attribute("key")) }
    #expect(root == "AT&T")
    #expect(keys == ["Q&A"])
  }

  @Test("Unknown elements get one note naming a few, clipped, and counting the rest (issue 19, item 12)")
  func unknownElementsCapped() throws {
    let long = String(repeating: "y", count: 500)
    let elements = (0..<300).map { "<u\($0)\(long)/><u\($0)\(long)/>" }.joined()
    let path = try TestSupport.temporaryFile("<contacts><contact id=\"1\">\(elements)</contact><contact id=\"2\"><mood/></contact></contacts>")
    let (contacts, summary) = ingestAll(path)
    #expect(contacts.map(\.id) == ["1", "2"])
    #expect(summary.notes.count == 1, "\(summary.notes.count) notes")
    let note = try #require(summary.notes.first)
    #expect(note.hasPrefix("ignored unknown elements <u0yyy"))
    #expect(note.hasSuffix(" and 296 more"), "\(note)")
    #expect(note.count < 400)
    let one = try TestSupport.temporaryFile("<contacts><contact id=\"1\"><mood/><mood/></contact></contacts>")
    #expect(ingestAll(one).summary.notes == ["ignored unknown element <mood>"])
  }

  @Test("A well-formedness error keeps earlier contacts and says where it stopped")
  func malformed() throws {
    let path = try TestSupport.temporaryFile("""
      <contacts>
        <contact id="1"><status>open</status></contact>
        <contact id="2"><status>open</status></contact>
        <contact id="3"><status>open</stat></contact>
        <contact id="4"/>
      </contacts>
      """)
    let (contacts, summary) = ingestAll(path)
    #expect(contacts.map(\.id) == ["1", "2"])
    guard case .malformedXML(_, let line, let column, let message) = summary.stoppedBy else {
      Issue.record("expected an XML error, got \(String(describing: summary.stoppedBy))")
      return
    }
    #expect(line == 4)
    #expect(column > 1)
    #expect(message.contains("mismatch"))
    #expect(summary.records == 3)
    #expect(summary.rejected == 1)
    #expect(summary.problems.first?.line == 4)
  }

  @Test("Bad values reject their contact only")
  func badValues() throws {
    let path = try TestSupport.temporaryFile("""
      <contacts>
        <contact id="1"><opened>someday</opened></contact>
        <contact><status>open</status></contact>
        <contact id="3"><transcript><turn speaker="robot">beep</turn></transcript></contact>
        <contact id="4" sourcing="outsourced"><transcript><turn speaker="agent" at="2025-03-01T09:00:00Z">Hello &amp; welcome</turn></transcript></contact>
      </contacts>
      """)
    let (contacts, summary) = ingestAll(path)
    #expect(contacts.map(\.id) == ["4"])
    #expect(contacts.first?.turns.first?.text == "Hello & welcome")
    #expect(summary.problems.map(\.line) == [2, 3, 4])
    #expect(summary.problems[1].message == "the <contact> has no id attribute")
    #expect(summary.records == 4)
  }

  @Test("External entities are never read (XXE)")
  func externalEntity() throws {
    let secret = try TestSupport.temporaryFile("TOP-SECRET-VALUE", name: "secret.txt")
    let path = try TestSupport.temporaryFile("""
      <?xml version="1.0"?>
      <!DOCTYPE contacts [<!ENTITY leak SYSTEM "file://\(secret)">]>
      <contacts><contact id="1"><category>&leak;</category></contact></contacts>
      """)
    let (contacts, _) = ingestAll(path)
    let category = contacts.first?.category ?? ""
    #expect(!category.contains("TOP-SECRET"))
    #expect(contacts.allSatisfy { $0.category == nil })
  }

  @Test("An exponential entity bomb gives nothing: entities get no content, and a note says so")
  func billionLaughs() throws {
    var doctype = "<!ENTITY a0 \"ha\">"
    for level in 1...12 {
      doctype += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level - 1);", count: 10) + "\">"
    }
    let path = try TestSupport.temporaryFile("""
      <?xml version="1.0"?><!DOCTYPE contacts [\(doctype)]>
      <contacts><contact id="1"><category>&a12;</category></contact></contacts>
      """)
    let (contacts, summary) = ingestAll(path)
    #expect(contacts.map(\.id) == ["1"])
    #expect(contacts.first?.category == nil)
    #expect(summary.stoppedBy == nil)
    #expect(summary.notes.contains { $0.contains("declares 13 internal entities; callaudit gives them no content") })
  }

  @Test("Internal entities are never expanded into content, however often they are used")
  func flatEntityExpansion() throws {
    // One entity of 1 KB referenced 100 times by another, used 500 times in one record:
    // 50 MB of content if expanded; libxml2 itself lets it through.
    let doctype = "<!ENTITY e0 \"" + String(repeating: "word ", count: 200) + "\">"
      + "<!ENTITY e1 \"" + String(repeating: "&e0;", count: 100) + "\">"
    let path = try TestSupport.temporaryFile("""
      <?xml version="1.0"?><!DOCTYPE contacts [\(doctype)]>
      <contacts><contact id="1"><transcript><turn speaker="customer">Still down. \(String(repeating: "&e1;", count: 500))</turn></transcript></contact></contacts>
      """)
    let (contacts, summary) = ingestAll(path)
    #expect(contacts.first?.turns.map(\.text) == ["Still down. "])
    #expect(summary.notes.contains { $0.contains("declares 2 internal entities") })
  }
}
