/// Numbers, times, dates and amounts, normalised to canonical text.
extension TextLexer {
  /// A digit-first piece starting at `low` (after any currency sign at `chunkStart`).
  package mutating func numeric(
    _ low: Int, _ high: Int, currency: Bool, chunkStart: Int, _ body: Sink
  ) {
    var groups = NumberGroups()
    var index = low
    while index < high {
      let byte = clean[index]
      if byte.isDigitByte {
        index += 1
      } else if ByteRole.isNumberSeparator(byte), index + 1 < high, clean[index + 1].isDigitByte,
        groups.count < NumberGroups.maximum - 1
      {
        groups.close(at: index, separator: byte)
        index += 1
      } else {
        break
      }
    }
    groups.close(at: index, separator: 0)
    groups.start = low
    let numberEnd = index
    // What follows the digits: a letter suffix ("pm", "rd", "mbps") or more pieces.
    var suffixEnd = numberEnd
    while suffixEnd < high, clean[suffixEnd].isLetterByte { suffixEnd += 1 }
    if suffixEnd < high, clean[suffixEnd].isDigitByte, suffixEnd > numberEnd {
      emitIdentifier(chunkStart, high, body)  // "5g2", "12ab34": a code, not a number
      return
    }
    let suffix = lowercasedKey(numberEnd, suffixEnd)
    let spanStart = chunkStart
    var consumed = numberEnd
    if currency {
      emitNumber(.amount, groups, spanStart, numberEnd, body)
    } else if groups.hasSeparator(UInt8(ascii: ":")) {
      emitTime(groups, suffix: suffix, spanStart, suffixEnd, body)
      if suffix == NumberSuffix.am || suffix == NumberSuffix.pm { consumed = suffixEnd }
    } else if groups.count == 1, suffix == NumberSuffix.am || suffix == NumberSuffix.pm,
      numberEnd - low <= 2
    {
      emitTime(groups, suffix: suffix, spanStart, suffixEnd, body)
      consumed = suffixEnd
    } else if groups.count == 1, NumberSuffix.isOrdinal(suffix) {
      emitDigits(.ordinal, low, numberEnd, spanStart, suffixEnd, body)
      consumed = suffixEnd
    } else if groups.isDate() {
      emitDate(groups, spanStart, numberEnd, body)
    } else if groups.hasSeparator(UInt8(ascii: "-"))
      || groups.hasSeparator(UInt8(ascii: "/"))
    {
      if groups.digitCount >= 7 {
        emitIdentifier(low, numberEnd, body)  // phone or reference numbers: 555-123-4567
      } else {
        for group in 0..<groups.count {  // ranges and fractions: "24-48", "24/7"
          let (from, to) = groups.range(group)
          emitDigits(.number, from, to, from, to, body)
        }
      }
    } else if groups.count == 1, numberEnd - low >= 6 {
      emitIdentifier(low, numberEnd, body)
    } else {
      emitNumber(.number, groups, spanStart, numberEnd, body)
    }
    if consumed < high { trimmedPart(consumed, high, body) }
  }

  /// Writes the canonical decimal form of a number with `.`/`,` separators.
  package mutating func emitNumber(
    _ kind: LexemeKind, _ groups: NumberGroups, _ spanStart: Int, _ spanEnd: Int, _ body: Sink
  ) {
    let decimal = groups.decimalSeparatorIndex()
    var length = 0
    var leading = true
    for group in 0..<groups.count {
      let (from, to) = groups.range(group)
      if group == decimal {
        var fractionEnd = to
        while fractionEnd > from, clean[fractionEnd - 1] == UInt8(ascii: "0") { fractionEnd -= 1 }
        if fractionEnd > from {
          if length == 0 { out[0] = UInt8(ascii: "0"); length = 1 }
          out[length] = UInt8(ascii: ".")
          length += 1
          for index in from..<fractionEnd { out[length] = clean[index]; length += 1 }
        }
        break
      }
      for index in from..<to {
        if leading, clean[index] == UInt8(ascii: "0") { continue }
        leading = false
        out[length] = clean[index]
        length += 1
      }
    }
    if length == 0 || out[0] == UInt8(ascii: ".") {
      // "0", "0.5": put the zero back.
      for index in stride(from: length, to: 0, by: -1) { out[index] = out[index - 1] }
      out[0] = UInt8(ascii: "0")
      length += 1
    }
    emitRaw(kind, length: length, spanStart, spanEnd, body)
  }

  /// Writes "h:mm" in 24-hour form when am/pm is known.
  package mutating func emitTime(
    _ groups: NumberGroups, suffix: UInt64, _ spanStart: Int, _ spanEnd: Int, _ body: Sink
  ) {
    let (hourFrom, hourTo) = groups.range(0)
    var hour = decimalValue(hourFrom, hourTo)
    var minute = 0
    if groups.count > 1 {
      let (minuteFrom, minuteTo) = groups.range(1)
      minute = decimalValue(minuteFrom, minuteTo)
    }
    guard hour <= 24, minute < 60 else {
      for group in 0..<groups.count {  // a score or ratio ("3:1"), not a time
        let (from, to) = groups.range(group)
        emitDigits(.number, from, to, from, to, body)
      }
      return
    }
    if suffix == NumberSuffix.pm, hour < 12 { hour += 12 }
    if suffix == NumberSuffix.am, hour == 12 { hour = 0 }
    var length = writeDecimal(hour, at: 0)
    out[length] = UInt8(ascii: ":")
    length += 1
    if minute < 10 { out[length] = UInt8(ascii: "0"); length += 1 }
    length = writeDecimal(minute, at: length)
    emitRaw(.time, length: length, spanStart, spanEnd, body)
  }

  /// Writes "d/m/y" with leading zeros removed; ISO "y-m-d" is reordered to "d/m/y".
  package mutating func emitDate(
    _ groups: NumberGroups, _ spanStart: Int, _ spanEnd: Int, _ body: Sink
  ) {
    var order = Array(0..<groups.count)
    if groups.count == 3, groups.range(0).1 - groups.range(0).0 == 4 { order = [2, 1, 0] }
    var length = 0
    for (position, group) in order.enumerated() {
      if position > 0 { out[length] = UInt8(ascii: "/"); length += 1 }
      let (from, to) = groups.range(group)
      length = writeDecimal(decimalValue(from, to), at: length)
    }
    emitRaw(.date, length: length, spanStart, spanEnd, body)
  }
}

/// Packed suffix keys compared by the number classifier.
private enum NumberSuffix {
  static let am = TextLexer.packed("am")
  static let pm = TextLexer.packed("pm")

  static func isOrdinal(_ key: UInt64) -> Bool {
    key == TextLexer.packed("st") || key == TextLexer.packed("nd")
      || key == TextLexer.packed("rd") || key == TextLexer.packed("th")
  }
}

extension TextLexer {
  /// Up to eight ASCII bytes packed big-endian: cheap equality for short suffixes.
  package static func packed(_ text: StaticString) -> UInt64 {
    text.withUTF8Buffer { bytes in bytes.reduce(0) { $0 << 8 | UInt64($1) } }
  }
}
