extension ScriptMiner {
  /// The scripts: clusters whose distinct-customer support reaches the threshold (configuration: minimum distinct customers, e.g. max(5, fraction of customers seen)).
  ///
  /// The threshold is `customerThreshold`. Clusters whose representatives match each other
  /// (a script split by sharding, or paraphrases that missed their cluster in the banding)
  /// are joined first, the better-supported one keeping its text and the others kept as its
  /// variants for `ScriptLibrary.match`. A join also needs comparable lengths (the shorter
  /// at least half the longer, in words): a short line like "Let us know!" must not swallow
  /// every longer sentence that happens to contain it. Sorted by support, then text.
  public func library() -> ScriptLibrary { library(pool: nil) }

  /// The scripts, their support counted over `pool` (every provider's clusters) when given.
  ///
  /// Each script is also given the kind of support move its representative is (a greeting
  /// mined as a script stays a ritual) and whether it carries data: a templated sentence
  /// whose stated values vary from customer to customer ("the line dropped 14 times
  /// today") is the agent telling this customer's facts, not a script.
  package func library(pool: ScriptPool?) -> ScriptLibrary {
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
    var kept: [(slot: Int, customers: DistinctSketch, variants: [SentenceFingerprint], values: Set<UInt64>)] = []
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
        kept[target].values.formUnion(table.values(of: slot))
      } else if table.counters[slot].textLength > 0, !table.counters[slot].textProvisional {
        for band in 0..<LSHBands.Scheme.matching.count {
          keptIndex.insert(LSHBands.key(fingerprint, band: band, scheme: .matching), kept.count)
        }
        kept.append((slot, table.customers(of: slot), [fingerprint], Set(table.values(of: slot))))
      }
    }
    let threshold = customerThreshold
    let entries = kept.compactMap { entry -> ScriptLibrary.Entry? in
      let customers = pool?.support(of: table.fingerprints[entry.slot], own: entry.customers) ?? entry.customers
      let support = customers.estimate
      guard support >= threshold else { return nil }
      let text = texts[entry.slot]
      return ScriptLibrary.Entry(
        text: text, customers: support, known: false, fingerprints: entry.variants,
        kind: SupportMoveLibrary.shipped.kind(of: text),
        carriesData: Self.carriesData(distinct: entry.values.count, customers: entry.customers.estimate))
    }
    return ScriptLibrary(entries: entries, similarityThreshold: configuration.similarityThreshold)
  }

  /// Whether a cluster's stated values vary from customer to customer: at least three
  /// distinct values, and at least one for every two of its customers (up to the sketch's
  /// eight). A phone number or a web address said to everybody is one value; "14 times",
  /// "£35", "INC0010001" said to each customer are many. Customers, not sentences, are
  /// counted, so reading the same contacts twice changes nothing.
  package static func carriesData(distinct: Int, customers: Int) -> Bool {
    distinct >= 3 && distinct >= min(ClusterTable.valueSketchSize, max(3, (customers + 1) / 2))
  }
}
