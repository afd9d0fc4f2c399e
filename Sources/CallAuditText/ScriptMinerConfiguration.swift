/// Tuning for `ScriptMiner`; the defaults suit corpora from a few hundred to tens of millions
/// of agent sentences.
public struct ScriptMinerConfiguration: Sendable, Hashable {
  /// Clusters tracked at once: the miner's memory bound. Any cluster that gains more than
  /// (observations ÷ capacity) customer increments is guaranteed to survive (space-saving).
  public var capacity: Int
  /// A cluster is a script only with at least this many distinct customers…
  public var minimumCustomers: Int
  /// …and at least this fraction of all distinct customers seen.
  public var minimumCustomerFraction: Double
  /// Estimated Jaccard a sentence needs with a cluster's representative to join it (and
  /// with a script to `match` it). 0.5 keeps paraphrases together and tailored sentences out.
  public var similarityThreshold: Double
  /// Customer hashes kept per cluster: supports below this are exact, above it are KMV
  /// estimates with relative error about 1/√(size − 2) (18% at 32).
  public var customerSketchSize: Int
  /// Longest representative text kept per cluster, in UTF-8 bytes (cut at a character
  /// boundary, with "…" appended).
  public var maximumTextBytes: Int

  /// Creates a configuration; see each property for its meaning.
  public init(
    capacity: Int = 16_384, minimumCustomers: Int = 5, minimumCustomerFraction: Double = 0.002,
    similarityThreshold: Double = 0.5, customerSketchSize: Int = 32, maximumTextBytes: Int = 240
  ) {
    precondition(capacity >= 1 && capacity <= BandIndex.maximumValue, "capacity out of range")
    precondition(customerSketchSize >= 2, "customerSketchSize must be at least 2")
    precondition(maximumTextBytes >= 16, "maximumTextBytes must be at least 16")
    self.capacity = capacity
    self.minimumCustomers = minimumCustomers
    self.minimumCustomerFraction = minimumCustomerFraction
    self.similarityThreshold = similarityThreshold
    self.customerSketchSize = customerSketchSize
    self.maximumTextBytes = maximumTextBytes
  }

  /// Distinct customers of the whole corpus are counted with a KMV sketch this large (exact
  /// below it, about 3% error above).
  package static let corpusSketchSize = 1024

  /// MinHash positions that must agree for a match: ⌈threshold × 32⌉.
  package var agreementThreshold: Int {
    let positions = similarityThreshold * Double(SentenceFingerprint.hashCount)
    return max(1, Int(positions.rounded(.up)))
  }

  /// Upper bound, in bytes, of the miner's storage whatever the corpus size: per-cluster
  /// fingerprint, text, counters and customer sketch, plus the band index and corpus sketch.
  /// About 20 MB with the defaults. (Heap-allocator slack not included.)
  public var memoryBound: Int {
    let perCluster =
      MemoryLayout<SentenceFingerprint>.stride + MemoryLayout<QuickSignature>.stride
      + maximumTextBytes + 3  // text + length
      + 5 * MemoryLayout<Int>.stride  // observations, priority, error, serial, customer count
      + customerSketchSize * MemoryLayout<UInt64>.stride
      + 2 * MemoryLayout<Int32>.stride  // heap and heap position
    return capacity * perCluster
      + ClusterIndex.byteCount(entries: capacity * LSHBands.Scheme.mining.count)
      + Self.corpusSketchSize * MemoryLayout<UInt64>.stride
  }
}
