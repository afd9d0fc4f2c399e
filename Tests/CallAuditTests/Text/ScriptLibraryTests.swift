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
