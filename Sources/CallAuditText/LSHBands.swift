/// Locality-sensitive hashing over the 32 MinHash positions of a `SentenceFingerprint`.
///
/// Two sentences become match candidates when all positions of any one band agree; with
/// `b` bands of `r` rows the chance is 1 − (1 − Jʳ)ᵇ. Two schemes serve two needs:
/// - `mining` (10 bands × 3 rows, positions 0–29): the miner probes a table of up to
///   `capacity` clusters on every sentence, so few false candidates matter most
///   (≈ 10·J³ per cluster): 0.98 at Jaccard 0.7, 0.90 at 0.6, 0.74 at 0.5. A paraphrase that
///   misses its cluster starts a sibling cluster, which `library()` joins back.
/// - `matching` (16 bands × 2 rows, all 32 positions): a library holds few scripts, so recall
///   near the threshold matters most: 0.99 at 0.5, 0.94 at 0.4, 0.49 at 0.2.
package enum LSHBands {
  /// A banding scheme.
  package enum Scheme {
    /// 10 bands of 3 rows, for the miner's large cluster table.
    case mining
    /// 16 bands of 2 rows, for script libraries.
    case matching

    /// Number of bands.
    package var count: Int { self == .mining ? 10 : 16 }
  }

  /// The index key of band `band` of `fingerprint` under `scheme` (band number and scheme
  /// folded in, so one table serves all bands).
  @inline(__always)
  package static func key(_ fingerprint: SentenceFingerprint, band: Int, scheme: Scheme) -> UInt64 {
    switch scheme {
    case .mining:
      let first = band * 3
      let packed =
        UInt64(fingerprint.hash(at: first)) << 32 | UInt64(fingerprint.hash(at: first + 1))
      return TextHash.combine(packed, UInt64(fingerprint.hash(at: first + 2)) << 8 | UInt64(band))
    case .matching:
      let first = band * 2
      let packed =
        UInt64(fingerprint.hash(at: first)) << 32 | UInt64(fingerprint.hash(at: first + 1))
      return TextHash.combine(packed, 0x1_0000_0000 << 8 | UInt64(band))
    }
  }
}
