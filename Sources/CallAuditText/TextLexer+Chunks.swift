/// Classifying a chunk: addresses, handles, signatures, numbers, or words to split further.
extension TextLexer {
  /// Classifies `clean[low..<high]` (already trimmed) and emits its lexemes.
  package mutating func part(_ low: Int, _ high: Int, _ body: Sink) {
    let first = clean[low]
    if hasPrefix("http://", low, high) || hasPrefix("https://", low, high)
      || hasPrefix("www.", low, high) || looksLikeDomain(low, high)
    {
      emitLowercased(.url, low, high, body)
    } else if first == UInt8(ascii: "@") {
      if high - low > 1 { emitLowercased(.mention, low + 1, high, body) }
    } else if first == UInt8(ascii: "^") {
      return  // agent sign-off initials ("^JK") carry no meaning
    } else if let at = firstIndex(of: UInt8(ascii: "@"), low + 1, high),
      firstIndex(of: UInt8(ascii: "."), at + 1, high) != nil
    {
      emitLowercased(.email, low, high, body)
    } else if first == UInt8(ascii: "#") {
      guard low + 1 < high else { return }
      if clean[low + 1].isDigitByte {
        emitIdentifier(low + 1, high, body)
      } else {
        part(low + 1, high, body)  // a hashtag reads as its word
      }
    } else if first == UInt8(ascii: "$") {
      if low + 1 < high, clean[low + 1].isDigitByte {
        numeric(low + 1, high, currency: true, chunkStart: low, body)
      } else {
        trimmedPart(low + 1, high, body)
      }
    } else if first.isDigitByte {
      numeric(low, high, currency: false, chunkStart: low, body)
    } else {
      wordish(low, high, body)
    }
  }

  /// Trims the sub-range like a chunk and classifies what is left.
  package mutating func trimmedPart(_ low: Int, _ high: Int, _ body: Sink) {
    var low = low
    var high = high
    while low < high, ByteRole.trimsLeading(clean[low]) { low += 1 }
    while high > low, ByteRole.trimsTrailing(clean[high - 1]) { high -= 1 }
    if low < high { part(low, high, body) }
  }

  /// Splits `clean[low..<high]` at bytes matching `isSeparator` and classifies each piece.
  package mutating func split(
    _ low: Int, _ high: Int, _ body: Sink, where isSeparator: (UInt8) -> Bool
  ) {
    var pieceStart = low
    for index in low...high where index == high || isSeparator(clean[index]) {
      if index > pieceStart { trimmedPart(pieceStart, index, body) }
      pieceStart = index + 1
    }
  }

  /// A letter-first piece: a word, a code like "AX1800", or something to split further.
  package mutating func wordish(_ low: Int, _ high: Int, _ body: Sink) {
    // "acct#12345" and "for$20": the sign belongs to what follows it.
    for index in (low + 1)..<max(low + 1, high)
    where clean[index] == UInt8(ascii: "#") || clean[index] == UInt8(ascii: "$") {
      trimmedPart(low, index, body)
      part(index, high, body)
      return
    }
    var hasDigit = false
    var hasSplitter = false
    var hasDot = false
    var hasAmpersand = false
    for index in low..<high {
      let byte = clean[index]
      if byte.isDigitByte { hasDigit = true }
      if ByteRole.splitsWords(byte) { hasSplitter = true }
      switch byte {
      case UInt8(ascii: "."): hasDot = true
      case UInt8(ascii: "&"): hasAmpersand = true
      default: break
      }
    }
    if hasSplitter {
      split(low, high, body) { ByteRole.splitsWords($0) }
    } else if hasDigit {
      emitIdentifier(low, high, body)
    } else if hasDot {
      dotted(low, high, body)
    } else if hasAmpersand && !isShortAmpersandName(low, high) {
      split(low, high, body) { $0 == UInt8(ascii: "&") }
    } else {
      word(low, high, body)
    }
  }

  /// "e.g." and "U.S." join into one word; "restart.Then" splits into two.
  package mutating func dotted(_ low: Int, _ high: Int, _ body: Sink) {
    var singleLetters = true
    var run = 0
    for index in low...high {
      if index == high || clean[index] == UInt8(ascii: ".") {
        if run != 1 { singleLetters = false }
        run = 0
      } else {
        run += 1
      }
    }
    if singleLetters {
      word(low, high, body)
    } else {
      split(low, high, body) { $0 == UInt8(ascii: ".") }
    }
  }

  /// "AT&T", "B&Q": short letter groups around "&" are one name.
  package mutating func isShortAmpersandName(_ low: Int, _ high: Int) -> Bool {
    guard let amp = firstIndex(of: UInt8(ascii: "&"), low, high) else { return false }
    return amp - low <= 2 && high - amp - 1 <= 2
  }
}
