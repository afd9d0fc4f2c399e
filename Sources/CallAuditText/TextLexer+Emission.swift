/// Writing lexemes out, and the small byte helpers the classifiers share.
extension TextLexer {
  /// Emits the digits `clean[from..<to]` without leading zeros, spanning `spanStart..<spanEnd`.
  package mutating func emitDigits(
    _ kind: LexemeKind, _ from: Int, _ to: Int, _ spanStart: Int, _ spanEnd: Int, _ body: Sink
  ) {
    var length = 0
    var leading = true
    for index in from..<to {
      if leading, clean[index] == UInt8(ascii: "0"), index + 1 < to { continue }
      leading = false
      out[length] = clean[index]
      length += 1
    }
    emitRaw(kind, length: length, spanStart, spanEnd, body)
  }

  /// Codes keep only letters and digits, lower-cased ("INC-0012" → "inc0012").
  package mutating func emitIdentifier(_ low: Int, _ high: Int, _ body: Sink) {
    var length = 0
    for index in low..<high {
      let byte = clean[index]
      guard byte.isDigitByte || byte.isLetterByte || byte >= 0x80 else { continue }
      out[length] = byte.asciiLowercasedLetter
      length += 1
    }
    if length > 0 { emitRaw(.identifier, length: length, low, high, body) }
  }

  /// Emits `clean[low..<high]` lower-cased, as `kind`.
  package mutating func emitLowercased(_ kind: LexemeKind, _ low: Int, _ high: Int, _ body: Sink) {
    for index in low..<high { out[index - low] = clean[index].asciiLowercasedLetter }
    emitRaw(kind, length: high - low, low, high, body)
  }

  /// Emits a fixed word; `source: true` means `low`/`high` are source offsets already.
  package mutating func emitWord(
    _ text: StaticString, _ low: Int, _ high: Int, _ shape: Shape, _ body: Sink,
    source: Bool = false
  ) {
    text.withUTF8Buffer { bytes in
      for (index, byte) in bytes.enumerated() { out[index] = byte }
    }
    let length = text.utf8CodeUnitCount
    let hash = TextHash.word(UnsafeBufferPointer(rebasing: out[0..<length]))
    if source {
      emitSpan(.word, length: length, hash: hash, low, high, shape, body)
    } else {
      emitSpan(.word, length: length, hash: hash, offsets[low], offsets[high], shape, body)
    }
  }

  /// Emits `out[0..<length]` with a plain shape (no capitals) for `clean[low..<high]`.
  package mutating func emitRaw(
    _ kind: LexemeKind, length: Int, _ low: Int, _ high: Int, _ body: Sink
  ) {
    emit(kind, length: length, low, high, Shape(), body)
  }

  /// Emits `out[0..<length]` for the cleaned-chunk range `low..<high`.
  package mutating func emit(
    _ kind: LexemeKind, length: Int, _ low: Int, _ high: Int, _ shape: Shape, _ body: Sink
  ) {
    let hash = kind == .word ? TextHash.word(UnsafeBufferPointer(rebasing: out[0..<length])) : 0
    emitSpan(kind, length: length, hash: hash, offsets[low], offsets[high], shape, body)
  }

  /// Emits `out[0..<length]` for the source byte range `start..<end`.
  @inline(__always)
  package mutating func emitSpan(
    _ kind: LexemeKind, length: Int, hash: UInt64, _ start: Int, _ end: Int, _ shape: Shape,
    _ body: Sink
  ) {
    var lexeme = Lexeme(
      kind: kind, start: start, end: end, capitalized: shape.capitalized,
      allCaps: shape.allCaps, sentenceInitial: initialPending, hash: hash)
    lexeme.bracketed =
      start > 0 && source[start - 1] == UInt8(ascii: "[") && end < source.count && source[end] == UInt8(ascii: "]")
    initialPending = false
    body(lexeme, UnsafeBufferPointer(rebasing: out[0..<length]))
  }


  // MARK: Small utilities

  /// `TextHash.word` of `out[0..<length]`.
  package mutating func wordHash(_ length: Int) -> UInt64 {
    TextHash.word(UnsafeBufferPointer(rebasing: out[0..<length]))
  }

  /// Writes `value` in decimal into `out` at `position`; returns the position after it.
  package mutating func writeDecimal(_ value: Int, at position: Int) -> Int {
    var digits = 1
    var rest = value / 10
    while rest > 0 { digits += 1; rest /= 10 }
    var remaining = value
    for index in stride(from: position + digits - 1, through: position, by: -1) {
      out[index] = UInt8(ascii: "0") + UInt8(remaining % 10)
      remaining /= 10
    }
    return position + digits
  }

  /// The value of the digits `clean[from..<to]` (at most nine are read).
  package mutating func decimalValue(_ from: Int, _ to: Int) -> Int {
    var value = 0
    for index in from..<min(to, from + 9) { value = value * 10 + Int(clean[index] &- 48) }
    return value
  }

  /// Up to eight lower-cased ASCII bytes packed big-endian, for comparing short suffixes.
  package mutating func lowercasedKey(_ from: Int, _ to: Int) -> UInt64 {
    guard to - from <= 8 else { return 0 }
    var key: UInt64 = 0
    for index in from..<to { key = key << 8 | UInt64(clean[index].asciiLowercasedLetter) }
    return key
  }

  /// The first position of `byte` in `clean[low..<high]`.
  package mutating func firstIndex(of byte: UInt8, _ low: Int, _ high: Int) -> Int? {
    var index = low
    while index < high {
      if clean[index] == byte { return index }
      index += 1
    }
    return nil
  }

  /// Whether `clean[low..<high]` starts with `prefix` (ASCII, case-insensitive) and goes on.
  package mutating func hasPrefix(_ prefix: StaticString, _ low: Int, _ high: Int) -> Bool {
    let count = prefix.utf8CodeUnitCount
    guard high - low > count else { return false }
    return prefix.withUTF8Buffer { bytes in
      for index in 0..<count where clean[low + index].asciiLowercasedLetter != bytes[index] {
        return false
      }
      return true
    }
  }

  /// "comcast.com", "t.co/x1", "bit.ly/abc": a host of dotted labels ending in a known TLD.
  package mutating func looksLikeDomain(_ low: Int, _ high: Int) -> Bool {
    var hostEnd = high
    if let slash = firstIndex(of: UInt8(ascii: "/"), low, high) { hostEnd = slash }
    guard let lastDot = (low..<hostEnd).last(where: { clean[$0] == UInt8(ascii: ".") }),
      lastDot > low, lastDot + 1 < hostEnd
    else { return false }
    for index in low..<hostEnd {
      let byte = clean[index]
      guard byte.isLetterByte || byte.isDigitByte || byte == UInt8(ascii: ".")
        || byte == UInt8(ascii: "-")
      else { return false }
    }
    var hasher = WordHasher()
    for index in (lastDot + 1)..<hostEnd { hasher.append(clean[index].asciiLowercasedLetter) }
    return topLevelDomains.contains(hasher.finish())
  }
}
