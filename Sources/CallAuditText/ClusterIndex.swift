/// The miner's band index: LSH band keys → cluster slots, in fixed 64-byte buckets, with
/// stale entries reclaimed lazily instead of removed.
///
/// A slot is reused every time the space-saving table evicts a cluster; removing the evicted
/// cluster's band entries would cost a cache miss per band. Instead each entry carries the
/// slot's 8-bit generation; an entry whose generation no longer matches its slot is stale,
/// skipped by lookups and overwritten by the next insert into its bucket. A bucket holds
/// eight entries and never overflows: if all eight are live, the insert replaces one chosen by
/// the key (deterministically). That loses a band entry of some live cluster, which then can
/// still be found through its other nine bands; with about five live entries per bucket on
/// average this is rare. Memory grows with use: 64 bytes per bucket, starting small and
/// doubling (``reserve(liveEntries:isLive:)``) to stay at most half full, up to the size for
/// `entries` live entries at 50% load — so an input with a few contacts costs kilobytes, not
/// the megabytes of a full miner.
package struct ClusterIndex: Sendable {
  /// Entries per bucket (one cache line of `UInt64`s).
  private static let bucketEntries = 8

  /// Buckets an index starts with (4 KiB).
  private static let initialBuckets = 64

  private var words: [UInt64]
  private var bucketCount: Int
  /// The most buckets the index grows to.
  private let maximumBuckets: Int

  /// An empty index that grows to hold about `entries` live entries.
  package init(entries: Int) {
    maximumBuckets = Self.buckets(for: entries)
    bucketCount = min(maximumBuckets, Self.initialBuckets)
    words = Array(repeating: 0, count: bucketCount * Self.bucketEntries)
  }

  /// Grows the index, if it may, so that `liveEntries` fill at most half of it; live
  /// entries (`isLive(slot, generation)`) move to their buckets in the larger index,
  /// stale ones are dropped.
  /// - Complexity: O(buckets) when it grows, which doubling makes O(1) amortised per insert.
  package mutating func reserve(liveEntries: Int, isLive: (Int, UInt8) -> Bool) {
    guard liveEntries * 2 > bucketCount * Self.bucketEntries, bucketCount < maximumBuckets else { return }
    let old = words
    bucketCount = min(maximumBuckets, max(bucketCount * 2, Self.buckets(for: liveEntries)))
    words = Array(repeating: 0, count: bucketCount * Self.bucketEntries)
    for entry in old where entry != 0 {
      let slot = Int(truncatingIfNeeded: entry & 0xff_ffff), generation = UInt8(truncatingIfNeeded: entry >> 24)
      guard isLive(slot, generation) else { continue }
      place(entry, isLive: isLive)
    }
  }

  /// Bytes an index for `entries` live entries occupies.
  package static func byteCount(entries: Int) -> Int {
    buckets(for: entries) * bucketEntries * MemoryLayout<UInt64>.stride
  }

  private static func buckets(for entries: Int) -> Int {
    max(4, (entries * 2 + bucketEntries - 1) / bucketEntries)
  }

  /// The top 32 key bits, never 0 (0 marks an empty entry).
  @inline(__always)
  private static func fragment(_ key: UInt64) -> UInt64 { key >> 32 == 0 ? 1 : key >> 32 }

  @inline(__always)
  private func base(_ fragment: UInt64) -> Int {
    Int(truncatingIfNeeded: (fragment &* UInt64(bucketCount)) >> 32) * Self.bucketEntries
  }

  /// Adds `slot` (at generation `generation`) under `key`, reusing an empty or stale entry;
  /// `isLive(slot, generation)` says whether an existing entry still counts.
  package mutating func insert(
    _ key: UInt64, slot: Int, generation: UInt8, isLive: (Int, UInt8) -> Bool
  ) {
    let fragment = Self.fragment(key)
    place(fragment << 32 | UInt64(generation) << 24 | UInt64(slot), isLive: isLive)
  }

  /// Files an entry in its bucket: an empty or stale position, else one chosen by its key.
  private mutating func place(_ entry: UInt64, isLive: (Int, UInt8) -> Bool) {
    let fragment = entry >> 32
    let start = base(fragment)
    words.withUnsafeMutableBufferPointer { words in
      for position in start..<(start + Self.bucketEntries) {
        let existing = words[position]
        if existing == 0
          || !isLive(Int(truncatingIfNeeded: existing & 0xff_ffff), UInt8(truncatingIfNeeded: existing >> 24))
        {
          words[position] = entry
          return
        }
      }
      words[start + Int(fragment & 7)] = entry  // all live: replace one, chosen by the key
    }
  }

  /// A lookup of `key` begun: its bucket's position and the bucket's first entry, loaded.
  /// Beginning the lookups of several keys before finishing any lets their cache misses
  /// overlap (the index is larger than a core's cache) instead of following one another.
  package struct Lookup {
    fileprivate var fragment: UInt64
    fileprivate var start: Int
    fileprivate var first: UInt64
  }

  /// Begins the lookup of `key`; ``forEach(_:_:)-(Lookup,_)`` finishes it.
  @inline(__always)
  package func begin(_ key: UInt64) -> Lookup {
    let fragment = Self.fragment(key)
    let start = base(fragment)
    return Lookup(fragment: fragment, start: start, first: words.withUnsafeBufferPointer { $0[start] })
  }

  /// Calls `body(slot, generation)` for every entry filed under the lookup's key (stale ones
  /// included; the caller checks the generation).
  @inline(__always)
  package func forEach(_ lookup: Lookup, _ body: (Int, UInt8) -> Void) {
    words.withUnsafeBufferPointer { words in
      for position in lookup.start..<(lookup.start + Self.bucketEntries) {
        let entry = position == lookup.start ? lookup.first : words[position]
        if entry >> 32 == lookup.fragment {
          body(Int(truncatingIfNeeded: entry & 0xff_ffff), UInt8(truncatingIfNeeded: entry >> 24))
        }
      }
    }
  }

  /// Calls `body(slot, generation)` for every entry filed under `key`: a lookup begun and
  /// finished at once.
  @inline(__always)
  package func forEach(_ key: UInt64, _ body: (Int, UInt8) -> Void) {
    forEach(begin(key), body)
  }
}

extension ClusterIndex {
  /// Appends the index, as it is in memory, to `writer`.
  package func encode(to writer: inout ByteWriter) {
    writer.append(signed: Int64(bucketCount))
    writer.append(signed: Int64(maximumBuckets))
    writer.append(array: words)
  }

  /// Reads an index written by ``encode(to:)``.
  package init(decoding reader: inout ByteReader) throws(ByteReader.Damaged) {
    bucketCount = Int(try reader.signed())
    maximumBuckets = Int(try reader.signed())
    words = try reader.array(of: UInt64.self)
    guard bucketCount > 0, bucketCount <= maximumBuckets, words.count == bucketCount * Self.bucketEntries else {
      throw ByteReader.Damaged()
    }
  }
}
