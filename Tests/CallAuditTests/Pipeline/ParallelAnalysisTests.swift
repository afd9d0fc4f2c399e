import ContactGenerator
import Foundation
import Testing
@testable import CallAudit
@testable import CallAuditIngestion
@testable import CallAuditMetrics
@testable import CallAuditModel
@testable import CallAuditReporting

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

  @Test("A job count near Int.max is taken as the most a runner uses, and the report is the same (issue 19, item 12)")
  func hugeJobCount() throws {
    #expect(AnalysisRunner(jobs: 4_611_686_018_427_387_904).jobs == AnalysisRunner.maximumJobs)
    #expect(AnalysisRunner(jobs: .max).jobs == AnalysisRunner.maximumJobs)
    #expect(AnalysisRunner(jobs: .min).jobs == 1)
    let folder = try TestSupport.temporaryDirectory()
    let path = try export(seed: 12, count: 200, format: .csv, in: folder)
    // Before, 2 × jobs overflowed and the run crashed.
    #expect(report([path], jobs: 4_611_686_018_427_387_904) == report([path], jobs: 1))
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

  @Test("Measuring in 1, 7 or 64 shards of customers gives the same report, even with an input read twice")
  func shards() throws {
    var configuration = AnalysisConfiguration()
    configuration.keepContactMeasures = true
    let contacts = try SampleGenerator(configuration: GeneratorConfiguration(seed: 21, contacts: 900)).map(\.contact)
    let inputs = ["a.csv", "b.csv", "c.csv"].map { InputSummary(path: $0, format: .canonicalCSV) }
    func rendered(shards: Int, jobs: Int) -> String {
      // Input 0 and input 1 are the same export (same ids), input 2 lacks customers and times.
      var analyzer = ContactAnalyzer(configuration: configuration, shards: shards)
      for contact in contacts { analyzer.add(contact) }
      var again = ContactAnalyzer(configuration: configuration, shards: shards)
      for contact in contacts { again.add(contact) }
      var anonymous = ContactAnalyzer(configuration: configuration, shards: shards)
      for var contact in contacts.prefix(200) {
        contact.customerID = nil
        contact.openedAt = nil
        anonymous.add(contact)
      }
      analyzer.merge(again)
      analyzer.merge(anonymous)
      let report = analyzer.finish(inputs: inputs, jobs: jobs)
      return JSONReportRenderer().render(report)
        + (report.contactMeasures ?? []).map(ContactsCSVRenderer().render).joined()
    }
    let whole = rendered(shards: 1, jobs: 1)
    #expect(whole.contains("\"flagged\": [\n"))
    #expect(rendered(shards: 7, jobs: 3) == whole)
    #expect(rendered(shards: 64, jobs: 2) == whole)
  }

  @Test("Contacts spilled to the temporary file give the same report as contacts kept in memory")
  func spilled() throws {
    var configuration = AnalysisConfiguration()
    configuration.keepContactMeasures = true
    let contacts = try SampleGenerator(configuration: GeneratorConfiguration(seed: 22, contacts: 600)).map(\.contact)
    func analyzed(budget: Int) -> ContactAnalyzer {
      var analyzer = ContactAnalyzer(configuration: configuration, shards: 16, spoolBudget: budget)
      for contact in contacts { analyzer.add(contact) }
      return analyzer
    }
    let inMemory = analyzed(budget: .max), spilling = analyzed(budget: 4096)
    #expect(inMemory.spilledBytes == 0)
    #expect(spilling.spilledBytes > 100_000, "the small budget should have sent most contacts to the file")
    let inputs = [InputSummary(path: "a.csv", format: .canonicalCSV)]
    func rendered(_ analyzer: ContactAnalyzer) -> String {
      let report = analyzer.finish(inputs: inputs, jobs: 2)
      return JSONReportRenderer().render(report)
        + (report.contactMeasures ?? []).map(ContactsCSVRenderer().render).joined()
    }
    #expect(rendered(spilling) == rendered(inMemory))
  }

  @Test("A flagged-contact limit, applied as shards finish, keeps exactly the worst N of the unlimited list and the total")
  func flaggedLimit() throws {
    let folder = try TestSupport.temporaryDirectory()
    let path = try export(seed: 15, count: 1200, format: .csv, in: folder)
    let unlimited = AnalysisRunner(jobs: 2).run(paths: [path])
    let configuration = try AnalysisConfiguration(flaggedLimit: 6)
    let limited = AnalysisRunner(configuration: configuration, jobs: 2).run(paths: [path])
    #expect(unlimited.flagged.count > 50)
    #expect(limited.flaggedTotal == unlimited.flaggedTotal)
    #expect(Array(limited.flagged) == Array(unlimited.flagged.prefix(6)))
  }
}
