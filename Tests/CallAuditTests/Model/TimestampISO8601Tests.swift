import Testing
@testable import CallAuditModel

/// The three entry points of the ISO 8601 parser — a string, contiguous bytes, any byte
/// collection — must agree: the readers use the first two, which exist only so that the
/// parser is specialised (docs/performance.md), not to parse differently.
@Suite("ISO 8601 timestamps")
struct TimestampISO8601Tests {
  @Test("String, buffer and collection entry points agree", arguments: [
    "2025-03-01T09:30:00Z", "2025-03-01 09:30", "2025-03-01", " 2025-03-01T09:30:00.123+02:00 ", "2024-02-29T23:59:60Z",
    "1969-12-31T23:59:59-0130", "2025-02-29", "2025-13-01", "2025-03-01T24:00", "2025-03-01T09:30:00+19", "", "not a time",
    "2025-03-01T09:30:00Zjunk",
  ])
  func entryPointsAgree(_ text: String) {
    let fromString = Timestamp(iso8601: text)
    let fromArray = Timestamp(iso8601: Array(text.utf8))
    let fromBuffer = Array(text.utf8).withUnsafeBufferPointer { Timestamp(iso8601: $0) }
    #expect(fromString == fromArray)
    #expect(fromBuffer == fromArray)
  }

  @Test("A known time parses to its seconds since 1970")
  func knownValue() throws {
    let time = try #require(Timestamp(iso8601: "2025-03-01T09:30:00+01:00"))
    #expect(time.secondsSinceEpoch == 1_740_817_800)
    #expect(Timestamp(iso8601: "2025-02-29") == nil)
  }
}
