import Foundation
import Testing

/// Reports over a real export that names about a hundred company accounts and
/// no sourcing at all (Customer Support on Twitter, divya-gh `twcs_small.csv`,
/// read where it lies): issue 17, part 6.
@Suite("Reports with missing data, end to end", .serialized, .enabled(if: RealSamplePaths.available))
struct MissingDataReportTests {
  private let input = RealSamplePaths.path("twcs-divya-gh/twcs_small.csv")

  /// The providers of the JSON report, and how many there are.
  private func providers() throws -> [[String: Any]] {
    let run = try TestSupport.runCallaudit(["analyze", input, "--quiet", "--format", "json"])
    #expect(run.status == 0, "\(run.standardError)")
    let report = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    return try #require(report["providers"] as? [[String: Any]])
  }

  @Test("No sourcing known: one line for every provider, and each reason said once")
  func text() throws {
    let providers = try providers()
    #expect(providers.count > 50)
    let reasons = providers.compactMap { ($0["outsourcing"] as? [String: Any])?["no_comparison_reason"] as? String }
    #expect(reasons.count == providers.count && Set(reasons) == ["no-sourcing"])
    let run = try TestSupport.runCallaudit(["analyze", input, "--quiet"])
    #expect(run.status == 0)
    let lines = run.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
    let verdicts = lines.filter { $0.hasPrefix("[") }
    #expect(verdicts.count == 1)
    #expect(verdicts.first?.hasPrefix("[no-comparison] No sourcing is known for \(providers.count) providers (") == true)
    #expect(verdicts.first?.hasSuffix("): give --sites to compare outsourced and in-house.") == true)
    #expect(!run.standardOutput.contains("no comparison on"))
    #expect(!run.standardOutput.contains("0 outsourced and 0 in-house"))
    #expect(run.standardOutput.components(separatedBy: "Not computed for any provider: ").count == 2)
    #expect(!run.standardOutput.contains("not computed for unknown: escalated"))
    // Every provider still has its figures.
    #expect(lines.filter { $0.hasSuffix(" contacts") && $0.contains(" — ") }.count == providers.count)
  }

  @Test("The HTML report has one card for them all, and no empty forest plot")
  func html() throws {
    let providers = try providers()
    let run = try TestSupport.runCallaudit(["analyze", input, "--quiet", "--format", "html"])
    #expect(run.status == 0)
    let html = run.standardOutput
    #expect(!html.contains(#"<article class="verdict-card""#))
    #expect(html.contains(
      #"<article class="verdict-card-group" data-verdict="no-comparison" data-reason="no-sourcing" data-providers="\#(providers.count)">"#))
    #expect(!html.contains(#"<svg id="forest-plot""#))
    #expect(html.contains("No provider has a risk ratio to plot"))
  }
}
