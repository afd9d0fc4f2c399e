/// The low byte of each of a fingerprint's 32 MinHash values: 32 bytes instead of 128.
///
/// Equal MinHash values have equal low bytes, so `agreement(with:)` here is never below the
/// full fingerprints' agreement: screening candidates on it loses no match, and it rejects
/// unrelated ones while reading a quarter of the memory (the miner keeps these in their own
/// cache-friendly array). Two 16-lane halves, because 16-byte vectors compile to single SSE
/// instructions where 32-lane byte vectors fall back to lane-by-lane code.
package struct QuickSignature: Sendable, Hashable, BitwiseCopyable {
  /// Low bytes of positions 0–15.
  package var low: SIMD16<UInt8>
  /// Low bytes of positions 16–31.
  package var high: SIMD16<UInt8>

  /// Positions whose low bytes agree.
  @inline(__always)
  package func agreement(with other: QuickSignature) -> Int {
    let zero = SIMD16<UInt8>(repeating: 0)
    let equal =
      zero.replacing(with: 1, where: low .== other.low)
      &+ zero.replacing(with: 1, where: high .== other.high)
    return Int(equal.wrappedSum())
  }
}
