import Testing
@testable import CallAuditText

/// The byte lexer's normalisations, which fingerprints, phrase rules and specifics share.
@Suite struct TextLexerTests {
  static func lexemes(_ text: String) -> [String] {
    var result: [String] = []
    TextLexer.scan(text) { lexeme, bytes in
      result.append("\(lexeme.kind):\(String(decoding: bytes, as: UTF8.self))")
    }
    return result
  }

  @Test func expandsContractionsWithAnyApostrophe() {
    #expect(Self.lexemes("don’t can't WON'T dont it's") == [
      "word:do", "word:not", "word:can", "word:not", "word:will", "word:not", "word:do",
      "word:not", "word:it", "word:is",
    ])
  }

  @Test func masksNumbersTimesDatesAmountsAndIds() {
    #expect(Self.lexemes("$1,299.50 at 2:05pm on 2024-05-12, ref #INC-0042, call 555-123-4567") == [
      "amount:1299.5", "word:at", "time:14:05", "word:on", "date:12/5/2024", "word:ref",
      "identifier:inc0042", "word:call", "identifier:5551234567",
    ])
  }

  @Test func recognisesAddressesHandlesAndSignatures() {
    #expect(Self.lexemes("@115712 see t.co/x1 or mail help@isp.net ^JK") == [
      "mention:115712", "word:see", "url:t.co/x1", "word:or", "word:mail", "email:help@isp.net",
    ])
  }

  @Test func foldsHyphensAndSplitsSlashes() {
    #expect(Self.lexemes("Wi-Fi on/off AT&T") == ["word:wifi", "word:on", "word:off", "word:att"])
  }

  @Test func recordsSpansAndCapitals() {
    var spans: [(Int, Int, Bool, Bool)] = []
    TextLexer.scan("Hi ONT. Elm") { lexeme, _ in
      spans.append((lexeme.start, lexeme.end, lexeme.capitalized, lexeme.sentenceInitial))
    }
    #expect(spans.map(\.0) == [0, 3, 8])
    #expect(spans.map(\.1) == [2, 6, 11])
    #expect(spans.map(\.2) == [true, true, true])
    #expect(spans.map(\.3) == [true, false, true])
  }
}
