import Testing
@testable import CallAuditText

/// Sentence boundaries on agent text.
@Suite struct SentenceSplitterTests {
  @Test func splitsOnTerminatorsAndLineBreaks() {
    let text = "Hi there! Please restart your router. Did that help?\nThanks for waiting…Bye"
    #expect(
      SentenceSplitter.sentences(in: text) == [
        "Hi there!", "Please restart your router.", "Did that help?", "Thanks for waiting…", "Bye",
      ])
  }

  @Test func keepsDecimalsUrlsAndAbbreviationsIntact() {
    let text =
      "Your plan is 2.5 times faster, e.g. for gaming. Mr. Smith at comcast.com/help will call. "
      + "Visit https://t.co/abc.def today."
    #expect(
      SentenceSplitter.sentences(in: text) == [
        "Your plan is 2.5 times faster, e.g. for gaming.", "Mr. Smith at comcast.com/help will call.",
        "Visit https://t.co/abc.def today.",
      ])
  }

  @Test func keepsClosingQuotesAndDropsEmptyPieces() {
    #expect(
      SentenceSplitter.sentences(in: "He said \"restart it.\" Then it worked!!! 😀 \n\n  ") == [
        "He said \"restart it.\"", "Then it worked!!!",
      ])
    #expect(SentenceSplitter.sentences(in: "").isEmpty)
    #expect(SentenceSplitter.sentences(in: " ... !!! ").isEmpty)
  }

  @Test func abbreviationBeforeACapitalStillEndsTheSentence() {
    #expect(SentenceSplitter.sentences(in: "Bring the cables etc. We will do the rest.").count == 2)
    #expect(SentenceSplitter.sentences(in: "Call approx. 5 times a day.").count == 1)
  }

  /// The split skips eight bytes at a time up to the next byte its rules look at; a
  /// terminator at any offset of those eight, after ASCII or non-ASCII letters, and in the
  /// last bytes read one by one, must still end its sentence, and a non-ASCII letter must not.
  @Test("A terminator ends its sentence at every offset", arguments: ["!", "?", ".", "\n", "\r", "…"])
  func terminatorAtEveryOffset(terminator: String) {
    for filler in ["a", "é", "ж"] {
      for length in 1...20 {
        for tail in ["", " Ok", " Then more words follow here"] {
          let first = String(repeating: filler, count: length)
          let kept = terminator == "\n" || terminator == "\r" ? first : first + terminator
          let expected = [Substring(kept)] + (tail.isEmpty ? [] : [Substring(tail.dropFirst())])
          #expect(
            SentenceSplitter.sentences(in: first + terminator + tail) == expected,
            "\(filler) × \(length), then \(terminator.debugDescription) and \(tail.debugDescription)")
        }
      }
    }
    let long = String(repeating: "é word ", count: 9)
    #expect(SentenceSplitter.sentences(in: long) == [long.dropLast()])
  }

  /// Shifting a text by 0 to 7 bytes (blanks and a line break before it) moves every byte to
  /// another offset of the eight-byte step; the sentences must not change. Pieces put the
  /// rules' bytes next to the bytes one above them ("./", "!\"", "?@"), where a borrow in the
  /// eight-byte test would mark the wrong byte.
  @Test("Sentences do not depend on where the eight-byte steps fall", arguments: 1...4)
  func sameAtEveryAlignment(seed: UInt64) {
    var random = ScriptCorpusRandom(seed: seed)
    let pieces = [
      "word", " ", "Mr", "e.g", ".", "!", "?", "…", "’", "”", "\"", ")", "é", "ж", "\n", "\r",
      "./", "!\"", "?@", "2.5", "J", "Thanks", "etc", "  ",
    ]
    for _ in 0..<300 {
      let text = (0..<Int.random(in: 1...30, using: &random)).map { _ in
        pieces[Int.random(in: 0..<pieces.count, using: &random)]
      }.joined()
      let unshifted = SentenceSplitter.sentences(in: text)
      for shift in 0..<8 {
        let shifted = String(repeating: " ", count: shift) + "\n" + text
        #expect(SentenceSplitter.sentences(in: shifted) == unshifted, "\(shift): \(text.debugDescription)")
      }
    }
  }
}
