/// Eight-bytes-at-a-time character tests on little-endian words.
package enum LetterBlock {
  /// The top bit of every byte.
  package static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// The top bit of each byte that is an ASCII letter.
  @inline(__always)
  package static func letters(_ word: UInt64) -> UInt64 {
    let low = (word | 0x2020_2020_2020_2020) & 0x7f7f_7f7f_7f7f_7f7f
    let atLeastA = low &+ 0x1f1f_1f1f_1f1f_1f1f  // top bit set from 0x61 ("a") up
    let aboveZ = low &+ 0x0505_0505_0505_0505  // top bit set from 0x7b (past "z") up
    return atLeastA & ~aboveZ & ~word & highBits
  }

  /// Whether any marked letter byte is lower-case (has bit 0x20, moved to bit 7 by `<< 2`).
  @inline(__always)
  package static func hasLowercase(_ word: UInt64, letters: UInt64) -> Bool {
    letters & (word << 2) != 0
  }

  /// The top bit of each byte equal to `byte`, and of no other. (As `UTF8Scan` finds line
  /// feeds: adding 0x7F to each byte's low seven bits carries into no other byte, so every
  /// mark is exact, unlike the shorter has-zero-byte test, whose borrows mark bytes above
  /// the first match.)
  @inline(__always)
  package static func matches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
    let difference = word ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
    let lowSeven: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    return ~(((difference & lowSeven) &+ lowSeven) | difference) & highBits
  }
}
