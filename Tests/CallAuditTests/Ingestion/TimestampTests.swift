import Testing
@testable import CallAuditModel

@Suite("ISO 8601 timestamps")
struct TimestampTests {
  @Test("UTC, offsets and fractions land on the same instant", arguments: [
    "2025-03-01T09:30:00Z", "2025-03-01T10:30:00+01:00", "2025-03-01T04:30:00-0500",
    "2025-03-01T09:30:00.123Z", "2025-03-01 09:30:00Z", "2025-03-01T11:30:00+02",
    "  2025-03-01T09:30:00Z ", "2025-03-01T09:30:00",
  ])
  func sameInstant(_ text: String) throws {
    let time = try #require(Timestamp(iso8601: text))
    // 2025-03-01 is day 20148 since the epoch (checked with `date -ud 2025-03-01 +%s` / 86400).
    #expect(time.secondsSinceEpoch == 20_148 * 86_400 + 9 * 3600 + 30 * 60)
  }

  @Test("Malformed or impossible values are refused", arguments: [
    "", "yesterday", "2025-13-01T00:00:00Z", "2025-02-29T00:00:00Z", "2025-03-01T24:00:00Z",
    "2025-03-01T09:60:00Z", "2025-03-01T09:30:00Zjunk", "2025-3-1", "2025-03-01T09:30:00+25:00",
    "2025-03-01T09:30:00.Z",
  ])
  func refused(_ text: String) {
    #expect(Timestamp(iso8601: text) == nil)
  }

  @Test("Leap years and dates before 1970 round-trip through the formatter")
  func roundTrip() throws {
    for text in ["2024-02-29T23:59:59Z", "1969-12-31T23:59:59Z", "2000-01-01T00:00:00Z", "1900-03-01T12:00:00Z"] {
      let time = try #require(Timestamp(iso8601: text))
      #expect(time.iso8601 == text)
    }
    #expect(Timestamp(iso8601: "1970-01-01T00:00:00Z")?.secondsSinceEpoch == 0)
    #expect(Timestamp(iso8601: "1969-12-31T23:59:59Z")?.secondsSinceEpoch == -1)
  }
}
