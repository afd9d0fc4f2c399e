/// A small read-only open-addressing table from word hashes to values.
///
/// The vocabularies (stop words, synonyms, contractions, phrase-rule word sets) are looked up
/// once per token on the hot path; a linear-probing array over already-mixed `WordHasher`
/// keys costs a few nanoseconds where `Dictionary` would run SipHash on every probe.
///
/// Tables are built once into storage that is never freed (they live in `static let`s for the
/// life of the process), so copying one into a closure costs no reference counting: with
/// arrays, retain/release traffic was a quarter of fingerprinting time.
package struct StaticWordTable<Value: Sendable>: @unchecked Sendable {
  // @unchecked: the storage is written only in `init` and immutable afterwards.
  private let keys: UnsafeMutablePointer<UInt64>
  private let values: UnsafeMutablePointer<Value?>
  private let mask: Int
  /// Two 64-bit Bloom words over the keys: a cheap "certainly absent" before probing.
  private var bloomLow: UInt64 = 0
  private var bloomHigh: UInt64 = 0

  /// Builds the table from `(word, value)` pairs; a later duplicate word replaces an earlier one.
  package init(_ pairs: [(String, Value)]) {
    self.init(hashed: pairs.map { (TextHash.word($0.0), $0.1) })
  }

  /// Builds the table from `(TextHash.word hash, value)` pairs; a later duplicate replaces an
  /// earlier one.
  package init(hashed pairs: [(UInt64, Value)]) {
    var capacity = 16
    while capacity < pairs.count * 3 { capacity <<= 1 }
    keys = .allocate(capacity: capacity)
    keys.initialize(repeating: 0, count: capacity)
    values = .allocate(capacity: capacity)
    values.initialize(repeating: nil, count: capacity)
    mask = capacity - 1
    for (hash, value) in pairs {
      insert(hash, value)
      bloomLow |= 1 << (hash >> 52 & 63)
      bloomHigh |= 1 << (hash >> 58)
    }
  }

  /// Builds a membership table (every word maps to `true`).
  package init(words: [String]) where Value == Bool {
    self.init(words.map { ($0, true) })
  }

  /// The stored word hashes, in table order. A word whose hash is 0 is stored (and listed)
  /// as 1, which every lookup treats alike.
  package var hashes: [UInt64] {
    (0...mask).compactMap { keys[$0] == 0 ? nil : keys[$0] }
  }

  /// A membership table of the words of both.
  package func union(_ other: StaticWordTable<Bool>) -> StaticWordTable<Bool> where Value == Bool {
    var table = StaticWordTable<Bool>(hashed: (hashes + other.hashes).map { ($0, true) })
    // The Bloom bits as the words' own hashes set them (a stored 1 may stand for a 0).
    table.bloomLow = bloomLow | other.bloomLow
    table.bloomHigh = bloomHigh | other.bloomHigh
    return table
  }

  private func insert(_ hash: UInt64, _ value: Value) {  // storage only; self stays `let`
    let key = hash == 0 ? 1 : hash
    var index = Int(truncatingIfNeeded: key) & mask
    while keys[index] != 0 && keys[index] != key { index = (index + 1) & mask }
    keys[index] = key
    values[index] = value
  }

  /// The value stored for the word whose `WordHasher` hash is `hash`, if any.
  @inline(__always)
  package func lookup(_ hash: UInt64) -> Value? {
    let key = hash == 0 ? 1 : hash
    var index = Int(truncatingIfNeeded: key) & mask
    while true {
      let found = keys[index]
      if found == key { return values[index] }
      if found == 0 { return nil }
      index = (index + 1) & mask
    }
  }

  /// False when the word is certainly not in the table (for small tables only: a table of
  /// more than ~30 words sets most Bloom bits and this filters little).
  @inline(__always)
  package func mayContain(_ hash: UInt64) -> Bool {
    (bloomLow >> (hash >> 52 & 63)) & (bloomHigh >> (hash >> 58)) & 1 != 0
  }

  /// Whether the word whose `WordHasher` hash is `hash` is in the table.
  ///
  /// Reads the keys only: every stored key has a value, and a large table's values are a
  /// second cache miss per probe (the 45,000 common English words span 2.5 MB).
  @inline(__always)
  package func contains(_ hash: UInt64) -> Bool {
    let key = hash == 0 ? 1 : hash
    var index = Int(truncatingIfNeeded: key) & mask
    while true {
      let found = keys[index]
      if found == key { return true }
      if found == 0 { return false }
      index = (index + 1) & mask
    }
  }
}

/// A word table whose values are eight flag bits, for a caller in another module.
///
/// ``StaticWordTable`` is generic, and another module calls a generic type's methods
/// unspecialised, through its metadata and value witnesses: measured at three times the
/// cost of the probe itself (callgrind). This wrapper is compiled here, for `UInt8`.
package struct WordFlagTable: Sendable {
  private let table: StaticWordTable<UInt8>

  /// The table of `flags`, keyed by ``TextHash/word(_:)`` hashes.
  package init(_ flags: [UInt64: UInt8]) {
    table = StaticWordTable(hashed: flags.map { ($0.key, $0.value) })
  }

  /// The flags of the word whose hash is `hash`, 0 for a word not in the table.
  package func flags(_ hash: UInt64) -> UInt8 { table.lookup(hash) ?? 0 }
}
