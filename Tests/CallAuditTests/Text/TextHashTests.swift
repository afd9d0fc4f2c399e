import Testing
@testable import CallAuditText

/// Hashing and lexing fast paths must agree with their byte-at-a-time definitions.
@Suite struct TextHashTests {
  @Test func paddedWordHashEqualsIncrementalHash() {
    for length in 0..<40 {
      var bytes = (0..<length).map { UInt8(97 + $0 % 26) }
      var hasher = WordHasher()
      for byte in bytes { hasher.append(byte) }
      bytes.append(contentsOf: repeatElement(0xAA, count: 8))
      let padded = bytes.withUnsafeBytes { TextHash.word(paddedBytes: $0.baseAddress!, count: length) }
      #expect(padded == hasher.finish(), "length \(length)")
    }
  }

  @Test func plainWordsHashLikeTheirLowercasedText() {
    var hashes: [UInt64] = []
    TextLexer.scan("Supercalifragilistic MIXEDcase a") { lexeme, _ in hashes.append(lexeme.hash) }
    #expect(hashes == ["supercalifragilistic", "mixedcase", "a"].map { TextHash.word($0) })
  }

  @Test func distinctCounterIsExactBelowItsSizeAndCloseAbove() {
    var small = DistinctSketch(capacity: 32)
    for value in 0..<20 as Range<UInt64> { small.insert(TextHash.mix(value)); small.insert(TextHash.mix(value)) }
    #expect(small.estimate == 20)
    var large = DistinctSketch(capacity: 256)
    for value in 0..<10_000 as Range<UInt64> { large.insert(TextHash.mix(value)) }
    #expect(abs(large.estimate - 10_000) < 1_000)
    var half = DistinctSketch(capacity: 256)
    for value in 5_000..<12_000 as Range<UInt64> { half.insert(TextHash.mix(value)) }
    half.formUnion(large)
    #expect(abs(half.estimate - 12_000) < 1_200)
  }
}
