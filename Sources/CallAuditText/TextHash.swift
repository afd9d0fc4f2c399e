/// Fixed, process-independent 64-bit hashing for text features.
///
/// `Hasher` is seeded per process, so anything whose *order* or *persisted value* matters
/// (band keys, sketches, tie-breaks) is hashed here instead. Words are hashed by
/// `WordHasher` (seven bytes per mix, no per-byte multiply chain, output fully mixed) rather
/// than FNV-1a, whose one-multiply-per-byte chain dominated tokenisation time.
package enum TextHash {
  /// The `WordHasher` hash of a byte buffer: how every token and vocabulary word is keyed.
  @inline(__always)
  package static func word(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hasher = WordHasher()
    for byte in bytes { hasher.append(byte) }
    return hasher.finish()
  }

  /// The `WordHasher` hash of `count` bytes at `bytes`, reading whole 8-byte words: the
  /// memory must stay readable 7 bytes past the end (the lexer's scratch buffer has slack).
  @inline(__always)
  package static func word(paddedBytes bytes: UnsafeRawPointer, count: Int) -> UInt64 {
    var state: UInt64 = WordHasher.seed
    var offset = 0
    while count - offset >= 7 {
      let block = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x00ff_ffff_ffff_ffff
      state = mix(state ^ block)
      offset += 7
    }
    let remaining = count - offset
    let block =
      remaining == 0
      ? 0 : bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        & ((1 << UInt64(remaining * 8)) &- 1)
    return mix(state ^ block ^ (UInt64(truncatingIfNeeded: count) << 56))
  }

  /// The `WordHasher` hash of a string's UTF-8 (vocabularies and placeholders).
  package static func word(_ text: String) -> UInt64 {
    var hasher = WordHasher()
    for byte in text.utf8 { hasher.append(byte) }
    return hasher.finish()
  }

  /// The splitmix64 / Murmur3 finaliser: every input bit affects every output bit.
  @inline(__always)
  package static func mix(_ value: UInt64) -> UInt64 {
    var z = value &+ 0x9e37_79b9_7f4a_7c15
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }

  /// Order-sensitive combination of two hashes (for bigrams and band keys).
  @inline(__always)
  package static func combine(_ first: UInt64, _ second: UInt64) -> UInt64 {
    mix(first &* 0x9fb2_1c65_1e98_df25 ^ (second &+ 0x2545_f491_4f6c_dd1d))
  }
}

/// Incremental word hashing: bytes are packed eight to a block and each block is folded in
/// with one `TextHash.mix`; the length goes into the final mix. Short words (≤ 7 bytes) cost
/// a single mix. Feeding bytes one at a time lets callers hash while they lower-case, skip
/// dots ("e.g." → "eg") or append a letter (stemming "ies" → "y") without a copy.
package struct WordHasher {
  /// The initial state (shared with `TextHash.word(paddedBytes:count:)`).
  package static let seed: UInt64 = 0x243f_6a88_85a3_08d3
  private var state: UInt64 = seed
  private var block: UInt64 = 0
  private var filled: UInt64 = 0
  private var length: UInt64 = 0

  /// Appends one byte.
  @inline(__always)
  package mutating func append(_ byte: UInt8) {
    block |= UInt64(byte) << filled
    filled &+= 8
    length &+= 1
    if filled == 56 {  // keep the top byte free for the length
      state = TextHash.mix(state ^ block)
      block = 0
      filled = 0
    }
  }

  /// The hash of the bytes appended so far.
  @inline(__always)
  package func finish() -> UInt64 {
    TextHash.mix(state ^ block ^ (length << 56))
  }
}
