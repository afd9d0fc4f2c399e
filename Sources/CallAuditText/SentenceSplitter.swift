/// Splits agent or customer turn text into sentences, the unit scripts are mined and matched in.
///
/// Rules, applied on UTF-8 bytes:
/// - a line break always ends a sentence (exports put one canned paragraph per line);
/// - `!`, `?` and `…` (runs of them, plus closing quotes or brackets) end a sentence;
/// - `.` ends a sentence only when followed by a blank or the end of the text, so decimals
///   ("2.5"), addresses ("comcast.com/help") and inner dots ("e.g.") stay intact;
/// - after a title ("Mr.", "Dr.") it never ends one; after another abbreviation or a single
///   capital initial ("e.g.", "approx.", "J.") only when the next word starts with a capital.
public enum SentenceSplitter {
  /// Agent turn text → sentences (split on . ! ? and line breaks, keep abbreviations like "e.g." / "Mr." / decimals "2.5" / URLs intact reasonably).
  ///
  /// Sentences are trimmed of surrounding blanks; empty or letterless pieces (a lone "!!!"
  /// or an emoji line) are dropped. The results are slices of `text`, in order.
  public static func sentences(in text: String) -> [Substring] {
    var ranges: [Range<Int>] = []
    split(text, into: &ranges)
    return ranges.map { sentence($0, of: text) }
  }

  /// The byte ranges of the sentences of `text`, in `ranges` (emptied first): for a caller
  /// that reuses one array for every turn instead of two new ones per turn.
  package static func split(_ text: String, into ranges: inout [Range<Int>]) {
    let done: Void? = text.utf8.withContiguousStorageIfAvailable { split($0, into: &ranges) }
    if done == nil { Array(text.utf8).withUnsafeBufferPointer { split($0, into: &ranges) } }
  }

  /// The sentence at the byte range `range` of `text`, one of those ``split(_:into:)-(String,_)`` gives.
  package static func sentence(_ range: Range<Int>, of text: String) -> Substring {
    let utf8 = text.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    let upper = utf8.index(lower, offsetBy: range.count)
    return text[lower..<upper]
  }

  /// The sentence byte ranges of `bytes`.
  package static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var result: [Range<Int>] = []
    split(bytes, into: &result)
    return result
  }

  /// The sentence byte ranges of `bytes`, in `result` (emptied first).
  package static func split(_ bytes: UnsafeBufferPointer<UInt8>, into result: inout [Range<Int>]) {
    result.removeAll(keepingCapacity: true)
    let count = bytes.count
    var start = 0
    var index = 0
    let raw = UnsafeRawPointer(bytes.baseAddress)
    while index < count {
      // Eight bytes at a time up to the next byte the rules below look at: byte by byte, their
      // chain of comparisons cost 8.6 k instructions per contact, 3.3 k so (callgrind, stop 38).
      if let raw, index + 8 <= count {
        let marks = Self.marks(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
        if marks == 0 {
          index += 8
          continue
        }
        index += marks.trailingZeroBitCount >> 3
      }
      let byte = bytes[index]
      if byte == 0x0A || byte == 0x0D {
        append(start..<index, bytes, to: &result)
        index += 1
        start = index
      } else if byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || isEllipsis(index, bytes) {
        let end = closingRunEnd(from: index, bytes)
        append(start..<end, bytes, to: &result)
        index = end
        start = end
      } else if byte == UInt8(ascii: "."), endsSentence(periodAt: index, sentenceStart: start, bytes) {
        let end = closingRunEnd(from: index, bytes)
        append(start..<end, bytes, to: &result)
        index = end
        start = end
      } else {
        index += 1
      }
    }
    append(start..<count, bytes, to: &result)
  }

  /// Marks the bytes of `word` (its first byte lowest) that the loop above looks at — line
  /// breaks, `!`, `?`, `.` and 0xE2, the first byte of `…` — with their top bit
  /// (``LetterBlock/matches(_:_:)``). Other non-ASCII bytes are skipped as letters are: the
  /// closing quotes after a terminator are read from the terminator on.
  @inline(__always) private static func marks(_ word: UInt64) -> UInt64 {
    LetterBlock.matches(word, 0x0A) | LetterBlock.matches(word, 0x0D)
      | LetterBlock.matches(word, UInt8(ascii: "!")) | LetterBlock.matches(word, UInt8(ascii: "?"))
      | LetterBlock.matches(word, UInt8(ascii: ".")) | LetterBlock.matches(word, 0xE2)
  }

  /// Whether the full stop at `index` closes the sentence.
  private static func endsSentence(
    periodAt index: Int, sentenceStart: Int, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    let runEnd = closingRunEnd(from: index, bytes)
    guard runEnd < bytes.count else { return true }
    guard bytes[runEnd].isBlankByte || bytes[index + 1] == UInt8(ascii: ".") else {
      return false  // "2.5", "t.co/x", "e.g.the": something glued to the dot
    }
    // The word before the dot, lower-cased without inner dots.
    var wordStart = index
    while wordStart > sentenceStart, !bytes[wordStart - 1].isBlankByte { wordStart -= 1 }
    var hasher = WordHasher()
    var letters = 0
    var firstIsCapital = false
    for position in wordStart..<index {
      let byte = bytes[position]
      if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "(") { continue }
      if letters == 0 { firstIsCapital = byte &- UInt8(ascii: "A") < 26 }
      letters += 1
      hasher.append(byte.asciiLowercasedLetter)
    }
    let hash = hasher.finish()
    if titles.contains(hash) { return false }
    let isAbbreviation =
      TextVocabulary.abbreviations.contains(hash) || (letters == 1 && firstIsCapital)
    guard isAbbreviation else { return true }
    var next = runEnd
    while next < bytes.count, bytes[next].isBlankByte { next += 1 }
    return next >= bytes.count || bytes[next] &- UInt8(ascii: "A") < 26
  }

  /// Titles before a name: a full stop after them never ends the sentence.
  private static let titles = StaticWordTable(words: ["mr", "mrs", "ms", "dr", "prof", "mt"])

  /// The end of a run of terminators (`?!`, `...`, `…`) and closing quotes or brackets.
  private static func closingRunEnd(from index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var end = index
    while end < bytes.count {
      let byte = bytes[end]
      if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
        || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
      {
        end += 1
      } else if isEllipsis(end, bytes) || isClosingQuote(end, bytes) {
        end += 3
      } else {
        break
      }
    }
    return end
  }

  private static func isEllipsis(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes[index] == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
      && bytes[index + 2] == 0xA6
  }

  /// ’ or ” after a terminator belongs to the sentence it closes.
  private static func isClosingQuote(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes[index] == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
      && (bytes[index + 2] == 0x99 || bytes[index + 2] == 0x9D)
  }

  /// Appends the trimmed range if it holds at least one letter or digit.
  private static func append(
    _ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, to result: inout [Range<Int>]
  ) {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, bytes[lower].isBlankByte { lower += 1 }
    while upper > lower, bytes[upper - 1].isBlankByte { upper -= 1 }
    var index = lower
    while index < upper {
      let (role, width) = ByteRole.at(index, in: bytes)
      if role == .letter {
        result.append(lower..<upper)
        return
      }
      index += width
    }
  }
}

extension UInt8 {
  /// Whether the byte is an ASCII space, tab, CR or LF (text-analysis spelling).
  @inline(__always) package var isBlankByte: Bool {
    self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D
  }
}
