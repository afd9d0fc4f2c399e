/// 64-bit FNV-1a over UTF-8 bytes: the same value on every run and machine,
/// unlike `Hasher`, which is seeded per process.
package enum StableHash {
  private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
  private static let prime: UInt64 = 0x0000_0100_0000_01b3

  /// The hash of `parts`, with a separator byte between them so ("ab","c") ≠ ("a","bc").
  package static func of(_ parts: String...) -> UInt64 {
    var hash = offsetBasis
    for (index, part) in parts.enumerated() {
      if index > 0 {
        hash ^= 0x1F
        hash &*= prime
      }
      for byte in part.utf8 {
        hash ^= UInt64(byte)
        hash &*= prime
      }
    }
    // 0 is reserved for "unknown" in the records.
    return hash == 0 ? 1 : hash
  }
}
