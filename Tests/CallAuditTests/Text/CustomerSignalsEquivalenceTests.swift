import ContactGenerator
import Testing
@testable import CallAuditText

/// The indexed rule lists and the pointer-based tokenizer answer exactly as the per-rule
/// loops and linear question search they replaced, on generated customer turns and on
/// mutations of them that reach questions, negations, numbers and curly apostrophes.
@Suite struct CustomerSignalsEquivalenceTests {
  /// Phrases spliced into customer turns to reach the rules and their guards.
  private static let spliced = [
    "still not working", "is it working now?", "it works now", "not working now", "if that fixed it",
    "that fixed it", "I do not want to cancel", "I never want to cancel", "cancel my internet",
    "cancel the technician visit", "switching to Verizon", "switch the router off", "third time",
    "3rd time", "called 5 times", "called three times", "called 1 time", "didn’t work", "didnt work",
    "DID NOT WORK", "(really?)", "\"why?\"", "same problem", "nothing has changed", "port my number",
    "PAC code", "done with you", "want out of my contract", "how many more times", "2nd call",
    "I'm going to cancel", "going to cancel the appointment", "?", "!", "...", "\n", "e.g.",
    "twentieth attempt", "keeps on dropping", "back online", "all good now", "thanks, all good",
    "a1", "99999999999", "1,000", "thirty", "millionth time", "umpteenth call",
  ]

  private static func mutate(_ text: String, _ random: inout ScriptCorpusRandom) -> String {
    var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    for _ in 0..<Int.random(in: 1...5, using: &random) {
      words.insert(spliced.randomElement(using: &random)!, at: Int.random(in: 0...words.count, using: &random))
    }
    let joined = words.joined(separator: " ")
    return Int.random(in: 0..<6, using: &random) == 0 ? joined.uppercased() : joined
  }

  /// Customer turns of generated contacts.
  private static func customerTurns(seed: UInt64, contacts: Int) throws -> [String] {
    try SampleGenerator(configuration: GeneratorConfiguration(seed: seed, contacts: contacts)).flatMap {
      $0.contact.turns.filter { $0.speaker == .customer }.map(\.text)
    }
  }

  @Test func readingsAgreeWithThePerRuleLoops() throws {
    var random = ScriptCorpusRandom(seed: 53)
    var matched = 0
    for turn in try Self.customerTurns(seed: 37, contacts: 250) {
      for text in [turn, Self.mutate(turn, &random)] {
        let tokens = SignalTokenizer.tokens(of: text)
        let reference = Self.referenceTokens(of: text)
        #expect(tokens.count == reference.count)
        for (token, expected) in zip(tokens, reference) {
          #expect(
            token.hash == expected.hash && token.number == expected.number
              && token.ordinal == expected.ordinal && token.start == expected.start
              && token.end == expected.end && token.inQuestion == expected.inQuestion, "\(text)")
        }
        let reading = CustomerSignals.read(text)
        let expected = (
          Self.referencePhrase(PersistenceRules.rules, text),
          Self.referencePhrase(ConfirmationRules.rules, text),
          Self.referencePhrase(ChurnRules.rules, text)
        )
        #expect(reading.persistence == expected.0, "\(text)")
        #expect(reading.confirmation == expected.1, "\(text)")
        #expect(reading.churnIntent == expected.2, "\(text)")
        #expect(CustomerSignals.churnIntent(in: text) == expected.2)
        if expected.0 != nil || expected.1 != nil || expected.2 != nil { matched += 1 }
      }
    }
    #expect(matched > 100, "the corpus should reach the rules")
  }

  /// The old selection: each rule's first match, then the earliest, first-listed on a tie.
  private static func referencePhrase(_ list: PhraseRuleList, _ text: String) -> String? {
    let tokens = referenceTokens(of: text)
    return tokens.withUnsafeBufferPointer { tokens -> String? in
      var best: ClosedRange<Int>?
      for rule in list.rules {
        var found: ClosedRange<Int>?
        for start in tokens.indices where rule.steps[0].words.contains(tokens[start]) {
          if let range = rule.match(from: start, in: tokens) {
            found = range
            break
          }
        }
        guard let range = found else { continue }
        if best == nil || range.lowerBound < best!.lowerBound { best = range }
      }
      guard let best else { return nil }
      let utf8 = Array(text.utf8)
      return String(decoding: utf8[tokens[best.lowerBound].start..<tokens[best.upperBound].end], as: UTF8.self)
    }
  }

  /// The old tokenizer: a copy of the text for the question ranges, searched linearly.
  private static func referenceTokens(of text: String) -> [SignalToken] {
    var tokens: [SignalToken] = []
    let utf8 = Array(text.utf8)
    let questions = utf8.withUnsafeBufferPointer { bytes in
      SentenceSplitter.split(bytes).filter { range in
        var index = range.upperBound - 1
        while index > range.lowerBound, bytes[index] == UInt8(ascii: ")")
          || bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'")
        {
          index -= 1
        }
        return bytes[index] == UInt8(ascii: "?")
      }
    }
    TextLexer.scan(text) { lexeme, bytes in
      var token = SignalToken(
        hash: lexeme.hash, number: nil, ordinal: nil, start: lexeme.start, end: lexeme.end,
        inQuestion: questions.contains { $0.contains(lexeme.start) })
      switch lexeme.kind {
      case .word:
        token.number = SignalVocabulary.numberWords.lookup(lexeme.hash)
        token.ordinal = SignalVocabulary.ordinalWords.lookup(lexeme.hash)
      case .number:
        token.number = integer(bytes)
      case .ordinal:
        token.ordinal = integer(bytes)
      default:
        break
      }
      tokens.append(token)
    }
    return tokens
  }

  private static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var value = 0
    for byte in bytes {
      guard byte.isDigitByte, value < 100_000_000 else { return nil }
      value = value * 10 + Int(byte &- UInt8(ascii: "0"))
    }
    return bytes.isEmpty ? nil : value
  }
}
