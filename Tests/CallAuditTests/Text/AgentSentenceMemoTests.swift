import ContactGenerator
import Foundation
import Testing
@testable import CallAuditMetrics
@testable import CallAuditModel
@testable import CallAuditText

/// The memo of agent sentence readings (issue 21) answers every sentence as reading it anew
/// would, however its slots are shared, spared and taken, and a sentence answered from it
/// still finds the customer's specifics.
@Suite struct AgentSentenceMemoTests {
  /// Agent sentences of generated contacts, in order (so many that slots are shared and
  /// taken), with the customer's words of each contact; and sentences at the
  /// memo's edges: the longest kept, one byte longer, non-ASCII, a signature, values.
  private static func conversations() throws -> [(customer: String, sentences: [Substring])] {
    var result: [(String, [Substring])] = []
    for sample in try SampleGenerator(configuration: GeneratorConfiguration(seed: 31, contacts: 1_500)) {
      let turns = sample.contact.turns
      let customer = turns.filter { $0.speaker == .customer }.map(\.text).joined(separator: "\n")
      let agent = turns.filter { $0.speaker == .agent }.flatMap { SentenceSplitter.sentences(in: $0.text) }
      result.append((customer, agent))
    }
    let longest = "Please restart the router " + String(repeating: "now ", count: 30) + "ok"
    let edges: [String] = [
      String(longest.prefix(AgentSentenceReading.Memo.longestSentence)),
      String(longest.prefix(AgentSentenceReading.Memo.longestSentence + 1)),
      "Lo siento mucho, ¿podrías enviarnos un mensaje directo con tu número de cuenta?",
      "-Becky", "Your refund of $45.99 was issued on 12 May to account AC-71426823.",
      "Sorry for the delay and trouble, Melanie!", "Please call 1-800-956-4442 for help (1/2)",
    ]
    result.append(("My router at 12 Elm Street is a TP-Link AX1800 and I paid $45.99", edges.map { $0[...] }))
    return result
  }

  @Test func answersAsReadingAnew() throws {
    let memo = AgentSentenceReading.Memo()
    var tokens: [SignalToken] = [], covered: [Bool] = []
    var freshTokens: [SignalToken] = [], freshCovered: [Bool] = []
    var sentences = 0, misses = 0, mentioned = 0, mentionedAfterHit = 0
    // Twice over, so that the second round meets every sentence again after it may have lost its slot.
    let conversations = try Self.conversations()
    var firstRoundMisses = 0
    for round in 0..<2 {
      if round == 1 { firstRoundMisses = misses }
      for (customer, agentSentences) in conversations {
        let matcher = SpecificDetails.Matcher(SpecificDetails.extract(from: customer))
        var scanner: SpecificsScanner? = SpecificsScanner(agent: true)
        for sentence in agentSentences {
          var fresh: SpecificsScanner? = SpecificsScanner(agent: true)
          let expected = AgentSentenceReading(
            sentence, library: .shipped, tokens: &freshTokens, covered: &freshCovered, specifics: &fresh)
          let (reading, lexed) = memo.reading(
            of: sentence, library: .shipped, tokens: &tokens, covered: &covered, specifics: &scanner)
          #expect(reading == expected, "round \(round): \(sentence)")
          // Answered from the memo, the sentence is lexed for its specifics only when asked.
          if !lexed { scanner?.read(sentence) }
          let mentions = matcher.mentionsAny(in: try #require(scanner))
          #expect(mentions == matcher.mentionsAny(in: try #require(fresh)), "round \(round): \(sentence)")
          if mentions { mentioned += 1 }
          if mentions, !lexed { mentionedAfterHit += 1 }
          if lexed { misses += 1 }
          sentences += 1
        }
      }
    }
    #expect(sentences > 2 * AgentSentenceReading.Memo.slots)
    #expect(sentences - misses > sentences / 2)  // the generated agents repeat their lines
    #expect(misses - firstRoundMisses > 500)  // sentences lost their slot and were read again
    #expect(mentioned > 100)  // the specifics comparison reached the rules
    #expect(mentionedAfterHit > 10)  // and sentences answered from the memo
  }

  /// Sentences that fall in one slot.
  private static func sharingASlot(with sentence: String, count: Int) -> [String] {
    func slot(_ text: String) -> Int {
      var text = text
      return text.withUTF8 { AgentSentenceReading.Memo.slot(of: AgentSentenceReading.Memo.hash(of: $0)) }
    }
    let target = slot(sentence)
    var found: [String] = []
    var number = 0
    while found.count < count {
      let candidate = "Order \(number) is on its way to you today."
      if slot(candidate) == target { found.append(candidate) }
      number += 1
    }
    return found
  }

  /// A fresh memo with its scratch space, asked one sentence at a time.
  private final class Probe {
    let memo = AgentSentenceReading.Memo()
    private var tokens: [SignalToken] = [], covered: [Bool] = []
    private var none: SpecificsScanner?

    /// The memo's answer for `sentence` read with `library`.
    func reading(_ sentence: Substring, library: SupportMoveLibrary = .shipped) -> (
      reading: AgentSentenceReading, lexed: Bool
    ) {
      memo.reading(of: sentence, library: library, tokens: &tokens, covered: &covered, specifics: &none)
    }

    /// Whether the memo had to read `sentence`.
    func lexed(_ sentence: String) -> Bool { reading(sentence[...]).lexed }
  }

  @Test func aLineMetAgainIsSparedOnceByALineMetOnce() {
    let probe = Probe()
    let line = "Please restart your router and wait two minutes."
    let once = Self.sharingASlot(with: line, count: 4)
    #expect(once.count == 4)
    #expect(probe.lexed(line))
    #expect(!probe.lexed(line))
    #expect(probe.lexed(once[0]))  // the line, met again, keeps the slot
    #expect(!probe.lexed(line))
    #expect(probe.lexed(once[1]))
    #expect(probe.lexed(once[2]))  // the line was not met since it was spared: this one takes the slot
    #expect(probe.lexed(line))
    #expect(probe.lexed(once[3]))  // the line was read, not met again: it gives up the slot
    #expect(!probe.lexed(once[3]))
  }

  @Test func sentencesLongerThanASlotAreReadEveryTime() {
    let probe = Probe()
    let longest = AgentSentenceReading.Memo.longestSentence
    let kept = "Please restart the router and " + String(repeating: "x", count: longest - 30)
    let tooLong = kept + "y"
    #expect(kept.utf8.count == longest)
    #expect(probe.lexed(kept))
    #expect(!probe.lexed(kept))
    #expect(probe.lexed(tooLong))
    #expect(probe.lexed(tooLong))
  }

  @Test func anotherLibraryEmptiesTheMemo() throws {
    let probe = Probe()
    let other = try SupportMoveLibrary(parsing: "deflect | visit our website | Visit our website. | test")
    let sentence: Substring = "Please visit our website for the details of your plan."
    let shipped = probe.reading(sentence)
    #expect(!probe.reading(sentence).lexed)
    let read = probe.reading(sentence, library: other)
    #expect(read.lexed)
    var tokens: [SignalToken] = [], covered: [Bool] = []
    #expect(read.reading == AgentSentenceReading(sentence, library: other, tokens: &tokens, covered: &covered))
    #expect(read.reading.moves != shipped.reading.moves)
    #expect(probe.reading(sentence).lexed)
  }
}

/// A transcript whose agent repeats a line of an earlier contact: the line is answered from
/// the memo, and whether it takes up the customer's specifics is still read from its own
/// words, not from the sentence before it.
@Suite struct TranscriptSignalsMemoTests {
  /// The agent's own line, naming a place: open, no value, long enough to fingerprint.
  private static let line = "The Springfield crew replaced the damaged cable on your street."

  /// Whether `line` counts as taking up a specific in a contact of `turns`, and whether the
  /// thread's memo knew the line beforehand (asking it marks the line met again, so that
  /// the contact's other sentences cannot take its slot).
  private static func engages(_ turns: [Turn]) throws -> (engages: Bool, lineKnown: Bool) {
    var tokens: [SignalToken] = [], covered: [Bool] = []
    var none: SpecificsScanner?
    let lineKnown = !AgentSentenceReading.Memo.forThisThread.reading(
      of: line[...], library: .shipped, tokens: &tokens, covered: &covered, specifics: &none
    ).lexed
    let signals = TranscriptSignals(turns: turns) { _, _, _, _ in }
    let fingerprint = try #require(SentenceFingerprint(sentence: line))
    let position = try #require(signals.agentSentences.lastIndex(of: fingerprint))
    let traits = signals.sentenceTraits[position]
    #expect(!traits.contains(.settled))
    return (traits.contains(.engages), lineKnown)
  }

  @Test func aRepeatedLineIsCheckedAgainstThisCustomersSpecifics() throws {
    // Twice, so that the line holds a slot whatever the thread's memo held before (a line
    // met again is spared once).
    for _ in 0..<2 {
      _ = TranscriptSignals(turns: [Turn(speaker: .customer, text: "hello"), Turn(speaker: .agent, text: Self.line)]) { _, _, _, _ in }
    }
    // The customer names Springfield; the sentence before the line does not.
    let named = try Self.engages([
      Turn(speaker: .customer, text: "My internet in Springfield keeps dropping every evening."),
      Turn(speaker: .agent, text: "We checked your modem from here this morning. " + Self.line),
    ])
    #expect(named.lineKnown)
    #expect(named.engages)
    // The customer names Elm Street, and so does the sentence before the line; the line does not.
    let other = try Self.engages([
      Turn(speaker: .customer, text: "My router at 12 Elm Street keeps dropping every evening."),
      Turn(speaker: .agent, text: "We checked the line at Elm Street this morning. " + Self.line),
    ])
    #expect(other.lineKnown)
    #expect(!other.engages)
  }
}
