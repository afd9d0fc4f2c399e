import Testing
@testable import CallAuditText

/// Normalisation and MinHash behaviour of single fingerprints.
@Suite struct SentenceFingerprintTests {
  static func fingerprint(_ text: String) -> SentenceFingerprint { SentenceFingerprint(sentence: text)! }

  @Test func paraphrasesAreNearCopies() {
    let base = Self.fingerprint("Please restart your router and wait two minutes.")
    for paraphrase in [
      "Kindly restart your modem and wait 5 minutes",
      "Please restart the router, then wait a couple of minutes",
      "PLEASE REBOOT YOUR ROUTER AND WAIT 2 MINUTES!!",
    ] {
      #expect(base.similarity(to: Self.fingerprint(paraphrase)) >= 0.8, "\(paraphrase)")
    }
  }

  @Test func tailoredSentenceIsFarFromTheScript() {
    let script = Self.fingerprint("Please restart your router and wait two minutes.")
    let tailored = Self.fingerprint(
      "I can see your line at 12 Elm Street dropped at 14:02 because of a faulty card in the "
        + "cabinet, an engineer will replace it tomorrow")
    #expect(script.similarity(to: tailored) < 0.2)
  }

  @Test func tooShortOrContentFreeSentencesAreNotJudged() {
    #expect(SentenceFingerprint(sentence: "Thanks!") == nil)
    #expect(SentenceFingerprint(sentence: "And so on and so forth") == nil)
    #expect(SentenceFingerprint(sentence: "12 34 56 78 90") == nil)
    #expect(SentenceFingerprint(sentence: "@115712 @115713 ok") == nil)
    #expect(SentenceFingerprint(sentence: "We're sorry to hear that.")?.wordCount == 6)
  }

  @Test func fingerprintsAreFixedAcrossRunsAndProcesses() {
    // No per-process seed anywhere: this value must never change between runs.
    let fingerprint = Self.fingerprint("Please DM us your account number.")
    let again = SentenceFingerprint(sentence: Substring("Please DM us your account number."))!
    #expect(fingerprint == again)
    #expect(fingerprint.hash(at: 0) == Self.golden)
  }

  /// `hash(at: 0)` of "Please DM us your account number." when this test was written.
  static let golden: UInt32 = 1_078_989_905

  @Test func estimatesJaccardWithoutBias() {
    // Random sets with known overlap: the mean estimate must sit on the true value.
    var random = ScriptCorpusRandom(seed: 3)
    for (shared, only) in [(10, 10), (8, 2), (3, 9), (2, 2)] {
      let truth = Double(shared) / Double(shared + 2 * only)
      var total = 0.0
      for _ in 0..<500 {
        var a = MinHashSignature()
        var b = MinHashSignature()
        for _ in 0..<shared { let x = TextHash.mix(random.next()); a.add(x); b.add(x) }
        for _ in 0..<only { a.add(TextHash.mix(random.next())); b.add(TextHash.mix(random.next())) }
        let equal = (0..<16).filter { a.lanes0[$0] == b.lanes0[$0] }.count
          + (0..<16).filter { a.lanes1[$0] == b.lanes1[$0] }.count
        total += Double(equal) / 32
      }
      #expect(abs(total / 500 - truth) < 0.02, "truth \(truth) mean \(total / 500)")
    }
  }
}
