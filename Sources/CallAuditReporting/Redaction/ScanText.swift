/// The UTF-8 bytes of one text under redaction, with the byte classes the
/// patterns ask about. Reading before the start or past the end gives 0, so a
/// pattern can look around without checking bounds first.
///
/// Non-ASCII characters count as letters unless they are punctuation, symbols
/// or spaces (the U+0080–U+00BF and U+2000–U+2FFF blocks, CJK punctuation,
/// emoji), so "Dún" is one word while "–", "€" and "“" separate words.
struct ScanText {
  /// The bytes.
  let bytes: UnsafeBufferPointer<UInt8>

  /// The number of bytes.
  var count: Int { bytes.count }

  /// The byte at `index`, or 0 outside the text.
  @inline(__always) subscript(_ index: Int) -> UInt8 {
    index >= 0 && index < bytes.count ? bytes[index] : 0
  }

  // MARK: - ASCII classes

  /// Whether the byte at `index` is an ASCII digit.
  @inline(__always) func isDigit(_ index: Int) -> Bool { self[index].isASCIIDigit }

  /// Whether the byte at `index` is an ASCII letter.
  @inline(__always) func isLetter(_ index: Int) -> Bool { (self[index] | 0x20) &- UInt8(ascii: "a") < 26 }

  /// Whether the byte at `index` is an ASCII capital.
  @inline(__always) func isUpper(_ index: Int) -> Bool { self[index] &- UInt8(ascii: "A") < 26 }

  /// Whether the byte at `index` is an ASCII letter or digit.
  @inline(__always) func isAlphanumeric(_ index: Int) -> Bool { isLetter(index) || isDigit(index) }

  /// Whether the byte at `index` is a hexadecimal digit.
  @inline(__always) func isHex(_ index: Int) -> Bool {
    isDigit(index) || (self[index] | 0x20) &- UInt8(ascii: "a") < 6
  }

  /// Whether the byte at `index` is a capital or a digit, as in IBANs and postcodes.
  @inline(__always) func isUpperOrDigit(_ index: Int) -> Bool { isUpper(index) || isDigit(index) }

  // MARK: - Characters

  /// The length in bytes of the character that starts at `index` (1 for a stray byte).
  func scalarLength(at index: Int) -> Int {
    switch self[index] {
    case 0xC0...0xDF: 2
    case 0xE0...0xEF: 3
    case 0xF0...0xF7: 4
    default: 1
    }
  }

  /// Whether the character that starts at `index` is a letter or digit. A
  /// placeholder ("[phone]") counts as one word, so that text next to it is
  /// judged the same way as next to the data it replaced, and a second
  /// redaction finds nothing the first did not.
  func isWord(at index: Int) -> Bool {
    let byte = self[index]
    if byte == UInt8(ascii: "[") { return placeholderLength(startingAt: index) != nil }
    if byte < 0x80 { return isAlphanumeric(index) }
    let second = self[index + 1]
    switch byte {
    case 0xC2: return false  // U+0080–U+00BF: no-break space, £, «, », ·
    case 0xC3: return second != 0x97 && second != 0xB7  // × and ÷
    case 0xC4...0xDF: return true
    case 0xE2: return false  // U+2000–U+2FFF: dashes, quotes, €, arrows, symbols
    case 0xE3: return second != 0x80  // U+3000–U+303F: CJK punctuation
    case 0xE0...0xEF: return true
    default: return false  // emoji and other supplementary symbols; stray bytes
    }
  }

  /// Whether the character that ends just before `index` is a letter or digit.
  func isWord(before index: Int) -> Bool {
    guard index > 0 else { return false }
    if self[index - 1] == UInt8(ascii: "]") { return placeholderLength(endingAt: index) != nil }
    if self[index - 1] < 0x80 { return isAlphanumeric(index - 1) }
    var lead = index - 1
    while lead > 0, self[lead] & 0xC0 == 0x80 { lead -= 1 }
    return isWord(at: lead)
  }

  /// The placeholders, as bytes.
  private static let placeholders: [[UInt8]] = PersonalDataKind.allCases.map { Array($0.placeholder.utf8) }

  /// The length of the placeholder that starts at `index`, if one does.
  private func placeholderLength(startingAt index: Int) -> Int? {
    Self.placeholders.first { placeholder in
      index + placeholder.count <= count && placeholder.indices.allSatisfy { self[index + $0] == placeholder[$0] }
    }?.count
  }

  /// The length of the placeholder that ends just before `index`, if one does.
  private func placeholderLength(endingAt index: Int) -> Int? {
    Self.placeholders.first { placeholder in
      index - placeholder.count >= 0 && placeholder.indices.allSatisfy { self[index - placeholder.count + $0] == placeholder[$0] }
    }?.count
  }

  /// Whether the character at `index` is a capital: an ASCII capital or one of À–Þ.
  func isCapital(at index: Int) -> Bool {
    if isUpper(index) { return true }
    return self[index] == 0xC3 && self[index + 1] &- 0x80 < 0x1F && self[index + 1] != 0x97
  }

  /// The end of the letters from `index` on: ASCII and non-ASCII letters, with
  /// apostrophes (' and ’) and hyphens kept when a letter follows them, so
  /// "Anne's", "O’Brien" and "Carrick-on-Shannon" are one word each.
  func lettersEnd(from index: Int) -> Int {
    var position = index
    while true {
      if isLetter(position) {
        position += 1
      } else if self[position] >= 0x80, isWord(at: position) {
        position += scalarLength(at: position)
      } else if self[position] == UInt8(ascii: "'") || self[position] == UInt8(ascii: "-"), position > index,
        isWord(at: position + 1)
      {
        position += 1
      } else if self[position] == 0xE2, self[position + 1] == 0x80, self[position + 2] == 0x99, position > index,
        isWord(at: position + 3)
      {
        position += 3
      } else {
        return position
      }
    }
  }

  // MARK: - Numbers

  /// Whether a number may start at `index`: it is not glued to a word, either
  /// directly or through a connector, as the digits of "CF-0000001",
  /// "INV/2025" or "v2.1" are.
  func isNumberStart(_ index: Int) -> Bool {
    if isWord(before: index) { return false }
    switch self[index - 1] {
    case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: "#"):
      return !isWord(before: index - 1)
    default:
      return true
    }
  }

  /// Whether a number may end just before `index`: no letter or digit follows,
  /// directly or through a connector ("555-0143-B", "2025.1").
  func isNumberEnd(_ index: Int) -> Bool {
    if isWord(at: index) { return false }
    switch self[index] {
    case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "/"), UInt8(ascii: "@"):
      return !isWord(at: index + 1)
    case UInt8(ascii: "."):
      return !isDigit(index + 1)
    default:
      return true
    }
  }

  /// Whether a currency sign ($, £, €, ¥) comes just before `index`, with at
  /// most one space between: such digits are money, whatever their shape.
  func followsCurrency(_ index: Int) -> Bool {
    let end = self[index - 1] == UInt8(ascii: " ") ? index - 1 : index
    if self[end - 1] == UInt8(ascii: "$") { return true }
    if self[end - 2] == 0xC2, self[end - 1] == 0xA3 || self[end - 1] == 0xA5 { return true }
    return self[end - 3] == 0xE2 && self[end - 2] == 0x82 && self[end - 1] == 0xAC
  }

  // MARK: - Words

  /// Whether the bytes at `index` spell `word`, ignoring ASCII case (`word` is lower-case).
  func hasWord(_ word: [UInt8], at index: Int) -> Bool {
    guard index >= 0, index + word.count <= count else { return false }
    for offset in 0..<word.count where self[index + offset].asciiLowercased != word[offset] {
      return false
    }
    return true
  }

  /// The first of `words` (lower-case) spelled at `index` and not followed by
  /// a letter or digit; its end, or `nil`.
  func wordEnd(oneOf words: [[UInt8]], at index: Int) -> Int? {
    let first = self[index].asciiLowercased
    for word in words where word[0] == first && hasWord(word, at: index) && !isWord(at: index + word.count) {
      return index + word.count
    }
    return nil
  }

  /// The word before `index`, over spaces, a colon or a `#`, as a byte range; `nil` when none comes.
  func wordRange(before index: Int) -> Range<Int>? {
    var end = index
    while self[end - 1] == UInt8(ascii: " ") || self[end - 1] == UInt8(ascii: ":") || self[end - 1] == UInt8(ascii: "#") {
      end -= 1
    }
    if self[end - 1] == UInt8(ascii: "."), isLetter(end - 2) { end -= 1 }  // "no."
    var start = end
    while isLetter(start - 1) || (self[start - 1] == UInt8(ascii: "'") && isLetter(start - 2)) { start -= 1 }
    guard start < end, !isWord(before: start) else { return nil }
    return start..<end
  }

  /// Whether the word before `index` (see ``wordRange(before:)``) is one of `words` (lower-case).
  func followsWord(oneOf words: [[UInt8]], before index: Int) -> Bool {
    guard let range = wordRange(before: index) else { return false }
    return words.contains { $0.count == range.count && hasWord($0, at: range.lowerBound) }
  }
}
