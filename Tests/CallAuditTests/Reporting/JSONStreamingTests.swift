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
}
