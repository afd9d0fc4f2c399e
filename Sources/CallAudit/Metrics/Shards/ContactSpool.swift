/// An analyzer's contacts, encoded, in shards of whole customers: held in
/// memory up to a budget, then appended to a temporary file, so that memory
/// does not grow with the number of contacts.
///
/// Measuring reads one shard at a time (``shard(_:names:)``). A shard holds
/// every contact of each of its customers (``shard(of:)``), so repeats and
/// hand-offs are found within it.
///
/// Copies share the temporary file: an analyzer, and so its spool, has one
/// owner at a time (it is moved between threads, never used from two).
struct ContactSpool: Sendable {
  /// Shards per analysis: enough that one shard of a very large run is small
  /// (2,000,000 contacts: about 8,000 contacts, 15 MB decoded, per shard).
  static let defaultShardCount = 256
  /// Encoded bytes held in memory before they go to the temporary file, by default.
  static let defaultMemoryBudget = 16 << 20

  /// Where spilled bytes lie in the temporary file.
  private struct Extent: Sendable {
    var offset: Int
    var count: Int
  }

  /// Shards the contacts are spread over.
  let shardCount: Int
  /// Encoded bytes held in memory before they go to the temporary file.
  let memoryBudget: Int
  /// Bytes not yet spilled, by shard.
  private var buffers: [ByteWriter]
  private var buffered = 0
  private var file: SpoolFile?
  /// Set when the temporary file cannot be written: the contacts then stay in memory.
  private var spillFailed = false
  /// Spilled bytes, by shard.
  private var extents: [[Extent]]
  /// Other analyzers' spools merged in, each with the input offset of its contacts.
  private var absorbed: [(spool: ContactSpool, sourceOffset: Int32)] = []

  /// Contacts held, merged ones included.
  private(set) var count = 0

  /// An empty spool of `shardCount` shards.
  init(shardCount: Int, memoryBudget: Int = defaultMemoryBudget) {
    self.shardCount = max(1, shardCount)
    self.memoryBudget = memoryBudget
    buffers = Array(repeating: ByteWriter(), count: self.shardCount)
    extents = Array(repeating: [], count: self.shardCount)
  }

  /// The shard a contact goes to (see ``ContactRecord/shardKey``).
  func shard(of record: ContactRecord) -> Int {
    Int(TextHash.mix(record.shardKey) % UInt64(shardCount))
  }

  /// Stores one contact's record, names and fingerprints.
  mutating func append(
    _ record: ContactRecord, provider: String, category: String?, channel: String?,
    fingerprints: some Collection<SentenceFingerprint>, traits: some Collection<SentenceTraits>
  ) {
    let shard = shard(of: record)
    let before = buffers[shard].bytes.count
    record.encode(
      to: &buffers[shard], provider: provider, category: category, channel: channel, fingerprints: fingerprints,
      traits: traits)
    buffered += buffers[shard].bytes.count - before
    count += 1
    if buffered > memoryBudget, !spillFailed { spill() }
  }

  /// Adds another analyzer's contacts, whose inputs come after ours: their
  /// input indices are raised by `sourceOffset`.
  mutating func merge(_ other: ContactSpool, sourceOffset: Int32) {
    precondition(other.shardCount == shardCount, "spools of different shard counts cannot merge")
    absorbed.append((other, sourceOffset))
    count += other.count
  }

  /// Bytes moved to temporary files, merged spools' included.
  var spilledBytes: Int {
    extents.joined().reduce(0) { $0 + $1.count } + absorbed.reduce(0) { $0 + $1.spool.spilledBytes }
  }

  /// The records of shard `index`, with their names' indices in `names`, and
  /// their fingerprints (each record's `sentenceStart` points into them).
  func shard(_ index: Int, names: NameTables) -> (records: [ContactRecord], sentences: AgentSentences) {
    var records: [ContactRecord] = []
    var sentences = AgentSentences()
    decode(shard: index, names: names, sourceOffset: 0, into: &records, &sentences)
    return (records, sentences)
  }

  private func decode(
    shard index: Int, names: NameTables, sourceOffset: Int32,
    into records: inout [ContactRecord], _ sentences: inout AgentSentences
  ) {
    var chunks = extents[index].map { file!.read(offset: $0.offset, count: $0.count) }
    chunks.append(buffers[index].bytes)
    for chunk in chunks {
      var reader = ByteReader(chunk)
      while !reader.isAtEnd {
        do {
          records.append(
            try ContactRecord(decoding: &reader, names: names, sourceOffset: sourceOffset, sentences: &sentences))
        } catch {
          // Written by this process moments ago: damage here is a bug, not bad input.
          preconditionFailure("\(error)")
        }
      }
    }
    for (spool, offset) in absorbed {
      spool.decode(shard: index, names: names, sourceOffset: sourceOffset + offset, into: &records, &sentences)
    }
  }

  /// Moves the buffered bytes to the temporary file.
  private mutating func spill() {
    do {
      let file = try self.file ?? SpoolFile()
      self.file = file
      for shard in buffers.indices where !buffers[shard].bytes.isEmpty {
        let offset = try file.append(buffers[shard].bytes)
        extents[shard].append(Extent(offset: offset, count: buffers[shard].bytes.count))
        buffers[shard].removeAll()
      }
      buffered = 0
    } catch {
      // Keep what could not be written in memory: slower to fit, but nothing is lost.
      spillFailed = true
    }
  }
}
