extension ScriptMiner {
  /// Merge another miner's state (for parallel/sharded runs: shard A and shard B observed disjoint contacts). Document whether merge is exact or approximate.
  ///
  /// Approximate, in a bounded way:
  /// - corpus totals and customer sketches merge exactly (KMV union), so a customer seen by
  ///   both shards is counted once and supports below the sketch size stay exact;
  /// - each of `other`'s clusters (in its slot order) joins this miner's most similar
  ///   cluster, as a sentence would, or is admitted as a new one; near the 0.5 threshold two
  ///   shards may have picked representatives that no longer match, leaving a script split
  ///   in two (the library step re-joins such pairs when their representatives match);
  /// - a cluster said once keeps its sentence as provisional text, so that a folder of
  ///   one file per call (each input a miner of one contact) mines what one file of the
  ///   same calls mines; a contact that says two wordings of one line joins them in its
  ///   own miner, where one miner matches each on its own, which can move a few customers
  ///   between wordings;
  /// - when the table is full, a cluster is admitted only if its priority beats the current
  ///   minimum, so what is dropped is below every retained cluster: the space-saving
  ///   guarantee holds for the merged stream with the combined observation count.
  /// Merging is deterministic; `a.merge(b)` and `b.merge(a)` can differ in representatives.
  public mutating func merge(_ other: ScriptMiner) {
    absorbTotals(of: other)
    let theirs = other.clusters
    for slot in 0..<theirs.count {
      let fingerprint = theirs.fingerprints[slot]
      if let mine = bestCluster(for: fingerprint) {
        absorb(theirs, slot: slot, into: mine)
        continue
      }
      if clusters.isFull,
        theirs.counters[slot].priority <= clusters.counters[clusters.evictionCandidate].priority
      {
        continue
      }
      let sketch = theirs.customers(of: slot)
      let text = theirs.storedText(of: slot)
      let values = Array(theirs.values(of: slot))
      sketch.values.withUnsafeBufferPointer { customers in
        values.withUnsafeBufferPointer { values in
          admit(
            fingerprint, text: Substring(text), customers: customers,
            observations: theirs.counters[slot].observations,
            priority: theirs.counters[slot].priority, error: theirs.counters[slot].error, values: values,
            textProvisional: theirs.counters[slot].textProvisional)
        }
      }
    }
  }
}
