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
}
