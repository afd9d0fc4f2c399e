import CallAuditModel
import ContactGenerator
import Testing
@testable import CallAuditMetrics

/// Flagged contacts carry the breakdown cell they fall in (``FlaggedContact/cell``), so
/// the HTML report can link each cell to its flagged contacts (issue 23).
@Suite("Flagged contacts' breakdown cells")
struct BreakdownFlaggedTests {
  /// The split-sites provider's contacts, broken down by `by`, every flagged contact listed.
  static func report(contacts: Int = 3_000, by: [BreakdownDimension], jobs: Int = 1) throws -> AnalysisReport {
    var configuration = AnalysisConfiguration()
    configuration.breakdown = by
    var analyzer = ContactAnalyzer(configuration: configuration)
    let generator = try SampleGenerator(
      configuration: GeneratorConfiguration(seed: 3, contacts: contacts, providers: [ProviderSpec.splitSites]))
    for labeled in generator { analyzer.add(labeled.contact) }
    return analyzer.finish(inputs: [], jobs: jobs)
  }

  @Test("Each cell's flagged count is the number of flagged contacts carrying its values", arguments: [1, 2])
  func cellsMatchFlagged(jobs: Int) throws {
    let report = try Self.report(by: [.site, .week], jobs: jobs)
    let breakdown = try #require(report.breakdown)
    #expect(report.flagged.count == report.flaggedTotal, "no limit: every flagged contact is listed")
    var carried: [String: Int] = [:]
    for contact in report.flagged {
      let values = try #require(contact.cell)
      #expect(values.count == 2)
      carried[contact.measure.provider + "|" + values.map { "\($0.given):\($0.label)" }.joined(separator: "|"), default: 0] += 1
    }
    var counted: [String: Int] = [:]
    for cell in breakdown.cells where cell.flagged > 0 {
      counted[cell.provider + "|" + cell.values.map { "\($0.given):\($0.label)" }.joined(separator: "|")] = cell.flagged
    }
    #expect(!counted.isEmpty)
    #expect(carried == counted)
  }

  @Test("Without --by, flagged contacts carry no cell")
  func noCellUnasked() throws {
    let report = try Self.report(contacts: 600, by: [])
    #expect(report.flaggedTotal > 0)
    #expect(report.flagged.allSatisfy { $0.cell == nil })
  }
}
