/// The running minimum of 32 hash functions over the shingles added so far.
///
/// Hash function pair `j` multiplies the (already well-mixed) 64-bit shingle hash by the odd
/// constant `multipliers[j]` modulo 2⁶⁴ and folds the product with an xor-shift; the two
/// 32-bit halves of the result are positions `2j` and `2j+1`. (The *high* half of a
/// full-width product would not do: it is monotonic in the input, so every position would
/// pick the same minimum.) The sixteen products are computed as two 8-lane vectors and the
/// minimum is taken lane-wise, so a shingle costs a handful of vector instructions.
///
/// One-permutation hashing (one hash per shingle, densified bins) was tried: on the SSE2
/// baseline its per-bin updates and densification made fingerprinting slower, not faster.
package struct MinHashSignature {
  /// Positions 0–15.
  package var lanes0 = SIMD16<UInt32>(repeating: .max)
  /// Positions 16–31.
  package var lanes1 = SIMD16<UInt32>(repeating: .max)

  /// Folds one shingle hash into the signature.
  @inline(__always)
  package mutating func add(_ shingle: UInt64) {
    let value = SIMD8<UInt64>(repeating: shingle)
    var first = value &* Self.multipliers0
    var second = value &* Self.multipliers1
    first ^= first &>> 29
    second ^= second &>> 29
    let hashes0 = unsafeBitCast(first, to: SIMD16<UInt32>.self)
    let hashes1 = unsafeBitCast(second, to: SIMD16<UInt32>.self)
    // `replacing(with:where:)` with a vector compiles to compare-and-blend; the stdlib's
    // `pointwiseMin` stayed an out-of-line call here.
    lanes0.replace(with: hashes0, where: hashes0 .< lanes0)
    lanes1.replace(with: hashes1, where: hashes1 .< lanes1)
  }

  /// Multipliers 0–7: fixed odd constants (drawn once from a seeded generator), so signatures
  /// never change between builds, runs or processes. Computed properties of literals fold
  /// to constants; a `static let` would cost a lazy-initialisation check per shingle.
  @inline(__always)
  private static var multipliers0: SIMD8<UInt64> {
    SIMD8(
      0x6cc6_be18_05fd_f179, 0x4ba7_1ab7_ac05_04a5, 0xdae8_5d09_2839_8f9f, 0x0b8e_90e9_f646_6d5f,
      0x4e69_80ee_6510_11cb, 0xc4e0_8e67_b822_b63b, 0x28b5_8ab4_d47a_9a79, 0xa02b_ff2f_31bf_a6af)
  }

  /// Multipliers 8–15.
  @inline(__always)
  private static var multipliers1: SIMD8<UInt64> {
    SIMD8(
      0x1414_f6b5_06d0_02db, 0x2531_8bf2_7b88_5975, 0x3d3d_b70b_0d99_ed21, 0x87a1_52f4_60ca_36ff,
      0x167d_d69a_83f6_14dd, 0xe7fb_3f46_c937_4389, 0xfda5_36a3_a434_d6f9, 0x9d46_1576_6cd4_4f91)
  }
}
