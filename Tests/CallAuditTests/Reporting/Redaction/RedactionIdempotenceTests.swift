import Testing
@testable import CallAuditReporting

/// Redacting redacted text changes nothing, whatever the text: checked on
/// seeded random mixtures of digits, separators, capitals and pieces of
/// personal data, where patterns touch and overlap in ways no fixture lists.
@Suite("Redaction is idempotent")
struct RedactionIdempotenceTests {
  private let redactor = PersonalDataRedactor()

  /// Pieces that start, end or break patterns.
  private static let pieces = [
    "0", "1", "4", "8", "00", "44", "087", "20", "7946", "0958", "1111", "4111", "555", "123", "4567", "12",
    " ", " ", " ", "-", ".", ",", ", ", ":", "::", "/", "(", ")", "+", "@", "#", "'", "’", "–", "€", "£",
    "Mill", "Lane", "Road", "St", "St.", "Priory", "Flat", "Apt", "Co.", "Dublin", "Malahide", "SW1A", "1AA",
    "D02", "X285", "IL", "62704", "account", "IBAN", "GB82", "WEST", "AC-", "sort code", "a", "b", "example",
    "com", "ie", "fe80", "db8", "2001", "192", "168", "203", "113", "Mbps", "Thanks", "I", "ave", "main",
    "phone", "number", "is", "order", "Dún", "Zoë", "[phone]", "[address]", "(0)", "+44 ", "Flat 3, ", "zip",
    "Eircode", "a/c", "v", "W", "NE", "Kingsway", "5th", "x", "ff", "%", "eth0", "_", "]", "[", "9", "2", "3",
  ]

  /// A small seeded generator (SplitMix64), so every run checks the same texts.
  private struct Seeded {
    var state: UInt64
    mutating func next(below bound: Int) -> Int {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return Int((z ^ (z >> 31)) % UInt64(bound))
    }
  }

  @Test("random mixtures: a second pass finds nothing", arguments: [1, 2, 3, 4] as [UInt64])
  func randomMixtures(seed: UInt64) {
    var random = Seeded(state: seed)
    for _ in 0..<10_000 {
      var text = ""
      for _ in 0..<(4 + random.next(below: 24)) { text += Self.pieces[random.next(below: Self.pieces.count)] }
      let once = redactor.scan(text)
      let twice = redactor.scan(once.text)
      #expect(twice.text == once.text, "\(text)")
      #expect(twice.counts.isEmpty, "\(text)")
    }
  }
}
