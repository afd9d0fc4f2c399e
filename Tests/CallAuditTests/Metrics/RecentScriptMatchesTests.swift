import CallAuditText
import Testing

@testable import CallAuditMetrics

/// The answers kept across contacts are the library's own: a fingerprint met again is not
/// looked up again, another fingerprint or provider is, and whatever the order, every answer
/// equals a fresh lookup.
@Suite("Script answers kept across contacts")
struct RecentScriptMatchesTests {
  /// Distinct fingerprints of real-looking agent lines.
  static let lines = [
    "I understand how frustrating it is when your internet keeps dropping out",
    "Please restart your modem and wait for the lights to come back on",
    "I have escalated this to our network team for further investigation",
    "Could you please send us a direct message with your account number",
    "Your refund has been processed and will show within five business days",
    "We are seeing an outage in your area and engineers are working on it",
  ]

  static var fingerprints: [SentenceFingerprint] { lines.compactMap { SentenceFingerprint(sentence: $0) } }

  @Test("A fingerprint met again is answered without a lookup, a miss included; another provider is asked")
  func keptAnswers() throws {
    let prints = Self.fingerprints
    try #require(prints.count == Self.lines.count)
    var recent = RecentScriptMatches()
    var asked: [Int] = []
    for round in 0..<3 {
      for (position, fingerprint) in prints.enumerated() {
        let answer = recent.script(fingerprint, provider: 0) {
          asked.append(position)
          return position.isMultiple(of: 2) ? position + 100 : nil
        }
        #expect(answer == (position.isMultiple(of: 2) ? position + 100 : nil), "round \(round)")
      }
    }
    #expect(asked == Array(prints.indices))
    var otherProvider = 0
    _ = recent.script(prints[0], provider: 1) {
      otherProvider += 1
      return 7
    }
    #expect(otherProvider == 1)
    #expect(recent.script(prints[0], provider: 1) { Issue.record("asked again"); return nil } == 7)
    #expect(recent.script(prints[0], provider: 0) { Issue.record("asked again"); return nil } == 100)
  }

  @Test("The word count is not part of the key; every MinHash value is")
  func keyIsTheSignature() throws {
    var recent = RecentScriptMatches()
    let fingerprint = try #require(Self.fingerprints.first)
    _ = recent.script(fingerprint, provider: 0) { 3 }
    var longer = fingerprint
    longer.wordCount += 5
    #expect(recent.script(longer, provider: 0) { Issue.record("asked again"); return nil } == 3)
    // A change in the last MinHash value only (same slot, since the slot reads the first
    // two) is another fingerprint.
    var changed = fingerprint
    changed.hashes1[15] &+= 1
    var lookups = 0
    #expect(recent.script(changed, provider: 0) { lookups += 1; return nil } == nil)
    #expect(lookups == 1)
  }

  @Test("Through a real library, with colliding slots: every answer is the library's")
  func sameAsTheLibrary() throws {
    var library = ScriptLibrary()
    library.addKnownLines(Array(Self.lines.prefix(3)))
    // Many more fingerprints than slots, so that slots are taken over, met in a shuffled
    // order several times.
    var prints = Self.fingerprints
    var generator = ScriptCorpusRandom(seed: 5)
    let words = [
      "router", "billing", "outage", "engineer", "refund", "modem", "signal", "cable", "speed", "invoice",
      "account", "technician", "appointment", "password", "contract", "upgrade", "voucher", "line", "fibre", "box",
    ]
    for index in 0..<(RecentScriptMatches.slots * 2) {
      // Digits would be masked alike: the index is spelled in words, base 20.
      let (a, b, c) = (words[index % 20], words[index / 20 % 20], words[index / 400 % 20])
      let sentence = "please check the \(a) and the \(b) before the \(c) visit"
      if let fingerprint = SentenceFingerprint(sentence: sentence) { prints.append(fingerprint) }
    }
    var recent = RecentScriptMatches()
    var matched = 0
    for _ in 0..<3 {
      prints.shuffle(using: &generator)
      for fingerprint in prints {
        let answer = recent.script(fingerprint, provider: 0) { library.match(fingerprint) }
        #expect(answer == library.match(fingerprint))
        if answer != nil { matched += 1 }
      }
    }
    #expect(matched >= 9)
  }
}
