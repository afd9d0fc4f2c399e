/// Finds script lines in a corpus in one streaming pass: agent sentences that recur nearly verbatim across many DIFFERENT customers.
///
/// How: each observed sentence is looked up by its LSH band keys among the current clusters
/// and joins the most similar one (estimated Jaccard ≥ `similarityThreshold` against the
/// cluster's first sentence); otherwise it starts a cluster. Clusters live in a space-saving
/// table of `capacity` slots (see `ClusterTable`), so:
/// - memory is bounded by `configuration.memoryBound` (≈ 14 MB with the default 16,384
///   clusters) whatever the corpus size;
/// - time is O(bands) hash probes plus a few 32-lane comparisons per sentence, with no
///   all-pairs step;
/// - a cluster's customer count is exact below the sketch size and a KMV estimate above; it
///   can under-count by at most the cluster's inherited `error` (customers seen before a
///   late re-admission), which is 0 whenever the corpus has fewer clusters than `capacity`.
///
/// Results depend only on the input sequence (no `Hasher`, no dictionary iteration): the same
/// input order gives the same library. Per-cluster customer counts are order-independent
/// given the clustering; the clustering itself (which sentence represents a cluster) follows
/// input order.
public struct ScriptMiner: Sendable {
  /// The configuration mining runs with.
  public let configuration: ScriptMinerConfiguration
  // Internal rather than private for ScriptMiner+Coding.swift.
  package var table: ClusterTable
  package var index: ClusterIndex
  package var corpusCustomers = DistinctSketch(capacity: ScriptMinerConfiguration.corpusSketchSize)
  package var lastCustomer: UInt64?
  /// Agent sentences observed (including merged miners').
  public internal(set) var observedSentences = 0

  /// Creates an empty miner.
  public init(configuration: ScriptMinerConfiguration = .init()) {
    self.configuration = configuration
    table = ClusterTable(
      capacity: configuration.capacity, sketchSize: configuration.customerSketchSize,
      maximumTextBytes: configuration.maximumTextBytes)
    index = ClusterIndex(entries: configuration.capacity * Self.bands.count)
  }

  /// Estimated distinct customers seen (exact up to 1,024).
  public var distinctCustomers: Int { corpusCustomers.estimate }

  /// Clusters currently tracked (at most `configuration.capacity`).
  public var clusterCount: Int { table.count }

  /// The distinct-customer support a cluster needs to count as a script right now:
  /// max(m, ⌈minimumCustomerFraction × N⌉) for a provider with N distinct customers, where
  /// the minimum m adapts to small corpora: m = min(minimumCustomers, max(3, ⌈N ÷ 10⌉)), so
  /// 3 customers up to 30, 4 up to 40, then `minimumCustomers` (5). An account with a few
  /// dozen threads cannot show a line to five of its own customers; pooled support
  /// (``ScriptPool``) counts the other providers' customers toward it.
  public var customerThreshold: Int {
    let customers = distinctCustomers
    let adaptive = min(configuration.minimumCustomers, max(Self.smallestSupport, (customers + 9) / 10))
    let fraction = configuration.minimumCustomerFraction * Double(customers)
    return max(adaptive, Int(fraction.rounded(.up)))
  }

  /// The fewest distinct customers a script ever needs.
  package static let smallestSupport = 3

  /// One agent sentence of one contact; customerKey identifies the customer (distinct-customer support, a customer repeating the same thing doesn't make it a script).
  ///
  /// `valueHash` hashes the values of the case the sentence states (amounts, dates, codes;
  /// 0 when none): a cluster whose values vary from customer to customer is a template
  /// filled with data, not a script (``ScriptLibrary/Script/carriesData``).
  public mutating func observe(
    sentence: Substring, fingerprint: SentenceFingerprint, customerKey: UInt64, valueHash: UInt64 = 0
  ) {
    observedSentences += 1
    let customer = Self.customerHash(customerKey)
    if customer != lastCustomer {  // consecutive sentences usually share a customer
      corpusCustomers.insert(customer)
      lastCustomer = customer
    }
    if let slot = bestCluster(for: fingerprint) {
      table.record(customer, text: sentence, value: valueHash, in: slot)
      return
    }
    let error = table.isFull ? table.counters[table.evictionCandidate].priority : 0
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2) { buffer in
      buffer[0] = customer
      buffer[1] = valueHash
      admit(
        fingerprint, text: sentence, customers: UnsafeBufferPointer(rebasing: buffer[0..<1]), observations: 1,
        priority: error + 1, error: error,
        values: UnsafeBufferPointer(rebasing: buffer[1..<(valueHash != 0 ? 2 : 1)]))
    }
  }

  /// The slot whose representative agrees most with `fingerprint` above the threshold
  /// (lowest slot on ties), found through the band index.
  ///
  /// Each candidate is screened by its 32-byte quick signature before its full fingerprint is
  /// read.
  package func bestCluster(for fingerprint: SentenceFingerprint) -> Int? {
    let needed = configuration.agreementThreshold
    let quick = fingerprint.quickSignature
    var best = -1
    var bestAgreement = needed - 1
    // Every band's lookup begun before any is finished, so that their misses overlap.
    withUnsafeTemporaryAllocation(of: ClusterIndex.Lookup.self, capacity: Self.bands.count) { lookups in
      for band in 0..<Self.bands.count {
        lookups.initializeElement(at: band, to: index.begin(LSHBands.key(fingerprint, band: band, scheme: Self.bands)))
      }
      table.generations.withUnsafeBufferPointer { generations in
        table.quickSignatures.withUnsafeBufferPointer { quickSignatures in
          for band in 0..<Self.bands.count {
            index.forEach(lookups[band]) { slot, generation in
              guard generations[slot] == generation, slot != best,
                quickSignatures[slot].agreement(with: quick) >= needed
              else { return }
              let agreement = table.fingerprints[slot].agreement(with: fingerprint)
              if agreement > bestAgreement || (agreement == bestAgreement && slot < best) {
                best = slot
                bestAgreement = agreement
              }
            }
            if bestAgreement == SentenceFingerprint.hashCount { break }
          }
        }
      }
    }
    return best >= 0 ? best : nil
  }

  /// The banding the miner indexes clusters by (computed, so the hot loop reads a constant).
  package static var bands: LSHBands.Scheme { .mining }

  /// Admits a cluster into the table and files it in the band index.
  package mutating func admit(
    _ fingerprint: SentenceFingerprint, text: Substring, customers: UnsafeBufferPointer<UInt64>,
    observations: Int, priority: Int, error: Int, values: UnsafeBufferPointer<UInt64>, textProvisional: Bool? = nil
  ) {
    let slot = table.admit(
      fingerprint: fingerprint, text: text, customers: customers, observations: observations,
      priority: priority, error: error, values: values, textProvisional: textProvisional)
    // An evicted cluster's band entries go stale through the slot's new generation.
    let generations = table.generations
    let generation = generations[slot]
    index.reserve(liveEntries: table.count * Self.bands.count) { generations[$0] == $1 }
    for band in 0..<Self.bands.count {
      index.insert(
        LSHBands.key(fingerprint, band: band, scheme: Self.bands), slot: slot,
        generation: generation
      ) { generations[$0] == $1 }
    }
  }

  /// A fixed (process-independent) hash of a customer key, for the KMV sketches.
  package static func customerHash(_ key: UInt64) -> UInt64 {
    TextHash.mix(key ^ 0x6375_7374_6f6d_6572)  // "customer"
  }

  /// Read access for merge and library building.
  package var clusters: ClusterTable { table }

  /// Adds a merged miner's corpus totals.
  package mutating func absorbTotals(of other: ScriptMiner) {
    observedSentences += other.observedSentences
    corpusCustomers.formUnion(other.corpusCustomers)
    lastCustomer = nil
  }

  /// Folds a cluster of another miner into slot `slot` of this one.
  package mutating func absorb(_ other: ClusterTable, slot otherSlot: Int, into slot: Int) {
    let theirs = other.counters[otherSlot]
    table.absorb(
      customers: other.customers(of: otherSlot), observations: theirs.observations,
      priority: theirs.priority, error: theirs.error, values: other.values(of: otherSlot),
      text: Substring(other.storedText(of: otherSlot)),
      textIsFinal: other.counters[otherSlot].textLength > 0 && !other.counters[otherSlot].textProvisional, into: slot)
  }
}
