import Testing
@testable import CallAuditMetrics
@testable import CallAuditModel
@testable import CallAuditText

/// A customer turn is read in one pass with one probe per word (``CustomerWords``); it must
/// find what each rule list and word set finds on its own. Checked on real customer turns
/// (`../shared/realdata/twcs-divya-gh/twcs_small.csv`, read in place) and on lines written to
/// hit every list.
@Suite("Customer words: one probe per word")
struct CustomerWordsTests {
  private static let written = [
    "It's still not working after the restart, nothing has changed.",
    "That worked, thanks! All sorted now.",
    "I'm switching to another provider tomorrow. Cancel my account.",
    "Who can I contact about this? Is there a number I can call?",
    "Any email to contact you? ok thanks",
    "Works now... but still slow in the evening.",
    "Sure, I'll do that now",
  ]

  private static let lists: [(CustomerWords.Flags, PhraseRuleList)] = [
    (.opensPersistence, PersistenceRules.rules), (.opensConfirmation, ConfirmationRules.rules),
    (.opensChurn, ChurnRules.rules), (.opensChannelRequest, ChannelRequestRules.rules),
  ]
  private static let sets: [(CustomerWords.Flags, WordSet)] = [
    (.courtesy, ConversationVocabulary.courtesy), (.problem, ConversationVocabulary.problemWords),
    (.praise, ConversationVocabulary.praiseWords), (.acknowledgement, ConversationVocabulary.acknowledgements),
  ]

  /// The customers' turns of the real sample, and the written lines.
  private func turns() -> [String] {
    var texts = Self.written
    guard RealSamplePaths.available else { return texts }
    let (contacts, _) = ingestAll(RealSamplePaths.path("twcs-divya-gh/twcs_small.csv"))
    for contact in contacts {
      for turn in contact.turns where turn.speaker == .customer { texts.append(turn.text) }
    }
    return texts
  }

  @Test("Every token's flags are its sets' own answers, and every rule that matches is flagged where it opens")
  func flagsAgree() {
    var tokensSeen = 0, opened = 0
    for text in turns() {
      let tokens = SignalTokenizer.tokens(of: text)
      tokens.withUnsafeBufferPointer { tokens in
        for start in tokens.indices {
          let flags = CustomerWords.flags(of: tokens[start])
          for (flag, set) in Self.sets {
            #expect(flags.contains(flag) == set.contains(word: tokens[start].hash), "\(text)")
          }
          for (flag, list) in Self.lists where list.match(at: start, in: tokens) != nil {
            opened += 1
            #expect(flags.contains(flag) || CustomerWords.openingOnAnyToken.contains(flag), "\(text)")
          }
          tokensSeen += 1
        }
      }
    }
    // The real turns when at hand, else the written ones, were put to the test.
    #expect(tokensSeen > (RealSamplePaths.available ? 1_000 : 50))
    #expect(opened > 0)
  }

  @Test("The one pass finds each list's earliest match, as the list alone finds it")
  func onePassAgrees() {
    var found = [0, 0, 0, 0]
    for text in turns() where text.utf8.count <= TextPieces.pieceBytes {
      let reading = CustomerTurnReading(text)
      let tokens = SignalTokenizer.tokens(of: text)
      let alone: [String?] = tokens.withUnsafeBufferPointer { tokens in
        Self.lists.map { _, list in
          list.firstMatch(in: tokens).map { range in
            String(decoding: Array(text.utf8)[tokens[range.lowerBound].start..<tokens[range.upperBound].end], as: UTF8.self)
          }
        }
      }
      #expect(reading.persistence == alone[0], "\(text)")
      #expect(reading.confirmation == alone[1], "\(text)")
      #expect(reading.churnIntent == alone[2], "\(text)")
      #expect(reading.asksForChannel == (alone[3] != nil), "\(text)")
      for (index, match) in alone.enumerated() where match != nil { found[index] += 1 }
    }
    // Every list matched somewhere, so each comparison above was put to the test.
    #expect(found.allSatisfy { $0 > 0 }, "\(found)")
  }
}
