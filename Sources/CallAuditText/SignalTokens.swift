/// One token of customer text as the phrase rules see it.
package struct SignalToken: Sendable {
  /// `TextHash.word` of the lower-cased word (contractions already split); 0 for non-words.
  package var hash: UInt64
  /// The cardinal value of a number ("3", "three", "multiple" → nil), if any.
  package var number: Int?
  /// The value of an ordinal ("3rd", "third"), if any.
  package var ordinal: Int?
  /// UTF-8 byte range in the text.
  package var start: Int
  /// End of the UTF-8 byte range.
  package var end: Int
  /// Whether the token's sentence ends in "?" (a question is not a statement of fact).
  package var inQuestion: Bool
  /// What the lexer took the token for: a word, a number, an address, a code…
  package var kind: LexemeKind = .word
  /// Whether the token began with a capital letter.
  package var capitalized = false
  /// Whether the token opened a sentence.
  package var sentenceInitial = false
  /// For numbers, amounts, dates, codes: `TextHash.word` of the normalised value (0 for words).
  package var valueHash: UInt64 = 0
  /// For numbers, amounts, dates, codes: how many digits the normalised value has.
  package var digits: UInt16 = 0
}

/// Turns text into `SignalToken`s: `TextLexer` words (case folded, "don't" → "do not",
/// curly apostrophes handled) plus number and ordinal values, words included.
package enum SignalTokenizer {
  /// The tokens of `text`.
  package static func tokens(of text: String) -> [SignalToken] {
    if let result = text.utf8.withContiguousStorageIfAvailable({ Self.tokens(of: $0) }) { return result }
    return Array(text.utf8).withUnsafeBufferPointer { Self.tokens(of: $0) }
  }

  /// The tokens of UTF-8 `bytes`.
  package static func tokens(of bytes: UnsafeBufferPointer<UInt8>) -> [SignalToken] {
    var noSpecifics: SpecificsScanner?
    return tokens(of: bytes, specifics: &noSpecifics)
  }

  /// The tokens of UTF-8 `bytes`; when `specifics` is a scanner, it is given the same
  /// lexemes, so a customer turn is lexed once for its phrase rules and its specifics.
  package static func tokens(of bytes: UnsafeBufferPointer<UInt8>, specifics: inout SpecificsScanner?) -> [SignalToken] {
    var tokens: [SignalToken] = []
    Self.tokens(of: bytes, specifics: &specifics, into: &tokens)
    return tokens
  }

  /// The tokens of UTF-8 `bytes` as above, written into `tokens` (emptied first), so that a
  /// reader of many texts reuses one array instead of growing a new one per text.
  package static func tokens(
    of bytes: UnsafeBufferPointer<UInt8>, specifics: inout SpecificsScanner?, into tokens: inout [SignalToken]
  ) {
    tokens.removeAll(keepingCapacity: true)
    let questionArray = questionRanges(in: bytes)
    let numbers = SignalVocabulary.numberWords
    let ordinals = SignalVocabulary.ordinalWords
    // The closure sees the question ranges through a plain pointer: capturing the array
    // retained and released it around every word the lexer hands on.
    questionArray.withUnsafeBufferPointer { questions in
      TextLexer.scan(bytes: bytes) { lexeme, normalised in
        specifics?.add(lexeme, normalised)
        var token = SignalToken(
          hash: lexeme.hash, number: nil, ordinal: nil, start: lexeme.start, end: lexeme.end,
          inQuestion: !questions.isEmpty && Self.contains(questions, lexeme.start), kind: lexeme.kind,
          capitalized: lexeme.capitalized, sentenceInitial: lexeme.sentenceInitial)
        switch lexeme.kind {
        case .word:
          // Most words are neither: the tables' Bloom bits rule them out without a probe.
          if numbers.mayContain(lexeme.hash) { token.number = numbers.lookup(lexeme.hash) }
          if ordinals.mayContain(lexeme.hash) { token.ordinal = ordinals.lookup(lexeme.hash) }
        case .number:
          token.number = Self.integer(normalised)
        case .ordinal:
          token.ordinal = Self.integer(normalised)
        default:
          break
        }
        tokens.append(token)
      }
    }
  }

  /// Whether one of the sorted, disjoint `ranges` holds `offset` (binary search).
  private static func contains(_ ranges: UnsafeBufferPointer<Range<Int>>, _ offset: Int) -> Bool {
    var low = 0
    var high = ranges.count
    while low < high {
      let middle = (low + high) / 2
      if ranges[middle].upperBound <= offset {
        low = middle + 1
      } else {
        high = middle
      }
    }
    return low < ranges.count && ranges[low].contains(offset)
  }

  /// The byte ranges of sentences ending in a question mark, in order and disjoint.
  private static func questionRanges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    // Most turns ask nothing: no "?", no question sentence, no need to split.
    guard bytes.contains(UInt8(ascii: "?")) else { return [] }
    return SentenceSplitter.split(bytes).filter { range in
      var index = range.upperBound - 1
      while index > range.lowerBound, bytes[index] == UInt8(ascii: ")")
        || bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'")
      {
        index -= 1
      }
      return bytes[index] == UInt8(ascii: "?")
    }
  }

  package static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var value = 0
    for byte in bytes {
      guard byte.isDigitByte, value < 100_000_000 else { return nil }
      value = value * 10 + Int(byte &- UInt8(ascii: "0"))
    }
    return bytes.isEmpty ? nil : value
  }
}
