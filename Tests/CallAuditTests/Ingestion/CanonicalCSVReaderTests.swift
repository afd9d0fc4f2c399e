import Foundation
import Testing
@testable import CallAuditIngestion
@testable import CallAuditModel

@Suite("Canonical CSV")
struct CanonicalCSVReaderTests {
  @Test("The fixture reads into fully populated contacts")
  func fixture() throws {
    let (contacts, summary) = ingestAll(TestSupport.fixture("canonical/small.csv"))
    #expect(summary.format == .canonicalCSV)
    #expect(summary.records == 5 && summary.accepted == 5 && summary.rejected == 0)
    let first = try #require(contacts.first)
    #expect(first.id == "N-1")
    #expect(first.provider == "Northwind Broadband")
    #expect(first.sourcing == .inHouse)
    #expect(first.status == .resolved)
    #expect(first.resolution == "line repaired")
    #expect(first.handleSeconds == 720)
    #expect(first.csat == 5)
    #expect(first.escalated == false)
    #expect(first.turns.count == 4)
    #expect(first.turns[1] == Turn(speaker: .customer, text: "My internet at 12 Elm Street has been down since Monday."))
    let second = contacts[1]
    #expect(second.openedAt == Timestamp(iso8601: "2025-03-01T09:00:00Z"))
    #expect(second.turns[0].at == Timestamp(iso8601: "2025-03-01T09:05:00Z"))
    #expect(contacts[2].turns[0].text == "I was charged €45.99 twice, \"again\", on 3 March.")
    #expect(contacts[4].turns.isEmpty)
  }

  @Test("Headers match in any case and order; unknown columns are noted once")
  func headerFlexibility() throws {
    let path = try TestSupport.temporaryFile("""
      Status,EXTRA,Contact_ID,Provider,mood\r
      open,x,A-1,Acme,happy\r
      resolved,y,A-2,Acme,sad\r

      """)
    let (contacts, summary) = ingestAll(path)
    #expect(contacts.map(\.id) == ["A-1", "A-2"])
    #expect(contacts.map(\.status) == [.open, .resolved])
    #expect(summary.notes == ["ignored unknown columns: extra, mood"])
  }

  @Test("The note on unknown columns names a few, clipped, and counts the rest (issue 19, item 12)")
  func unknownColumnsCapped() throws {
    let unknown = (0..<300).map { "column-\($0)-" + String(repeating: "x", count: 1_000) }
    let path = try TestSupport.temporaryFile(
      "contact_id,provider," + unknown.joined(separator: ",") + "\nA-1,Acme" + String(repeating: ",", count: 300) + "\n")
    let (contacts, summary) = ingestAll(path, format: .canonicalCSV)
    #expect(contacts.map(\.id) == ["A-1"])
    let note = try #require(summary.notes.first { $0.hasPrefix("ignored unknown columns: ") })
    #expect(note.count < 400, "\(note.count) characters")
    #expect(note.hasPrefix("ignored unknown columns: column-0-xxx"))
    #expect(note.hasSuffix(" and 295 more"))
    #expect(note.components(separatedBy: "…").count == 6)
    // One huge name is kept only in part, cut between characters, never inside one.
    let huge = try TestSupport.temporaryFile("contact_id,é" + String(repeating: "é", count: 600_000) + ",provider\nA-1,x,Acme\n")
    let read = ingestAll(huge, format: .canonicalCSV)
    #expect(read.contacts.map(\.provider) == ["Acme"])
    #expect(read.summary.notes == ["ignored unknown columns: " + String(repeating: "é", count: 39) + "…"])
  }

  @Test("Malformed records are rejected with their line and reason, the rest kept")
  func rejections() throws {
    let path = try TestSupport.temporaryFile("""
      contact_id,opened_at,transfers,csat,escalated,sourcing,transcript
      A-1,2025-03-01T09:00:00Z,0,4,false,in-house,Agent: hello
      A-2,not a date,0,4,false,in-house,
      A-3,2025-03-01T09:00:00Z,two,4,false,in-house,
      ,2025-03-01T09:00:00Z,0,4,false,in-house,
      A-5,2025-03-01T09:00:00Z,0
      A-6,2025-03-01T09:00:00Z,0,good,false,in-house,
      A-7,2025-03-01T09:00:00Z,0,4,maybe,in-house,
      A-8,2025-03-01T09:00:00Z,0,4,false,offshore-ish,
      A-9,2025-03-01T09:00:00Z,0,4,false,in-house,Bob: hi
      A-10,2025-03-01T09:00:00Z,0,4,false,in-house,"Agent: a "quoted" word"
      A-11,2025-03-01T09:00:00Z,1,3,true,outsourced,"Customer: fine
      Agent: good"

      """)
    let (contacts, summary) = ingestAll(path)
    #expect(contacts.map(\.id) == ["A-1", "A-11"])
    #expect(summary.records == 11)
    #expect(summary.accepted + summary.rejected == summary.records)
    let byLine = Dictionary(uniqueKeysWithValues: summary.problems.map { ($0.line, $0.message) })
    #expect(byLine[3]?.contains("opened_at 'not a date'") == true)
    #expect(byLine[4]?.contains("transfers 'two'") == true)
    #expect(byLine[5] == "the contact has no contact_id")
    #expect(byLine[6] == "expected 7 fields as in the header, found 3")
    #expect(byLine[7]?.contains("csat 'good'") == true)
    #expect(byLine[8]?.contains("escalated 'maybe'") == true)
    #expect(byLine[9]?.contains("sourcing 'offshore-ish'") == true)
    #expect(byLine[10]?.contains("does not start with 'Agent:'") == true)
    #expect(byLine[11]?.contains("broken quoting") == true)
    #expect(contacts[1].turns.map(\.speaker) == [.customer, .agent])
  }

  @Test("Only the first twenty problems are listed, but all are counted")
  func problemLimit() throws {
    var text = "contact_id,transfers\n"
    for index in 0..<45 { text += "X-\(index),bad\n" }
    let (_, summary) = ingestAll(try TestSupport.temporaryFile(text))
    #expect(summary.rejected == 45)
    #expect(summary.problems.count == InputSummary.listedProblemLimit)
    #expect(summary.problems.last?.line == 21)
  }

  @Test("A header without contact_id stops the file with a clear error")
  func missingIDColumn() throws {
    let (_, summary) = ingestAll(try TestSupport.temporaryFile("id,provider\n1,x\n"), format: .canonicalCSV)
    #expect(summary.stoppedBy == .missingColumn(path: summary.path, column: "contact_id"))
  }

  @Test("A provider given on the command line fills contacts that name none")
  func defaultProvider() throws {
    let path = try TestSupport.temporaryFile("contact_id,provider\n1,\n2,Named\n")
    let (contacts, _) = ingestAll(path, options: IngestionOptions(defaultProvider: "Fallback ISP"))
    #expect(contacts.map(\.provider) == ["Fallback ISP", "Named"])
  }
}
