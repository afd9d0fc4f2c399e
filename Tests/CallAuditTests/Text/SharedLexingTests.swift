import ContactGenerator
import Testing
@testable import CallAuditModel
@testable import CallAuditText

/// A turn or sentence is lexed once and its lexemes feed the specifics scanner too
/// (issue 21, step 1): the specifics found that way are exactly those found by lexing the
/// text again, as `SpecificDetails` did before.
@Suite struct SharedLexingTests {
  /// Pieces spliced into turns to reach the specifics rules across turn boundaries:
  /// a month and its day in two turns, names, codes, amounts, redactions, shouting.
  private static let spliced = [
    "12", "May", "12th of", "Elm Street", "TP-Link AX1800", "$45.99", "45 euros", "2pm", "14:05",
    "[PII]", "#INC-0012", "jane@example.com", "www.example.com", "San Jose", "Springfield.", "\n",
    "Monday", "3", "24 hours", "ONT", "I CALLED YOU", "e.g.", "Mr. Smith", "1-800-956-4442", "ok.",
  ]

  /// Customer turns of generated contacts, each contact's turns together, and mutations.
  private static func conversations() throws -> [[String]] {
    var random = ScriptCorpusRandom(seed: 71)
    var result: [[String]] = []
    for sample in try SampleGenerator(configuration: GeneratorConfiguration(seed: 29, contacts: 200)) {
      let turns = sample.contact.turns.filter { $0.speaker == .customer }.map(\.text)
      result.append(turns)
      result.append(
        turns.map { turn in
          var words = turn.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
          for _ in 0..<Int.random(in: 1...4, using: &random) {
            words.insert(spliced.randomElement(using: &random)!, at: Int.random(in: 0...words.count, using: &random))
          }
          let text = words.joined(separator: " ")
          return Int.random(in: 0..<8, using: &random) == 0 ? text.uppercased() : text
        })
    }
    // A day and its month split across turns, a name opening a turn, an empty turn.
    result.append(["my bill went up on the 12", "May was fine", "", "Springfield is where I live"])
    result.append(["", ""])
    result.append(["ROUTER IS DOWN AGAIN", "TP-Link AX1800 at 12 Elm Street"])
    return result
  }

  @Test func customerTurnsLexedOnceGiveTheSpecificsOfTheJoinedText() throws {
    var withSpecifics = 0
    for turns in try Self.conversations() {
      var scanner: SpecificsScanner? = SpecificsScanner(agent: false)
      for var turn in turns {
        _ = turn.withUTF8 { SignalTokenizer.tokens(of: $0, specifics: &scanner) }
      }
      let shared = SpecificDetails.extract(from: try #require(scanner))
      let joined = SpecificDetails.extract(from: turns.joined(separator: "\n"))
      #expect(shared == joined, "\(turns)")
      if !joined.isEmpty { withSpecifics += 1 }
    }
    #expect(withSpecifics > 100)  // the comparison reached the rules
  }

  @Test func agentSentencesLexedOnceMentionWhatALexingAgainMentions() throws {
    var mentioned = 0
    var tokens: [SignalToken] = []
    var covered: [Bool] = []
    for turns in try Self.conversations() {
      let customer = turns.joined(separator: "\n")
      let matcher = SpecificDetails.Matcher(SpecificDetails.extract(from: customer))
      // Agent sentences that echo the customer's words, and the customer's own sentences.
      var sentences: [Substring] = ["Noted."]
      for turn in turns { sentences += SentenceSplitter.sentences(in: "Thanks, so \(turn)") }
      for sentence in sentences {
        var scanner: SpecificsScanner? = SpecificsScanner(agent: true)
        _ = AgentSentenceReading(sentence, library: .shipped, tokens: &tokens, covered: &covered, specifics: &scanner)
        let shared = matcher.mentionsAny(in: try #require(scanner))
        #expect(shared == matcher.mentionsAny(in: String(sentence)), "\(sentence)")
        if shared { mentioned += 1 }
      }
    }
    #expect(mentioned > 50)
  }
}
