import Testing
@testable import CallAuditMetrics

/// One contact's script matches are looked up once each, misses included, and a new
/// contact starts with nothing known.
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
        let id = matches.script(at: position) {
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
    var matches = ScriptMatches()
    matches.start(2)
    _ = matches.script(at: 0) { 4 }
    _ = matches.script(at: 1) { nil }
    for count in [2, 1, 5] {
      matches.start(count)
      var asked = 0
      for position in 0..<count {
        let id = matches.script(at: position) {
          asked += 1
          return position + 10
        }
        #expect(id == position + 10)
      }
      #expect(asked == count)
    }
  }
}
