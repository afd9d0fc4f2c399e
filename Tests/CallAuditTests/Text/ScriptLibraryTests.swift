import Foundation
import Testing
@testable import CallAuditText

/// Known script lines, matching and per-text coverage.
@Suite struct ScriptLibraryTests {
  static let knownLines = [
    "# scripts approved by the contact centre",
    "",
    "Please restart your router and wait two minutes.",
    "Thank you for your patience. Is there anything else I can help you with today?",
    "Ok.",
  ]

  @Test func knownLinesAreSplitFingerprintedAndMatched() throws {
    var library = ScriptLibrary()
    let rejected = library.addKnownLines(Self.knownLines)
    #expect(rejected == ["Ok."])
    #expect(library.scripts.count == 3)
    #expect(library.scripts.allSatisfy { $0.known && $0.customers == 0 })
    #expect(library.scripts.map(\.id) == [0, 1, 2])
    let paraphrase = try #require(SentenceFingerprint(sentence: "Kindly reboot the modem and wait 5 minutes"))
    let id = try #require(library.match(paraphrase))
    #expect(library.scripts[id].text == "Please restart your router and wait two minutes.")
  }

  @Test func knownLineMatchingAMinedScriptMarksItInsteadOfDuplicating() {
    var miner = ScriptMiner()
    let sentence: Substring = "Please restart the router, then wait a couple of minutes."
    let fingerprint = SentenceFingerprint(sentence: sentence)!
    for customer in 0..<6 as Range<UInt64> {
      miner.observe(sentence: sentence, fingerprint: fingerprint, customerKey: customer)
    }
    var library = miner.library()
    #expect(library.scripts.count == 1 && !library.scripts[0].known)
    library.addKnownLines(["Please restart your router and wait two minutes."])
    #expect(library.scripts.count == 1)
    #expect(library.scripts[0].known && library.scripts[0].customers == 6)
  }

  /// What a match must be, found the slow way: among every variant of every script that
  /// shares a band with `fingerprint` and agrees enough, the most similar, the lower id on a
  /// tie; with how many variants agree enough.
  private static func bestCandidate(
    _ fingerprint: SentenceFingerprint, in library: ScriptLibrary,
    variants: (ScriptLibrary.Script) -> [SentenceFingerprint]
  ) -> (id: Int?, candidates: Int) {
    let needed = Int((library.similarityThreshold * Double(SentenceFingerprint.hashCount)).rounded(.up))
    var best: Int?
    var bestAgreement = needed - 1
    var candidates = 0
    for script in library.scripts {
      for variant in variants(script) {
        let sharesBand = (0..<LSHBands.Scheme.matching.count).contains {
          LSHBands.key(variant, band: $0, scheme: .matching) == LSHBands.key(fingerprint, band: $0, scheme: .matching)
        }
        guard sharesBand else { continue }
        let agreement = variant.agreement(with: fingerprint)
        if agreement >= needed { candidates += 1 }
        if agreement > bestAgreement || (agreement == bestAgreement && script.id < (best ?? -1)) {
          best = script.id
          bestAgreement = agreement
        }
      }
    }
    return (best, candidates)
  }

  @Test("A match is the most similar script sharing a band with the sentence, the lower id on a tie")
  func matchIsTheBestCandidate() throws {
    // Lines that share most of their words, so that a sentence is a candidate of several
    // scripts at once (the library keeps the lines that are not near-copies of one another).
    var lines: [String] = []
    for subject in ["billing statement", "fibre connection", "mobile plan", "email account", "tv package"] {
      for action in ["has been updated", "was reviewed by our team", "will be checked tonight", "is now active"] {
        for closing in ["thanks for waiting", "we appreciate your patience", "speak soon", ""] {
          lines.append("Your \(subject) \(action) \(closing)")
        }
      }
    }
    var library = ScriptLibrary()
    library.addKnownLines(lines)
    #expect(library.scripts.count > 5)
    var matched = 0, contested = 0
    for query in lines + lines.map({ $0.replacingOccurrences(of: "Your", with: "The") + " today" }) {
      let fingerprint = try #require(SentenceFingerprint(sentence: query))
      let (expected, candidates) = Self.bestCandidate(fingerprint, in: library) { [library.fingerprint(of: $0.id)] }
      #expect(library.match(fingerprint) == expected, "\(query)")
      if expected != nil { matched += 1 }
      if candidates > 1 { contested += 1 }
    }
    #expect(matched > 0 && contested > 0, "\(matched) matched, \(contested) with several candidates")
  }

  @Test("Among scripts of several variants, a match is the most similar variant sharing a band, the lower id on a tie")
  func matchAmongVariants() throws {
    // Each script keeps three paraphrases; a sentence meets the same script in several
    // bands and through several of its variants, and other scripts' variants beside them.
    let subjects = ["billing statement", "fibre connection", "mobile plan", "email account", "tv package", "landline"]
    let endings = ["has been updated today", "was reviewed by our team", "is now active again"]
    var entries: [ScriptLibrary.Entry] = []
    for (number, subject) in subjects.enumerated() {
      let variants = endings.map { "Your \(subject) \($0)" }
      entries.append(
        ScriptLibrary.Entry(
          text: variants[0], customers: 10 + number % 2, known: false,
          fingerprints: try variants.map { try #require(SentenceFingerprint(sentence: $0)) }))
    }
    let library = ScriptLibrary(entries: entries, similarityThreshold: 0.5)
    #expect(library.scripts.allSatisfy { script in entries.contains { $0.text == script.text } })
    var matched = 0
    for subject in subjects + ["mobile statement", "tv connection"] {
      for ending in endings + ["has been updated", "is active again today"] {
        let fingerprint = try #require(SentenceFingerprint(sentence: "Your \(subject) \(ending)"))
        let (expected, _) = Self.bestCandidate(fingerprint, in: library) { script in
          entries.first { $0.text == script.text }?.fingerprints ?? []
        }
        #expect(library.match(fingerprint) == expected, "\(subject) \(ending)")
        if expected != nil { matched += 1 }
      }
    }
    #expect(matched > 10)
  }

  @Test func emptyLibraryMatchesNothing() {
    #expect(ScriptLibrary().match(SentenceFingerprint(sentence: "Please restart your router now")!) == nil)
  }

  @Test func coverageCountsScriptedSentencesAndWords() {
    var library = ScriptLibrary()
    library.addKnownLines(Self.knownLines)
    let coverage = library.coverage(
      of: "Hi! Please restart your router and wait 2 minutes. Your line at Elm Street shows "
        + "a faulty card, an engineer comes on Monday. Is there anything else I can help you with today?")
    #expect(coverage.sentences == 4)
    #expect(coverage.judgedSentences == 3)
    #expect(coverage.scriptedSentences == 2)
    #expect(coverage.scriptIDs.count == 2)
    #expect(coverage.scriptedShare > 0.4 && coverage.scriptedShare < 0.8)
    var total = ScriptCoverage()
    total.add(coverage)
    total.add(coverage)
    #expect(total.scriptedSentences == 4 && total.scriptedShare == coverage.scriptedShare)
    #expect(ScriptCoverage().scriptedShare == 0)
  }
}

@Suite("Script miners merged")
struct ScriptMinerMergeTests {
  @Test("Miners of one customer each, merged, find the line every one of them heard")
  func minersOfOneCustomerEach() throws {
    let sentence: Substring = "Please restart the router, then wait a couple of minutes."
    let fingerprint = try #require(SentenceFingerprint(sentence: sentence))
    var merged = ScriptMiner()
    for customer in 0..<6 as Range<UInt64> {
      var single = ScriptMiner()
      single.observe(sentence: sentence, fingerprint: fingerprint, customerKey: customer)
      merged.merge(single)
    }
    #expect(merged.distinctCustomers == 6 && merged.clusterCount == 1)
    #expect(merged.library().scripts.map(\.customers) == [6])
  }
}
