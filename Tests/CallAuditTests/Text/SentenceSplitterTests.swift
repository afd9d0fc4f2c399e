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
  /// terminator at any offset of those eight, after ASCII or non-ASCII letters, must still
  /// end its sentence, and a non-ASCII letter must not.
  @Test("A terminator ends its sentence at every offset", arguments: ["!", "?", ".", "\n", "\r", "…"])
  func terminatorAtEveryOffset(terminator: String) {
    for filler in ["a", "é"] {
      for length in 1...20 {
        let first = String(repeating: filler, count: length)
        let text = first + terminator + " Then more words follow here"
        let kept = terminator == "\n" || terminator == "\r" ? first : first + terminator
        #expect(
          SentenceSplitter.sentences(in: text) == [Substring(kept), "Then more words follow here"],
          "\(filler) × \(length), then \(terminator.debugDescription)")
      }
    }
    let long = String(repeating: "é word ", count: 9)
    #expect(SentenceSplitter.sentences(in: long) == [Substring(long.trimmingSuffix())])
  }
}

extension String {
  fileprivate func trimmingSuffix() -> Substring {
    var end = endIndex
    while end > startIndex, self[index(before: end)] == " " { end = index(before: end) }
    return self[..<end]
  }
}

