/// A multimap from LSH band keys to small integers (script variants, clusters being joined),
/// laid out as 64-byte buckets so that a lookup or insert usually touches one cache line.
///
/// Each bucket holds an overflow counter and seven entries; an entry packs the top 40 bits of
/// the key with a 24-bit value (a fragment collision only yields an extra candidate, which the
/// caller's similarity check rejects). A key lives in its home bucket or, when that is full,
/// in a following one; the counter records how many entries passed a bucket by, so probes
/// stop at the first bucket with a zero counter (the F14 scheme). The miner's own index,
/// which must forget evicted clusters, is `ClusterIndex`. Buckets are chosen from the key
/// bits by fixed arithmetic: iteration order never depends on a per-process seed.
package struct BandIndex: Sendable {
  /// Largest value an entry can carry.
  package static let maximumValue = (1 << 24) - 1
  /// Entries per bucket (the eighth word is the overflow counter).
  private static let bucketEntries = 7

  /// Word 0 of each bucket is its overflow counter, words 1–7 its entries (0 = empty).
  private var words: [UInt64]
  private var bucketCount: Int
  package private(set) var count = 0

  /// An index with room for `expected` entries at about 60% load (it grows beyond that).
  package init(expected: Int) {
    bucketCount = Self.buckets(for: expected)
    words = Array(repeating: 0, count: bucketCount * 8)
  }

  /// Bytes held by the bucket array.
  package var byteCount: Int { words.count * MemoryLayout<UInt64>.stride }

  /// Bytes an index holding `expected` entries occupies.
  package static func byteCount(expected: Int) -> Int {
    buckets(for: expected) * 8 * MemoryLayout<UInt64>.stride
  }

  private static func buckets(for entries: Int) -> Int {
    max(4, (entries * 10 + bucketEntries * 6 - 1) / (bucketEntries * 6))
  }

  @inline(__always)
  private static func fragment(_ key: UInt64) -> UInt64 {
    let fragment = key >> 24
    return fragment == 0 ? 1 : fragment
  }

  /// The home bucket of a key fragment: its low 32 bits scaled to the bucket count (no
  /// power-of-two rounding, so memory follows the configured capacity closely). Derived
  /// from the stored fragment, so growing can re-home entries without the original keys.
  @inline(__always)
  private func home(_ fragment: UInt64) -> Int {
    Int(truncatingIfNeeded: ((fragment & 0xffff_ffff) &* UInt64(bucketCount)) >> 32)
  }

  @inline(__always)
  private func next(_ bucket: Int) -> Int { bucket + 1 == bucketCount ? 0 : bucket + 1 }

  /// Adds `value` under `key`.
  package mutating func insert(_ key: UInt64, _ value: Int) {
    precondition(value >= 0 && value <= Self.maximumValue, "BandIndex value out of range")
    if (count + 1) * 4 > bucketCount * Self.bucketEntries * 3 { grow() }  // load > 75%
    let fragment = Self.fragment(key)
    let entry = fragment << 24 | UInt64(value)
    let start = home(fragment)
    let bucketCount = bucketCount
    words.withUnsafeMutableBufferPointer { words in
      var bucket = start
      while true {
        let base = bucket * 8
        for slot in 1...Self.bucketEntries where words[base + slot] == 0 {
          words[base + slot] = entry
          return
        }
        words[base] += 1  // one more entry lives past this bucket
        bucket = bucket + 1 == bucketCount ? 0 : bucket + 1
      }
    }
    count += 1
  }

  /// A lookup of a key begun: its fragment, home bucket, and that bucket's overflow count,
  /// loaded. The count shares its cache line with the bucket's entries, so beginning the
  /// lookups of all of a fingerprint's bands before finishing any lets their cache misses
  /// overlap instead of following one another.
  package struct Lookup {
    fileprivate var fragment: UInt64
    fileprivate var bucket: Int
    fileprivate var overflow: UInt64
  }

  /// Begins the lookup of `key`; ``forEach(_:_:)-(Lookup,_)`` finishes it.
  @inline(__always)
  package func begin(_ key: UInt64) -> Lookup {
    let fragment = Self.fragment(key)
    let bucket = home(fragment)
    return Lookup(fragment: fragment, bucket: bucket, overflow: words.withUnsafeBufferPointer { $0[bucket * 8] })
  }

  /// Calls `body` with every value stored under the lookup's key (and, rarely, a colliding
  /// key's value).
  @inline(__always)
  package func forEach(_ lookup: Lookup, _ body: (Int) -> Void) {
    var bucket = lookup.bucket
    var overflow = lookup.overflow
    words.withUnsafeBufferPointer { words in
      while true {
        let base = bucket * 8
        for slot in 1...Self.bucketEntries {
          let entry = words[base + slot]
          if entry >> 24 == lookup.fragment { body(Int(truncatingIfNeeded: entry & 0xff_ffff)) }
        }
        if overflow == 0 { return }
        bucket = next(bucket)
        overflow = words[bucket * 8]
      }
    }
  }

  /// Calls `body` with every value stored under `key`: a lookup begun and finished at once.
  @inline(__always)
  package func forEach(_ key: UInt64, _ body: (Int) -> Void) {
    forEach(begin(key), body)
  }

  private mutating func grow() {
    let old = words
    bucketCount *= 2
    words = Array(repeating: 0, count: bucketCount * 8)
    count = 0
    // An entry is its key's fragment shifted back into place: re-inserting it lands where a
    // lookup of the original key will look.
    for bucket in 0..<(old.count / 8) {
      for slot in 1...Self.bucketEntries where old[bucket * 8 + slot] != 0 {
        let entry = old[bucket * 8 + slot]
        insert((entry >> 24) << 24, Int(truncatingIfNeeded: entry & 0xff_ffff))
      }
    }
  }
}
