extension SentenceFingerprint {
  /// The 32 MinHash values, for storing a fingerprint (the hashes are seeded by
  /// fixed constants, so a stored fingerprint matches one made later).
  public var hashValues: [UInt32] { (0..<Self.hashCount).map(hash(at:)) }

  /// A fingerprint from stored values; `nil` unless there are exactly 32.
  public init?(hashValues: [UInt32], wordCount: Int) {
    guard hashValues.count == Self.hashCount, wordCount >= 0 else { return nil }
    var low = SIMD16<UInt32>(), high = SIMD16<UInt32>()
    for index in 0..<16 {
      low[index] = hashValues[index]
      high[index] = hashValues[index + 16]
    }
    hashes0 = low
    hashes1 = high
    self.wordCount = wordCount
  }

  /// A fingerprint from its two halves, as kept in memory.
  package init(hashes0: SIMD16<UInt32>, hashes1: SIMD16<UInt32>, wordCount: Int) {
    self.hashes0 = hashes0
    self.hashes1 = hashes1
    self.wordCount = wordCount
  }
}
