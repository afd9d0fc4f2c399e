import Testing
@testable import CallAuditMetrics
@testable import CallAuditReporting

/// A report's script lines and vendor labels recur from one flagged contact to the
/// next, and each distinct one is scanned once: the text and the counts must be what
/// scanning every occurrence gives.
@Suite("Redaction of repeated lines")
struct RedactionRepeatedLinesTests {
  /// The replacements scanning each text on its own gives, kind by kind.
  private func expectedCounts(_ texts: [String]) -> [String: Int] {
    var counts: [String: Int] = [:]
    for text in texts {
      for (kind, count) in PersonalDataRedactor().scan(text).counts { counts[kind.rawValue, default: 0] += count }
    }
    return counts
  }

  private func counts(_ report: AnalysisReport) -> [String: Int] {
    Dictionary(uniqueKeysWithValues: report.redaction.replacements.map { ($0.kind, $0.count) })
  }

  /// The fixture report with no text but its flagged contacts': no scripts, moves or inputs,
  /// so the replacements counted are the flagged contacts' alone.
  private static func reportOfFlaggedOnly() -> AnalysisReport {
    var report = ReportFixtures.report()
    report.scripts = []
    report.providers = report.providers.map { provider in
      var provider = provider
      provider.moves = []
      return provider
    }
    report.inputs = []
    return report
  }

  @Test("A line quoted by every flagged contact is replaced in each and counted each time")
  func repeatedLine() throws {
    var report = Self.reportOfFlaggedOnly()
    let template = try #require(report.flagged.first)
    let line = "Call us on 0800 123 4567 or write to help@example.com."
    report.flagged = FlaggedContacts((0..<6).map { _ in
      var contact = template
      contact.scriptLines = [line, line]
      contact.vendorLabels = "agent@example.com"
      return contact
    })
    let redacted = report.redacted()
    let lines = redacted.flagged.flatMap(\.scriptLines)
    #expect(lines.count == 12)
    #expect(Set(lines) == [PersonalDataRedactor().scan(line).text])
    #expect(!lines[0].contains("help@example.com"))
    var texts = Array(repeating: line, count: 12) + Array(repeating: "agent@example.com", count: 6)
    texts += report.flagged.flatMap { ($0.customerWords.map { [$0] } ?? []) + ($0.churnWords.map { [$0] } ?? []) }
    #expect(counts(redacted) == expectedCounts(texts))
  }

  @Test("Past the memo's limit of distinct lines, every line is still scanned and counted")
  func manyDistinctLines() throws {
    var report = Self.reportOfFlaggedOnly()
    let template = try #require(report.flagged.first)
    let distinct = AnalysisReport.redactionMemoLimit + 50
    let labels = (0..<distinct).map { "queue \($0) owner person\($0)@example.com" }
    // Few contacts quoting many lines each, so that one block of contacts (the memo's
    // reach, ``FlaggedContacts/blockSize``) holds more distinct lines than the memo keeps.
    let perContact = 500
    #expect((distinct + perContact - 1) / perContact < FlaggedContacts.blockSize)
    report.flagged = FlaggedContacts(stride(from: 0, to: distinct, by: perContact).map { start in
      var contact = template
      contact.scriptLines = Array(labels[start..<min(distinct, start + perContact)])
      contact.customerWords = nil
      contact.churnWords = nil
      contact.vendorLabels = labels[start]
      return contact
    })
    let redacted = report.redacted()
    #expect(
      redacted.flagged.allSatisfy { contact in
        !(contact.vendorLabels ?? "@example.com").contains("@example.com")
          && contact.scriptLines.allSatisfy { !$0.contains("@example.com") }
      })
    #expect(counts(redacted) == expectedCounts(labels + stride(from: 0, to: distinct, by: perContact).map { labels[$0] }))
  }
}
