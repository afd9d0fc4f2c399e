import CallAuditText
import Testing

@testable import CallAuditMetrics

/// One contact's script matches are looked up once each, misses included, and a new
/// contact starts with nothing known of its sentences (``RecentScriptMatchesTests`` covers
/// the answers kept across contacts; each contact here has its own fingerprints).
@Suite("Script matches of one contact")
struct ScriptMatchesTests {
  @Test("Each sentence is looked up once; a match and a miss are both remembered")
  func lookedUpOnce() {
    var matches = ScriptMatches()
    matches.start(3)
    var lookups: [Int] = []
    let answers: [Int?] = [7, nil, 0]
    for _ in 0..<3 {
      for position in 0..<3 {
        let id = matches.script(at: position, fingerprint: Self.fingerprint(position), provider: 0) {
          lookups.append(position)
          return answers[position]
        }
        #expect(id == answers[position])
      }
    }
    #expect(lookups == [0, 1, 2])
  }

  @Test("Starting the next contact forgets the last one's answers, whatever its length")
  func startForgets() {
    var matches = Self.afterFirstContact()
    for (contact, count) in [2, 1, 5].enumerated() {
      matches.start(count)
      var asked = 0
      for position in 0..<count {
        let id = matches.script(at: position, fingerprint: Self.fingerprint(10 * (contact + 1) + position), provider: 0) {
          asked += 1
          return position + 10
        }
        #expect(id == position + 10)
      }
      #expect(asked == count)
    }
  }

  @Test("A later contact's sentence of a fingerprint met before is not looked up again")
  func laterContact() {
    var matches = Self.afterFirstContact()
    matches.start(3)
    var asked: [Int] = []
    let ids = [1, 0, 2].enumerated().map { position, index in
      matches.script(at: position, fingerprint: Self.fingerprint(index), provider: 0) {
        asked.append(index)
        return 9
      }
    }
    #expect(ids == [nil, 4, 9])
    #expect(asked == [2])
  }

  /// Scratch space that has measured one contact of two sentences: fingerprint 0 matched
  /// script 4, fingerprint 1 matched none.
  static func afterFirstContact() -> ScriptMatches {
    var matches = ScriptMatches()
    matches.start(2)
    _ = matches.script(at: 0, fingerprint: fingerprint(0), provider: 0) { 4 }
    _ = matches.script(at: 1, fingerprint: fingerprint(1), provider: 0) { nil }
    return matches
  }

  /// A distinct fingerprint for each `index`: MinHash values set by hand.
  static func fingerprint(_ index: Int) -> SentenceFingerprint {
    var fingerprint = SentenceFingerprint(sentence: "please restart the router and check the lights")!
    fingerprint.hashes0[0] = UInt32(index)
    return fingerprint
  }
}
