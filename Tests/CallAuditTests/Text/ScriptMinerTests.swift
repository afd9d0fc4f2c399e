import Testing
@testable import CallAuditText

/// Mining and matching on a seeded synthetic corpus with known scripts.
@Suite struct ScriptMinerTests {
  /// Runs the pipeline the metrics stage runs: split, fingerprint, observe.
  static func mine(
    _ sentences: [SyntheticScriptCorpus.Sentence],
    configuration: ScriptMinerConfiguration = .init()
  ) -> ScriptMiner {
    var miner = ScriptMiner(configuration: configuration)
    for sentence in sentences {
      for piece in SentenceSplitter.sentences(in: sentence.text) {
        guard let fingerprint = SentenceFingerprint(sentence: piece) else { continue }
        miner.observe(sentence: piece, fingerprint: fingerprint, customerKey: sentence.customer)
      }
    }
    return miner
  }

  static let corpus: [SyntheticScriptCorpus.Sentence] = {
    var generator = SyntheticScriptCorpus(seed: 1)
    return generator.corpus(customers: 300)
  }()

  /// Precision and recall of `match` on fresh sentences; negatives include sentences that
  /// open like a script. A template's scripts are those its paraphrases match (a template
  /// may legitimately be mined as two lines); a match to another template's script is wrong.
  static func evaluate(_ library: ScriptLibrary) -> (precision: Double, recall: Double) {
    var owners: [Int: Int] = [:]  // script id → template
    for (template, variants) in SyntheticScriptCorpus.templates.enumerated() {
      for variant in variants {
        let text = variant.replacing("{n}", with: "2")
        if let id = SentenceFingerprint(sentence: text).flatMap({ library.match($0) }) {
          owners[id] = owners[id] ?? template
        }
      }
    }
    var generator = SyntheticScriptCorpus(seed: 2)
    var truePositives = 0
    var falsePositives = 0
    var positives = 0
    for round in 0..<3000 {
      // A third each: script paraphrases, tailored sentences, tailored ones opening like a script.
      let template = round % 3 == 0 ? round / 3 % SyntheticScriptCorpus.templates.count : nil
      let text =
        template.map { generator.scriptSentence($0) }
        ?? (round % 3 == 1 ? generator.tailoredSentence() : generator.nearMissSentence())
      let matched = SentenceFingerprint(sentence: text).flatMap { library.match($0) }
      if let template {
        positives += 1
        if let matched, owners[matched] == template { truePositives += 1 } else if matched != nil {
          falsePositives += 1
        }
      } else if matched != nil {
        falsePositives += 1
      }
    }
    let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives))
    return (precision, Double(truePositives) / Double(positives))
  }

  @Test func minesEveryTemplateAndMatchesWithHighPrecisionAndRecall() {
    let library = Self.mine(Self.corpus).library()
    #expect(library.scripts.count >= SyntheticScriptCorpus.templates.count)
    #expect(library.scripts.count <= SyntheticScriptCorpus.templates.count + 4)
    let (precision, recall) = Self.evaluate(library)
    #expect(precision >= 0.9, "precision \(precision)")
    #expect(recall >= 0.9, "recall \(recall)")
  }

  @Test func paraphrasesShareOneScriptAndTailoredSentenceMatchesNone() throws {
    let library = Self.mine(Self.corpus).library()
    let paraphrases = [
      "Please restart your router and wait two minutes.",
      "Kindly restart your modem and wait 5 minutes",
      "Please restart the router, then wait a couple of minutes",
    ]
    let ids = try paraphrases.map { try #require(SentenceFingerprint(sentence: $0)) }
      .map { library.match($0) }
    #expect(ids[0] != nil)
    #expect(Set(ids).count == 1)
    let tailored = try #require(
      SentenceFingerprint(
        sentence: "I can see your line at 12 Elm Street dropped at 14:02 because of a faulty "
          + "card in the cabinet, an engineer will replace it tomorrow"))
    #expect(library.match(tailored) == nil)
  }

  @Test func templateSaidToTwoCustomersIsNotMined() throws {
    let library = Self.mine(Self.corpus).library()
    let rare = try #require(SentenceFingerprint(sentence: SyntheticScriptCorpus.rareTemplate))
    #expect(library.match(rare) == nil)
    #expect(!library.scripts.contains { $0.text.contains("loyalty") })
  }

  @Test func repeatingToOneCustomerDoesNotMakeAScript() throws {
    var miner = ScriptMiner()
    let sentence: Substring = "Your replacement router has been dispatched by courier today."
    let fingerprint = try #require(SentenceFingerprint(sentence: sentence))
    for _ in 0..<50 { miner.observe(sentence: sentence, fingerprint: fingerprint, customerKey: 7) }
    miner.observe(sentence: sentence, fingerprint: fingerprint, customerKey: 100)
    // 51 sentences, but only 2 customers: below even the smallest corpus's minimum of 3.
    #expect(miner.library().scripts.isEmpty)
    miner.observe(sentence: sentence, fingerprint: fingerprint, customerKey: 999)
    #expect(miner.library().scripts.map(\.customers) == [3])
  }

  @Test func miningIsDeterministic() {
    let first = Self.mine(Self.corpus).library().scripts
    let second = Self.mine(Self.corpus).library().scripts
    #expect(first == second)
    #expect(first.map(\.id) == Array(0..<first.count))
    #expect(first == first.sorted { ($0.customers, $1.text) > ($1.customers, $0.text) })
  }

  @Test func mergingTwoHalvesApproximatesMiningTheWhole() {
    let whole = Self.mine(Self.corpus).library()
    let middle = Self.corpus.count / 2
    var left = Self.mine(Array(Self.corpus[..<middle]))
    left.merge(Self.mine(Array(Self.corpus[middle...])))
    let merged = left.library()
    #expect(abs(merged.scripts.count - whole.scripts.count) <= 2)
    #expect(left.distinctCustomers == 300)
    let (precision, recall) = Self.evaluate(merged)
    #expect(precision >= 0.9 && recall >= 0.9, "\(precision) \(recall)")
    // The best-supported script is found in both, with nearly the same support.
    let top = whole.scripts[0]
    let id = merged.match(whole.fingerprint(of: top.id))
    #expect(id != nil)
    if let id {
      let ratio = Double(merged.scripts[id].customers) / Double(top.customers)
      #expect(ratio > 0.9 && ratio < 1.1, "\(ratio)")
    }
  }

  @Test func supportCountsDoNotDependOnInputOrder() throws {
    // One wording per template, so the clustering cannot depend on order either: supports
    // must then be identical whatever the order (KMV sketches do not see order).
    var generator = ScriptCorpusRandom(seed: 5)
    var corpus: [SyntheticScriptCorpus.Sentence] = []
    var tailored = SyntheticScriptCorpus(seed: 6)
    for customer in 0..<400 as Range<UInt64> {
      for _ in 0..<3 {
        let template = Int(generator.next() % UInt64(SyntheticScriptCorpus.templates.count))
        corpus.append(.init(text: SyntheticScriptCorpus.templates[template][0], customer: customer, template: template))
        corpus.append(.init(text: tailored.tailoredSentence(), customer: customer, template: nil))
      }
    }
    var shuffled = corpus
    shuffled.shuffle(using: &generator)
    let forward = Self.mine(corpus).library().scripts
    let backward = Self.mine(corpus.reversed()).library().scripts
    let random = Self.mine(shuffled).library().scripts
    let supports = { (scripts: [ScriptLibrary.Script]) in scripts.map(\.customers) }
    #expect(forward.count == SyntheticScriptCorpus.templates.count)
    #expect(supports(forward) == supports(backward))
    #expect(supports(forward) == supports(random))
  }

  @Test func aSmallTableStillKeepsTheHeavyHitters() {
    // 256 slots against ~1,500 one-off sentences: constant eviction, scripts survive.
    let configuration = ScriptMinerConfiguration(capacity: 256)
    let miner = Self.mine(Self.corpus, configuration: configuration)
    #expect(miner.clusterCount == 256)
    let library = miner.library()
    #expect(library.scripts.count >= SyntheticScriptCorpus.templates.count)
    let (precision, recall) = Self.evaluate(library)
    #expect(precision >= 0.9, "precision \(precision)")
    #expect(recall >= 0.9, "recall \(recall)")
  }

  @Test func customerThresholdFollowsTheConfiguredFraction() {
    var miner = ScriptMiner(configuration: .init(minimumCustomers: 5, minimumCustomerFraction: 0.1))
    // An empty or small corpus needs 3 customers (docs/metrics.md, the adaptive minimum).
    #expect(miner.customerThreshold == 3)
    for customer in 0..<200 as Range<UInt64> {
      miner.observe(
        sentence: "x", fingerprint: SentenceFingerprint(sentence: "please restart the router now")!,
        customerKey: customer)
    }
    #expect(miner.distinctCustomers == 200)
    #expect(miner.customerThreshold == 20)
  }

  @Test func memoryBoundIsStatedAndModest() {
    let bound = ScriptMinerConfiguration().memoryBound
    #expect(bound > 10_000_000 && bound < 32_000_000)
  }
}
