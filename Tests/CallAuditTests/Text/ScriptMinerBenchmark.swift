import Testing
@testable import CallAuditText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Per-core throughput (thread CPU time) of the mining hot path on ~940k synthetic agent
/// sentences (30% script paraphrases, 70% one-off). Off by default; run in a release build:
/// `CALLAUDIT_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter ScriptMinerBenchmark`.
@Suite(.enabled(if: getenv("CALLAUDIT_BENCH") != nil)) struct ScriptMinerBenchmark {
  @Test func fingerprintAndObserveAMillionSentences() {
    var generator = SyntheticScriptCorpus(seed: 42)
    let corpus = generator.corpus(customers: 125_000)
    let sentences = corpus.map { Substring($0.text) }

    var fingerprints: [SentenceFingerprint?] = []
    fingerprints.reserveCapacity(sentences.count)
    let fingerprinting = Self.cpuSeconds {
      for sentence in sentences { fingerprints.append(SentenceFingerprint(sentence: sentence)) }
    }
    var observer = ScriptMiner()
    let observing = Self.cpuSeconds {
      for (index, fingerprint) in fingerprints.enumerated() {
        guard let fingerprint else { continue }
        observer.observe(
          sentence: sentences[index], fingerprint: fingerprint, customerKey: corpus[index].customer)
      }
    }
    var miner = ScriptMiner()
    let both = Self.cpuSeconds {
      for (index, sentence) in sentences.enumerated() {
        guard let fingerprint = SentenceFingerprint(sentence: sentence) else { continue }
        miner.observe(sentence: sentence, fingerprint: fingerprint, customerKey: corpus[index].customer)
      }
    }
    let library = miner.library()
    #expect(library.scripts.count >= SyntheticScriptCorpus.templates.count)

    func perSecond(_ seconds: Double) -> Int { Int(Double(sentences.count) / seconds) }
    print("sentences: \(sentences.count)")
    print("fingerprint: \(perSecond(fingerprinting))/s, observe: \(perSecond(observing))/s")
    print("fingerprint + observe: \(perSecond(both))/s")
    print("clusters \(miner.clusterCount), memory bound \(miner.configuration.memoryBound) bytes")
  }

  /// Thread CPU seconds spent in `body`: per-core cost, steadier than wall time on a shared
  /// machine.
  static func cpuSeconds(_ body: () -> Void) -> Double {
    var start = timespec()
    var end = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
    body()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end)
    return Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
  }
}
