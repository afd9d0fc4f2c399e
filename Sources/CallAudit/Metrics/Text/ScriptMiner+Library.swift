extension ScriptMiner {
  /// The scripts: clusters whose distinct-customer support reaches the threshold (configuration: minimum distinct customers, e.g. max(5, fraction of customers seen)).
  ///
  /// The threshold is `customerThreshold`. Clusters whose representatives match each other
  /// (a script split by sharding, or paraphrases that missed their cluster in the banding)
  /// are joined first, the better-supported one keeping its text and the others kept as its
  /// variants for `ScriptLibrary.match`. A join also needs comparable lengths (the shorter
  /// at least half the longer, in words): a short line like "Let us know!" must not swallow
  /// every longer sentence that happens to contain it. Sorted by support, then text.
  public func library() -> ScriptLibrary {
    let table = clusters
    // Candidates in a fixed order: support, then text, then slot.
    var order = Array(0..<table.count)
    let estimates = order.map { table.customerEstimate(of: $0) }
    let texts = order.map { table.text(of: $0) }
    order.sort { a, b in
      if estimates[a] != estimates[b] { return estimates[a] > estimates[b] }
      if texts[a] != texts[b] { return texts[a] < texts[b] }
      return a < b
    }
    // Join matching clusters onto the first (best-supported) of them.
    var kept: [(slot: Int, customers: DistinctSketch, variants: [SentenceFingerprint])] = []
    var keptIndex = BandIndex(expected: 64)
    let needed = configuration.agreementThreshold
    for slot in order {
      let fingerprint = table.fingerprints[slot]
      var target = -1
      for band in 0..<LSHBands.Scheme.matching.count where target < 0 {
        keptIndex.forEach(LSHBands.key(fingerprint, band: band, scheme: .matching)) { candidate in
          let representative = table.fingerprints[kept[candidate].slot]
          if target < 0, representative.agreement(with: fingerprint) >= needed,
            min(representative.wordCount, fingerprint.wordCount) * 2
              >= max(representative.wordCount, fingerprint.wordCount)
          {
            target = candidate
          }
        }
      }
      if target >= 0 {
        kept[target].customers.formUnion(table.customers(of: slot))
        if kept[target].variants.count < ScriptLibrary.maximumVariants {
          kept[target].variants.append(fingerprint)
        }
      } else if table.counters[slot].textLength > 0 {
        for band in 0..<LSHBands.Scheme.matching.count {
          keptIndex.insert(LSHBands.key(fingerprint, band: band, scheme: .matching), kept.count)
        }
        kept.append((slot, table.customers(of: slot), [fingerprint]))
      }
    }
    let threshold = customerThreshold
    let entries = kept.compactMap { entry -> ScriptLibrary.Entry? in
      let support = entry.customers.estimate
      guard support >= threshold else { return nil }
      return ScriptLibrary.Entry(
        text: texts[entry.slot], customers: support, known: false, fingerprints: entry.variants)
    }
    return ScriptLibrary(entries: entries, similarityThreshold: configuration.similarityThreshold)
  }
}
