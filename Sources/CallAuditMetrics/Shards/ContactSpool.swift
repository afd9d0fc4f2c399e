import CallAuditSystem
import CallAuditText

/// An analyzer's contacts, encoded, in shards of whole customers: held in
/// memory up to a budget, then appended to the run's temporary file, so that
/// memory does not grow with the number of contacts.
///
/// Measuring reads one shard at a time (``shard(_:names:)``). A shard holds
/// every contact of each of its customers (``shard(of:)``), so repeats and
/// hand-offs are found within it.
///
/// Each input is read into a spool of its own; spools merge as inputs finish
/// (``merge(_:sourceOffset:)``). The spools of a run share one
/// ``SpoolStorage``, so a merge moves file ranges, never re-reads them, and
/// the memory budget holds for the merged spool, not per input: a run of
/// thousands of small inputs keeps their bytes in memory only up to the
/// budget, plus a few bytes per input and shard it touched.
///
/// Copies share the temporary file: an analyzer, and so its spool, has one
/// owner at a time (it is moved between threads, never used from two).
package struct ContactSpool: Sendable {
  /// Shards per analysis: enough that one shard of a very large run is small
  /// (2,000,000 contacts: about 8,000 contacts, 15 MB decoded, per shard).
  package static let defaultShardCount = 256
  /// Encoded bytes held in memory before they go to the temporary file, by default.
  package static let defaultMemoryBudget = 16 << 20

  /// Some of one input's contacts in one shard, in reading order.
  private struct Segment: Sendable {
    enum Place: Sendable {
      case memory([UInt8])
      case file(offset: Int, count: Int)
    }

    var place: Place
    /// Added to the input index the records carry: each input's records are
    /// numbered from 0 in its own spool.
    var sourceOffset: Int32
  }

  /// Shards the contacts are spread over.
  package let shardCount: Int
  /// Encoded bytes held in memory before they go to the temporary file.
  package let memoryBudget: Int
  /// Where spilled bytes go: shared by the spools of one run.
  private let storage: SpoolStorage
  /// Earlier spills and merged spools' contacts, per shard, in reading order.
  private var segments: [[Segment]]
  /// Contacts added directly since the last spill or merge, per shard.
  private var buffers: [ByteWriter]
  /// Bytes in memory: buffers and memory segments.
  private var buffered = 0
  /// Set when the temporary file cannot be written: the contacts then stay in memory.
  private var spillFailed = false

  /// Contacts held, merged ones included.
  package private(set) var count = 0
  /// Contacts held per shard.
  package private(set) var shardCounts: [Int]
  /// Bytes moved to the temporary file, merged spools' included.
  package private(set) var spilledBytes = 0

  /// An empty spool of `shardCount` shards, spilling to `storage`'s file.
  package init(shardCount: Int, memoryBudget: Int = defaultMemoryBudget, storage: SpoolStorage = SpoolStorage()) {
    self.shardCount = max(1, shardCount)
    self.memoryBudget = memoryBudget
    self.storage = storage
    segments = Array(repeating: [], count: self.shardCount)
    buffers = Array(repeating: ByteWriter(), count: self.shardCount)
    shardCounts = Array(repeating: 0, count: self.shardCount)
  }

  /// The shard a contact goes to (see ``ContactRecord/shardKey``).
  package func shard(of record: ContactRecord) -> Int {
    Int(TextHash.mix(record.shardKey) % UInt64(shardCount))
  }

  /// Stores one contact's record, its names (from `names`, the tables its indices
  /// point into) and fingerprints.
  package mutating func append(
    _ record: ContactRecord, names: NameTables,
    fingerprints: some Collection<SentenceFingerprint>, traits: some Collection<SentenceTraits>
  ) {
    let shard = shard(of: record)
    let before = buffers[shard].bytes.count
    record.encode(to: &buffers[shard], names: names, fingerprints: fingerprints, traits: traits)
    buffered += buffers[shard].bytes.count - before
    count += 1
    shardCounts[shard] += 1
    if buffered > memoryBudget, !spillFailed { spill() }
  }

  /// Adds another analyzer's contacts, whose inputs come after ours: their
  /// input indices are raised by `sourceOffset`.
  /// - Complexity: O(shards + the other spool's segments); bytes are copied
  ///   only when the other spool spilled to a different run's file.
  package mutating func merge(_ other: ContactSpool, sourceOffset: Int32) {
    precondition(other.shardCount == shardCount, "spools of different shard counts cannot merge")
    let sameFile = other.storage === storage
    for shard in 0..<shardCount {
      closeBuffer(shard)
      for var segment in other.segments[shard] {
        segment.sourceOffset += sourceOffset
        switch segment.place {
        case .memory(let bytes):
          buffered += bytes.count
        case .file(let offset, let length) where !sameFile:
          // Another run's file (a test, a shard stage): bring the bytes over.
          segment.place = .memory(other.storage.existingFile!.read(offset: offset, count: length))
          buffered += length
        case .file:
          break
        }
        segments[shard].append(segment)
      }
      let theirs = other.buffers[shard].bytes
      if !theirs.isEmpty {
        segments[shard].append(Segment(place: .memory(theirs), sourceOffset: sourceOffset))
        buffered += theirs.count
      }
    }
    count += other.count
    for shard in 0..<shardCount { shardCounts[shard] += other.shardCounts[shard] }
    if sameFile { spilledBytes += other.spilledBytes }
    if buffered > memoryBudget, !spillFailed { spill() }
  }

  /// The records of shard `index`, with their names' indices in `names`, and
  /// their fingerprints (each record's `sentenceStart` points into them).
  package func shard(_ index: Int, names: NameTables) -> (records: [ContactRecord], sentences: AgentSentences) {
    var records: [ContactRecord] = []
    var sentences = AgentSentences()
    decode(shard: index, names: names) { reader, sourceOffset throws(ByteReader.Damaged) in
      records.append(try ContactRecord(decoding: &reader, names: names, sourceOffset: sourceOffset, sentences: &sentences))
    }
    return (records, sentences)
  }

  /// Calls `body` with each record of shard `index` in turn, with its own sentences:
  /// memory for one record at a time (``LargeShard``).
  package func forEach(inShard index: Int, names: NameTables, _ body: (ContactRecord, AgentSentences) -> Void) {
    decode(shard: index, names: names) { reader, sourceOffset throws(ByteReader.Damaged) in
      var sentences = AgentSentences()
      let record = try ContactRecord(decoding: &reader, names: names, sourceOffset: sourceOffset, sentences: &sentences)
      body(record, sentences)
    }
  }

  /// Reads shard `index` one segment at a time, calling `decodeOne` until each is used up.
  private func decode(
    shard index: Int, names: NameTables,
    _ decodeOne: (inout ByteReader, Int32) throws(ByteReader.Damaged) -> Void
  ) {
    let pending = buffers[index].bytes.isEmpty ? [] : [Segment(place: .memory(buffers[index].bytes), sourceOffset: 0)]
    for segment in segments[index] + pending {
      let chunk: [UInt8]
      switch segment.place {
      case .memory(let bytes): chunk = bytes
      case .file(let offset, let length): chunk = storage.existingFile!.read(offset: offset, count: length)
      }
      var reader = ByteReader(chunk)
      while !reader.isAtEnd {
        do {
          try decodeOne(&reader, segment.sourceOffset)
        } catch {
          // Written by this process moments ago: damage here is a bug, not bad input.
          preconditionFailure("\(error)")
        }
      }
    }
  }

  /// The storage the spool spills to, which a large shard's sorting shares.
  package var spillStorage: SpoolStorage { storage }

  /// Turns shard `shard`'s buffer into a segment, so what is merged next comes after it.
  private mutating func closeBuffer(_ shard: Int) {
    guard !buffers[shard].bytes.isEmpty else { return }
    segments[shard].append(Segment(place: .memory(buffers[shard].bytes), sourceOffset: 0))
    buffers[shard] = ByteWriter()
  }

  /// Moves every byte held in memory to the temporary file, one write per run of
  /// one input's segments.
  private mutating func spill() {
    do {
      let file = try storage.spoolFile()
      for shard in 0..<shardCount {
        closeBuffer(shard)
        var spilled: [Segment] = []
        var pending: [UInt8] = []
        var pendingOffset: Int32 = 0
        func flush() throws(SpoolFile.Failure) {
          guard !pending.isEmpty else { return }
          let at = try file.append(pending)
          spilled.append(Segment(place: .file(offset: at, count: pending.count), sourceOffset: pendingOffset))
          spilledBytes += pending.count
          pending.removeAll(keepingCapacity: true)
        }
        for segment in segments[shard] {
          guard case .memory(let bytes) = segment.place else {
            try flush()
            spilled.append(segment)
            continue
          }
          if !pending.isEmpty, segment.sourceOffset != pendingOffset { try flush() }
          pendingOffset = segment.sourceOffset
          pending += bytes
        }
        try flush()
        segments[shard] = spilled
      }
      buffered = 0
    } catch {
      // Keep what could not be written in memory: slower to fit, but nothing is lost.
      spillFailed = true
    }
  }
}
