import CallAuditText

/// The script libraries' answers for fingerprints met recently, across contacts.
///
/// Agents repeat their lines, and a line said again has the same fingerprint, so measuring
/// asks a provider's library about the same fingerprint over and over. A library's answer
/// (``ScriptLibrary/match(_:)``) depends on nothing but the fingerprint's 32 MinHash values,
/// and an answer is kept with all 32 of them, so one read from here is the answer the LSH
/// probe would give. Valid for one set of libraries: one value per scoring context.
///
/// Bounded by design: 4,096 direct-mapped slots of 144 bytes (576 KiB), taken when first
/// used; a fingerprint takes its slot from whatever held it.
package struct RecentScriptMatches {
  private struct Slot {
    var hashes0, hashes1: SIMD16<UInt32>
    /// The provider whose library answered; -1 for an empty slot.
    var provider: Int32
    /// The script's id, or -1 for no script.
    var script: Int32
  }

  static let slots = 4_096
  private var storage: [Slot] = []

  package init() {}

  /// The script `provider`'s library matches `fingerprint` with: the kept answer when one is,
  /// else `lookup`'s, then kept.
  /// - Complexity: O(1) when kept; `lookup`'s cost otherwise.
  package mutating func script(
    _ fingerprint: SentenceFingerprint, provider: Int, lookup: () -> Int?
  ) -> Int? {
    if storage.isEmpty {
      let empty = Slot(hashes0: .zero, hashes1: .zero, provider: -1, script: -1)
      storage = Array(repeating: empty, count: Self.slots)
    }
    let position = Self.slot(of: fingerprint, provider: provider)
    let kept = storage[position]
    if kept.provider == Int32(truncatingIfNeeded: provider), kept.hashes0 == fingerprint.hashes0,
      kept.hashes1 == fingerprint.hashes1
    {
      return kept.script < 0 ? nil : Int(kept.script)
    }
    let script = lookup()
    storage[position] = Slot(
      hashes0: fingerprint.hashes0, hashes1: fingerprint.hashes1, provider: Int32(truncatingIfNeeded: provider),
      script: script.map { Int32(truncatingIfNeeded: $0) } ?? -1)
    return script
  }

  /// The slot of a fingerprint: its first two MinHash values and the provider, mixed by a
  /// multiplicative hash (a minimum is skewed low; the multiplication spreads it).
  private static func slot(of fingerprint: SentenceFingerprint, provider: Int) -> Int {
    let key = (UInt64(fingerprint.hashes0[0]) << 32 | UInt64(fingerprint.hashes0[1])) ^ UInt64(truncatingIfNeeded: provider)
    return Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - slots.trailingZeroBitCount))
  }
}
