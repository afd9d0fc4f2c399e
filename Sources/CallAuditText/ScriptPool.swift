/// Every provider's mined clusters side by side, so that a near-duplicate recurring across
/// providers counts toward each of them (docs/metrics.md, "Scripted").
///
/// A small account's agents paraphrase "please DM us your account number" to a handful of
/// customers each; the same line heard by the customers of other companies is still a
/// script. The pool unites the customer sketches of every cluster, of any provider, whose
/// representative matches a sentence (estimated Jaccard at the miners' threshold, lengths
/// comparable as in ``ScriptMiner/library()``); customers are keyed per provider, so none
/// is counted twice.
package struct ScriptPool {
  private var fingerprints: [SentenceFingerprint] = []
  private var sketches: [DistinctSketch] = []
  private var index = BandIndex(expected: 64)
  private let agreementNeeded: Int

  /// The pool of `miners`' clusters.
  package init(miners: [ScriptMiner]) {
    agreementNeeded = miners.first?.configuration.agreementThreshold ?? 16
    let total = miners.reduce(0) { $0 + $1.clusterCount }
    index = BandIndex(expected: max(64, total * LSHBands.Scheme.matching.count))
    for miner in miners {
      let table = miner.clusters
      for slot in 0..<table.count {
        let fingerprint = table.fingerprints[slot]
        for band in 0..<LSHBands.Scheme.matching.count {
          index.insert(LSHBands.key(fingerprint, band: band, scheme: .matching), fingerprints.count)
        }
        fingerprints.append(fingerprint)
        sketches.append(table.customers(of: slot))
      }
    }
  }

  /// `own` united with the customers of every pooled cluster matching `fingerprint`.
  package func support(of fingerprint: SentenceFingerprint, own: DistinctSketch) -> DistinctSketch {
    var union = own
    var seen: Set<Int> = []
    for band in 0..<LSHBands.Scheme.matching.count {
      index.forEach(LSHBands.key(fingerprint, band: band, scheme: .matching)) { candidate in
        guard !seen.contains(candidate) else { return }
        seen.insert(candidate)
        let other = fingerprints[candidate]
        guard other.agreement(with: fingerprint) >= agreementNeeded,
          min(other.wordCount, fingerprint.wordCount) * 2 >= max(other.wordCount, fingerprint.wordCount)
        else { return }
        union.formUnion(sketches[candidate])
      }
    }
    return union
  }
}
