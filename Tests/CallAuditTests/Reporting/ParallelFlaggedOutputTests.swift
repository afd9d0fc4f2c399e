import ContactGenerator
import Testing
@testable import CallAuditMetrics
@testable import CallAuditReporting

/// Redacting and writing the flagged contacts on several threads gives the report one
/// thread gives, byte for byte: the same text, the same replacements counted.
@Suite("Flagged contacts redacted and written on several threads")
struct ParallelFlaggedOutputTests {
  /// A report listing many blocks of flagged contacts, some quoting personal data.
  private static func report() throws -> AnalysisReport {
    var report = try BreakdownFlaggedTests.report(contacts: 4_000, by: [])
    let personal = ["call me on 0800 123 4567", "mail help@example.com", "card 4111 1111 1111 1111", "from 10.0.0.12"]
    var index = 0
    report.flagged = report.flagged.transformed { contact in
      var contact = contact
      index += 1
      if index % 3 == 0 { contact.customerWords = (contact.customerWords ?? "") + " " + personal[index % 4] }
      if index % 5 == 0 { contact.scriptLines.append("Reach us at agent\(index % 7)@example.com") }
      return contact
    }
    return report
  }

  @Test("Redacted on 1, 2 and 5 threads alike")
  func redaction() throws {
    let report = try Self.report()
    #expect(report.flagged.count > 2 * FlaggedContacts.blockSize, "three blocks or more")
    #expect(report.flagged.count % FlaggedContacts.blockSize != 0, "the last block partial")
    let one = report.redacted(jobs: 1)
    #expect(one.redaction.replacements.contains { $0.count > 0 }, "the fixture quotes personal data")
    for jobs in [2, 5] {
      let many = report.redacted(jobs: jobs)
      #expect(Array(many.flagged) == Array(one.flagged))
      #expect(many.redaction == one.redaction)
    }
  }

  @Test("Contacts read back from the temporary file by several threads at once: the same report")
  func spilled() throws {
    var report = try Self.report()
    // Long customer words, so that the evidence passes its in-memory chunk and goes to the
    // file, which the blocks' threads then read at the same time.
    let storage = SpoolStorage()
    var evidence = FlaggedEvidence(spillingTo: storage)
    let locations = report.flagged.map { contact in
      var contact = contact
      contact.customerWords = String(repeating: "my bill went up again, call me on 0800 123 4567. ", count: 40)
      return evidence.append(contact)
    }
    report.flagged = FlaggedContacts(evidence: evidence, locations: locations)
    #expect(storage.existingFile != nil, "the evidence went to the temporary file")
    let one = report.redacted(jobs: 1)
    let many = report.redacted(jobs: 3)
    #expect(Array(many.flagged) == Array(one.flagged))
    #expect(many.redaction == one.redaction)
    #expect(JSONReportRenderer(jobs: 3).render(many) == JSONReportRenderer(jobs: 1).render(one))
  }

  @Test("JSON written on 1, 2 and 5 threads alike")
  func json() throws {
    let report = try Self.report().redacted()
    let one = JSONReportRenderer(jobs: 1).render(report)
    #expect(one == JSONReportRenderer().document(report).serialized())
    for jobs in [2, 5] {
      #expect(JSONReportRenderer(jobs: jobs).render(report) == one)
    }
  }
}
