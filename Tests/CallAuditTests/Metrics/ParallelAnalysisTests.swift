import Foundation
import Testing
import ContactGenerator
@testable import CallAudit

/// More jobs must never change the report: contacts prepared on several cores
/// are absorbed in input order (``ParallelContactFeeder``).
@Suite("Parallel analysis")
struct ParallelAnalysisTests {
  /// Writes `count` seeded generated contacts as canonical CSV or XML.
  private func export(seed: UInt64, count: Int, format: CanonicalWriter.Format, in folder: URL) throws -> String {
    let writer = CanonicalWriter(format: format)
    var text = writer.header
    for labeled in try SampleGenerator(configuration: GeneratorConfiguration(seed: seed, contacts: count)) {
      text += writer.render(labeled.contact)
    }
    text += writer.footer
    let path = folder.appendingPathComponent("export-\(seed).\(format == .csv ? "csv" : "xml")").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  private func report(_ paths: [String], jobs: Int) -> String {
    var configuration = AnalysisConfiguration()
    configuration.keepContactMeasures = true
    let report = AnalysisRunner(configuration: configuration, jobs: jobs).run(paths: paths)
    let measures = (report.contactMeasures ?? []).map(ContactsCSVRenderer().render).joined()
    return JSONReportRenderer().render(report) + measures
  }

  @Test("One large input gives the same report and per-contact measures with 1, 2 and 5 jobs")
  func oneInput() throws {
    let folder = try TestSupport.temporaryDirectory()
    // Well over one batch, and not a multiple of it, so the last batch is partial.
    let path = try export(seed: 11, count: 3 * ParallelContactFeeder.batchSize + 57, format: .csv, in: folder)
    let single = report([path], jobs: 1)
    #expect(single.contains("\"flagged\": [\n"), "the data should flag some contacts, or the comparison proves little")
    #expect(report([path], jobs: 2) == single)
    #expect(report([path], jobs: 5) == single)
  }

  @Test("Several inputs of both formats give the same report with 1 and 3 jobs")
  func severalInputs() throws {
    let folder = try TestSupport.temporaryDirectory()
    let paths = [
      try export(seed: 12, count: 700, format: .csv, in: folder),
      try export(seed: 13, count: 400, format: .xml, in: folder),
      try export(seed: 14, count: 20, format: .csv, in: folder),
    ]
    #expect(report(paths, jobs: 3) == report(paths, jobs: 1))
  }

  @Test("Measuring in 1, 2 or 7 shards of customers gives the same report, even with an input read twice")
  func shards() throws {
    var configuration = AnalysisConfiguration()
    configuration.keepContactMeasures = true
    let contacts = try SampleGenerator(configuration: GeneratorConfiguration(seed: 21, contacts: 900)).map(\.contact)
    // Input 0 and input 1 are the same export (same ids), input 2 lacks customers and times.
    var analyzer = ContactAnalyzer(configuration: configuration)
    for contact in contacts { analyzer.add(contact) }
    var again = ContactAnalyzer(configuration: configuration)
    for contact in contacts { again.add(contact) }
    var anonymous = ContactAnalyzer(configuration: configuration)
    for var contact in contacts.prefix(200) {
      contact.customerID = nil
      contact.openedAt = nil
      anonymous.add(contact)
    }
    analyzer.merge(again)
    analyzer.merge(anonymous)
    let inputs = ["a.csv", "b.csv", "c.csv"].map { InputSummary(path: $0, format: .canonicalCSV) }
    func rendered(_ shards: Int) -> String {
      let report = analyzer.finish(inputs: inputs, shards: shards)
      return JSONReportRenderer().render(report)
        + (report.contactMeasures ?? []).map(ContactsCSVRenderer().render).joined()
    }
    let whole = rendered(1)
    #expect(whole.contains("\"flagged\": [\n"))
    #expect(rendered(2) == whole)
    #expect(rendered(7) == whole)
  }
}
