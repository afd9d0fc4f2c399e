import Foundation
import Testing
@testable import CallAuditMetrics
@testable import CallAuditModel
@testable import CallAuditSystem
@testable import CallAuditText

/// The flagged contacts of a run without a limit are held encoded, and in the run's
/// temporary file once many: they must come back equal and in the report's order.
@Suite("Flagged contacts held in the temporary file")
struct FlaggedSpillTests {
  /// A flagged contact whose every optional field is set or not, by `n`.
  private func contact(_ n: Int, words: Int = 8) -> FlaggedContact {
    var measure = ContactMeasure(
      contactID: "C-\(n)", provider: n % 3 == 0 ? "Acme Fibre" : "Zeta Cable",
      sourcing: Sourcing.allCases[n % 3], category: n % 2 == 0 ? "billing" : nil, channel: n % 4 == 0 ? "chat" : nil,
      unresolvedReasons: Array(UnresolvedReason.allCases.prefix(n % 4)),
      repeatStatus: [.repeated(by: "C-\(n + 1)"), .notRepeated, .censored, .notMeasurable][n % 4],
      transferredTo: n % 5 == 0 ? "T-\(n)" : nil, scriptScore: n % 6 == 0 ? nil : Double(n % 10) / 9,
      responsive: [nil, false, true][n % 3], scripted: true, churnRisk: n % 2 == 1, flagged: true, lost: n % 7 == 0,
      outcome: n % 3 == 0 ? nil : ConversationOutcome.allCases[n % ConversationOutcome.allCases.count])
    if n % 4 != 1 {
      measure.pivot = ContactMeasure.Pivot(
        site: n % 2 == 0 ? "Manila" : nil, team: n % 3 == 0 ? "Billing" : nil, agent: n % 5 == 0 ? nil : "agent-0000000\(n % 10)",
        week: n % 7 == 0 ? nil : "2025-W07")
    }
    return FlaggedContact(
      measure: measure, scriptLines: (0..<(n % 3)).map { "Please restart your router, step \($0)." },
      customerWords: n % 2 == 0 ? String(repeating: "still down é ", count: words) : nil,
      churnWords: n % 7 == 0 ? "I am switching to another provider" : nil,
      moves: MoveKind.allCases.prefix(n % 3).map { FlaggedContact.Move(kind: $0, example: "example of \($0)") },
      cell: n % 5 == 0 ? nil : (0..<(n % 5 - 1)).map { BreakdownCell.Value(label: "site é \($0)", given: ($0 + n) % 2 == 0) })
  }

  /// The report's order, stated independently of the collector: lost first, then the higher
  /// score, provider, id and place.
  private func reportOrder(_ contacts: [(FlaggedContact, PartialReport.Place)]) -> [FlaggedContact] {
    contacts.sorted { a, b in
      let (x, y) = (a.0.measure, b.0.measure)
      if x.lost != y.lost { return x.lost }
      if (x.scriptScore ?? 0) != (y.scriptScore ?? 0) { return (x.scriptScore ?? 0) > (y.scriptScore ?? 0) }
      if x.provider != y.provider { return x.provider < y.provider }
      if x.contactID != y.contactID { return x.contactID < y.contactID }
      return a.1 < b.1
    }.map(\.0)
  }

  private func place(_ n: Int) -> PartialReport.Place {
    PartialReport.Place(source: Int32(n % 2), ordinal: Int32(n))
  }

  @Test("Every field of a flagged contact survives its encoding")
  func roundTrip() throws {
    for n in 0..<84 {
      var writer = ByteWriter()
      contact(n).encode(to: &writer)
      var reader = ByteReader(writer.bytes)
      #expect(try FlaggedContact(decoding: &reader) == contact(n))
      #expect(reader.isAtEnd)
    }
  }

  @Test("Cut or damaged bytes are refused, never read as a contact")
  func damaged() {
    var writer = ByteWriter()
    contact(4).encode(to: &writer)
    for cut in [0, 1, 5, writer.bytes.count / 2, writer.bytes.count - 1] {
      var reader = ByteReader(Array(writer.bytes.prefix(cut)))
      #expect(throws: ByteReader.Damaged.self) { try FlaggedContact(decoding: &reader) }
    }
  }

  @Test("A breakdown cell's values that claim more than the bytes left, or a bad flag, are refused")
  func damagedCell() {
    var plain = ByteWriter()
    contact(0).encode(to: &plain)  // no cell: the last byte is its 0
    var tooMany = plain.bytes
    tooMany[tooMany.count - 1] = 101  // 100 values, none there
    var reader = ByteReader(tooMany)
    #expect(throws: ByteReader.Damaged.self) { try FlaggedContact(decoding: &reader) }
    var withCell = ByteWriter()
    contact(3).encode(to: &withCell)  // two values: the last byte is the second's flag
    var badFlag = withCell.bytes
    badFlag[badFlag.count - 1] = 2
    reader = ByteReader(badFlag)
    #expect(throws: ByteReader.Damaged.self) { try FlaggedContact(decoding: &reader) }
  }

  @Test("Contacts spilled to the file come back equal, worst first, across merges and a limit")
  func spilled() {
    let storage = SpoolStorage()
    // Two shards' collectors, each with more evidence than is kept in memory.
    var first = FlaggedCollector(spillingTo: storage)
    var second = FlaggedCollector(spillingTo: storage)
    var all: [(FlaggedContact, PartialReport.Place)] = []
    for n in 0..<1_200 {
      let item = (contact(n, words: 40), place(n))
      if n % 2 == 0 { first.add(item.0, at: item.1) } else { second.add(item.0, at: item.1) }
      all.append(item)
    }
    first.seal()
    second.seal()
    #expect(storage.existingFile != nil, "the evidence went to the temporary file")
    var merged = first
    merged.merge(second)
    let listed = merged.worstFirst(limit: nil)
    #expect(Array(listed) == reportOrder(all))

    var limited = first
    limited.merge(second)
    limited.keepWorst(25)
    #expect(Array(limited.worstFirst(limit: nil)) == Array(reportOrder(all).prefix(25)))
  }

  @Test("Transforming a spilled list rewrites every contact and keeps the order")
  func transformed() {
    var collector = FlaggedCollector(spillingTo: SpoolStorage())
    for n in 0..<600 { collector.add(contact(n, words: 40), at: place(n)) }
    collector.seal()
    let listed = collector.worstFirst(limit: nil)
    let renamed = listed.transformed { contact in
      var contact = contact
      contact.measure.contactID = "X" + contact.measure.contactID
      return contact
    }
    #expect(renamed.map(\.measure.contactID) == listed.map { "X" + $0.measure.contactID })
  }

  @Test("Shards merged into an empty total still spill what is written from them (redaction's copy)")
  func mergedTotalSpills() throws {
    let storage = SpoolStorage()
    var shard = FlaggedCollector(spillingTo: storage)
    for n in 0..<600 { shard.add(contact(n, words: 40), at: place(n)) }
    shard.seal()
    var total = FlaggedCollector()
    total.merge(shard)
    let listed = total.worstFirst(limit: nil)
    let file = try #require(storage.existingFile)
    let before = file.size
    let copy = listed.transformed { $0 }
    var encoded = ByteWriter()
    for contact in listed { contact.encode(to: &encoded) }
    #expect(file.size - before == encoded.bytes.count, "the rewritten evidence went to the file, not to memory")
    #expect(Array(copy) == Array(listed))
  }

  @Test("A shard stage's partial report carries its flagged contacts whole")
  func codable() throws {
    var collector = FlaggedCollector(spillingTo: SpoolStorage())
    for n in 0..<300 { collector.add(contact(n, words: 40), at: place(n)) }
    collector.seal()
    let data = try JSONEncoder().encode(collector)
    let decoded = try JSONDecoder().decode(FlaggedCollector.self, from: data)
    #expect(Array(decoded.worstFirst(limit: nil)) == Array(collector.worstFirst(limit: nil)))
  }
}
