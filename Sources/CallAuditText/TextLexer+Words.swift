/// Words: hyphens folded, dotted abbreviations joined, contractions expanded.
extension TextLexer {
  /// Emits a word, expanding contractions ("don't" → "do" "not", "we're" → "we" "are").
  package mutating func word(_ low: Int, _ high: Int, _ body: Sink) {
    var length = 0
    var lastApostrophe = -1
    var letters = 0
    var capitals = 0
    for index in low..<high {
      let byte = clean[index]
      switch byte {
      case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "&"):
        continue
      case UInt8(ascii: "'"):
        lastApostrophe = length
      default:
        if byte &- UInt8(ascii: "A") < 26 { capitals += 1 }
        if byte < 0x80 { letters += 1 }
      }
      out[length] = byte.asciiLowercasedLetter
      length += 1
    }
    let shape = Shape(
      capitalized: clean[low] &- UInt8(ascii: "A") < 26,
      allCaps: letters >= 2 && capitals == letters)
    if lastApostrophe >= 0 {
      clitic(length: length, apostrophe: lastApostrophe, low, high, shape, body)
    } else if let expansion = contractions.lookup(wordHash(length)) {
      emitWord(expansion.0, low, high, shape, body)
      emitWord(expansion.1, low, high, Shape(), body)
    } else {
      emit(.word, length: length, low, high, shape, body)
    }
  }

  /// How a word was written, for the lexeme flags.
  package struct Shape {
    /// First letter an ASCII capital.
    package var capitalized = false
    /// Two or more letters, all capitals.
    package var allCaps = false
  }

  /// Handles `out[0..<length]` holding a word with an apostrophe at `apostrophe`.
  package mutating func clitic(
    length: Int, apostrophe: Int, _ low: Int, _ high: Int, _ shape: Shape, _ body: Sink
  ) {
    // Drop any other apostrophes from the base ("rock'n'roll" → "rocknroll").
    var baseLength = 0
    for index in 0..<apostrophe where out[index] != UInt8(ascii: "'") {
      out[baseLength] = out[index]
      baseLength += 1
    }
    var suffix: UInt64 = 0
    if length - apostrophe - 1 <= 8 {
      for index in (apostrophe + 1)..<length { suffix = suffix << 8 | UInt64(out[index]) }
    }
    if suffix == Self.packed("t"), baseLength >= 2,
      out[baseLength - 1] == UInt8(ascii: "n")
    {
      // "n't": don't, isn't, can't (ca), won't (wo), shan't (sha), ain't (ai).
      let stemLength = baseLength - 1
      if let irregular = negatedStems.lookup(wordHash(stemLength)) {
        emitWord(irregular, low, high, shape, body)
      } else {
        emit(.word, length: stemLength, low, high, shape, body)
      }
      emitWord("not", low, high, Shape(), body)
      return
    }
    guard baseLength > 0 else { return }
    let base = wordHash(baseLength)
    emit(.word, length: baseLength, low, high, shape, body)
    let expansion: StaticString? =
      switch suffix {
      case Self.packed("re"): "are"
      case Self.packed("ll"): "will"
      case Self.packed("ve"): "have"
      case Self.packed("m"): "am"
      case Self.packed("d"): "would"
      // "'s" after a pronoun is "is" ("it's fixed"); after a noun it is usually possessive.
      case Self.packed("s") where isBases.contains(base): "is"
      case Self.packed("s") where base == Self.letHash: "us"
      default: nil
      }
    if let expansion { emitWord(expansion, low, high, Shape(), body) }
  }
}
