import Testing
@testable import CallAuditModel

@Suite("Export timestamps: named months with two-digit years")
struct ExportTimestampTwoDigitYearTests {
  @Test(
    "Jira's dd/MMM/yy dates, in English and Spanish",
    arguments: [
      ("18/jul/26 9:10 AM", "2026-07-18T09:10:00Z"), ("11/May/24 03:26 PM", "2024-05-11T15:26:00Z"),
      ("02/ago/25 10:30 AM", "2025-08-02T10:30:00Z"), ("15/dic/25 4:05 PM", "2025-12-15T16:05:00Z"),
      ("1/ene/99 12:00 AM", "1999-01-01T00:00:00Z"), ("22-Apr-15", "2015-04-22T00:00:00Z"),
    ])
  func twoDigitYears(text: String, iso: String) {
    #expect(Timestamp(exportText: text)?.iso8601 == iso)
  }

  @Test("A named month with two numbers and no year of four digits still needs a small year")
  func twoDigitYearRefusals() {
    #expect(Timestamp(exportText: "18/jul/260 9:10 AM") == nil)
    #expect(Timestamp(exportText: "18 jul") == nil)
  }
}
