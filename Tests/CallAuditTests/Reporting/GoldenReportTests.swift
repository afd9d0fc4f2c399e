import Foundation
import Testing
@testable import CallAuditMetrics
@testable import CallAuditModel
@testable import CallAuditReporting

/// Compares renderer output with the files in `fixtures/golden/`.
///
/// After an intended change to a renderer, regenerate them with
/// `CALLAUDIT_UPDATE_GOLDEN=1 swift test --filter GoldenReport` and review the diff.
@Suite("Golden reports")
struct GoldenReportTests {
  private static var inputs: [InputSummary] {
    var summary = InputSummary(path: "exports/northwind.csv", format: .canonicalCSV)
    for _ in 0..<81 { summary.accept() }
    summary.reject(line: 7, reason: "transfers 'two' is not a whole number, 0 or more")
    summary.note("ignored unknown columns: mood")
    return [summary]
  }

  private func check(_ name: String, _ rendered: String) throws {
    let url = TestSupport.repositoryRoot.appendingPathComponent("fixtures/golden/\(name)")
    if ProcessInfo.processInfo.environment["CALLAUDIT_UPDATE_GOLDEN"] != nil {
      try rendered.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(rendered == expected, "\(name) differs from its golden file; if intended, regenerate it (see GoldenReportTests)")
  }

  @Test("Text", arguments: [false, true])
  func text(colour: Bool) throws {
    let report = ReportFixtures.report(inputs: Self.inputs)
    try check(colour ? "report-colour.txt" : "report.txt", TextReportRenderer(colour: colour).render(report))
  }

  @Test("Text narrower than the table turns the table on its side")
  func narrowText() throws {
    let report = ReportFixtures.report(inputs: Self.inputs)
    try check("report-60-columns.txt", TextReportRenderer(width: 60).render(report))
  }

  @Test("Markdown")
  func markdown() throws {
    try check("report.md", MarkdownReportRenderer().render(ReportFixtures.report(inputs: Self.inputs)))
  }

  @Test("Flagged CSV")
  func flaggedCSV() throws {
    try check("flagged.csv", FlaggedCSVRenderer().render(ReportFixtures.report(inputs: Self.inputs)))
  }

  @Test("JSON")
  func json() throws {
    try check("report.json", JSONReportRenderer().render(ReportFixtures.report(inputs: Self.inputs)))
  }

  @Test("Compare, as text and JSON")
  func compare() throws {
    let report = ReportFixtures.report(
      ReportFixtures.contacts() + ReportFixtures.contacts(provider: "Contoso Fiber", idPrefix: "C"), inputs: Self.inputs)
    let ranking = ProviderRanking(report)
    try check("compare.txt", RankingRenderer().text(ranking, report: report))
    try check("compare.json", RankingRenderer().json(ranking, report: report))
  }
}
