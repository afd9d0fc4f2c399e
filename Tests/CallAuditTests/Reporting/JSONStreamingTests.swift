import CallAuditModel
import CallAuditText
import Testing
@testable import CallAuditMetrics
@testable import CallAuditReporting

/// The streamed JSON (written flagged contact by flagged contact) must be the
/// document tree's serialization, byte for byte.
@Suite("JSON streaming")
struct JSONStreamingTests {
  private func pieces(_ report: AnalysisReport) -> [String] {
    var pieces: [String] = []
    JSONReportRenderer().render(report) { pieces.append($0) }
    return pieces
  }

  @Test("A report with flagged contacts streams to its document's bytes, one piece per block of contacts")
  func flagged() throws {
    var report = ReportFixtures.report()
    #expect(report.flagged.count >= 2)
    // Over two blocks (``FlaggedContacts/blockSize``), the last one partial.
    let template = try #require(report.flagged.first)
    report.flagged = FlaggedContacts(
      (0..<(2 * FlaggedContacts.blockSize + 3)).map { index in
        var contact = template
        contact.measure.contactID = "C\(index)"
        return contact
      })
    let streamed = pieces(report)
    #expect(streamed.joined() == JSONReportRenderer().document(report).serialized())
    // The head, one piece per block of flagged contacts, and the closing brackets.
    #expect(streamed.count == 3 + 3)
  }

  @Test("A report without flagged contacts still closes the list and the object")
  func noneFlagged() {
    var report = ReportFixtures.report()
    report.flagged = []
    let streamed = pieces(report).joined()
    #expect(streamed == JSONReportRenderer().document(report).serialized())
    #expect(streamed.hasSuffix("\"flagged\": []\n}\n"))
  }

  /// Texts a report must escape or carry through: quotes, backslashes, controls, line
  /// separators, non-ASCII, the empty string.
  static let texts = [
    "", "plain", "say \"hi\"", "back\\slash", "tab\tand\nnewline", "\u{1}\u{1F}", "line\u{2028}sep\u{2029}",
    "café — naïve", "日本語のテキスト", "emoji 🙂 here", "{\"json\": [1, 2]}",
  ]

  /// Whether `writeFlagged` writes `contact` as its JSON value writes itself, at two depths.
  private func expectSameBytes(_ contact: FlaggedContact) {
    let renderer = JSONReportRenderer()
    for indent in [0, 4] {
      var direct: [UInt8] = []
      renderer.writeFlagged(contact, indent: indent, to: &direct)
      var tree: [UInt8] = []
      renderer.flagged(contact).write(to: &tree, indent: indent)
      // As text, so that a failure shows where the two differ.
      #expect(String(decoding: direct, as: UTF8.self) == String(decoding: tree, as: UTF8.self))
      #expect(direct == tree)
    }
  }

  @Test("A flagged contact with nothing optional, and one with every kind of evidence, written as their values")
  func flaggedBytesAtTheEnds() throws {
    var bare = try #require(ReportFixtures.report().flagged.first)
    bare.measure.category = nil
    bare.measure.unresolvedReasons = []
    bare.measure.scriptScore = nil
    bare.measure.outcome = nil
    bare.measure.repeatStatus = .notRepeated
    bare.scriptLines = []
    bare.customerWords = nil
    bare.churnWords = nil
    bare.moves = []
    bare.vendorLabels = nil
    expectSameBytes(bare)
    var full = bare
    full.measure.category = "billing"
    full.measure.unresolvedReasons = UnresolvedReason.allCases
    full.measure.scriptScore = 2.0 / 3.0
    full.measure.outcome = .stillBroken
    full.measure.repeatStatus = .repeated(by: "C-2")
    full.scriptLines = ["Please restart your router.", "Is there anything else?"]
    full.customerWords = "still not working"
    full.churnWords = "I'm switching provider"
    full.moves = MoveKind.allCases.map { FlaggedContact.Move(kind: $0, example: "example of \($0)") }
    full.vendorLabels = "sentiment: negative"
    expectSameBytes(full)
  }

  @Test("Each flagged contact is written as its JSON value writes itself, whatever it holds")
  func flaggedBytes() throws {
    let template = try #require(ReportFixtures.report().flagged.first)
    // Seeded, so that a failure can be replayed.
    var generator = ScriptCorpusRandom(seed: 39)
    let reasons = UnresolvedReason.allCases
    let statuses: [ContactMeasure.RepeatStatus] = [.repeated(by: "C-9"), .notRepeated, .censored, .notMeasurable]
    func text() -> String { Self.texts.randomElement(using: &generator)! }
    func maybe(_ value: @autoclosure () -> String) -> String? { Bool.random(using: &generator) ? value() : nil }
    for _ in 0..<500 {
      var contact = template
      contact.measure.contactID = text()
      contact.measure.provider = text()
      contact.measure.sourcing = Sourcing.allCases.randomElement(using: &generator)!
      contact.measure.category = maybe(text())
      contact.measure.unresolvedReasons = (0..<Int.random(in: 0...3, using: &generator)).map { _ in
        reasons.randomElement(using: &generator)!
      }
      contact.measure.scriptScore = Bool.random(using: &generator) ? Double.random(in: 0...1, using: &generator) : nil
      contact.measure.lost = Bool.random(using: &generator)
      contact.measure.outcome =
        Bool.random(using: &generator) ? ConversationOutcome.allCases.randomElement(using: &generator) : nil
      contact.measure.repeatStatus = statuses.randomElement(using: &generator)!
      contact.scriptLines = (0..<Int.random(in: 0...3, using: &generator)).map { _ in text() }
      contact.customerWords = maybe(text())
      contact.churnWords = maybe(text())
      contact.moves = (0..<Int.random(in: 0...2, using: &generator)).map { _ in
        FlaggedContact.Move(kind: MoveKind.allCases.randomElement(using: &generator)!, example: text())
      }
      contact.vendorLabels = maybe(text())
      expectSameBytes(contact)
    }
  }
}
