/// How the lexer treats a byte (or a multi-byte UTF-8 character) of input.
///
/// Decided from the lead byte, with a few three-byte punctuation marks looked at whole,
/// so the lexer never decodes Unicode scalars or builds `Character`s.
package enum ByteRole: Sendable {
  /// Ends a chunk: blanks, most ASCII punctuation, curly double quotes, dashes, emoji.
  case separator
  /// Joins a chunk but is not a letter: `.` `:` `/` `'` `-` `@` `#` `$` `%`, `’`, `£`, `€`.
  case inner
  /// A letter or digit, including every non-ASCII letter (no Unicode case folding).
  case letter

  /// The role of the character starting at `index`, and its length in bytes.
  @inline(__always)
  package static func at(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (ByteRole, Int) {
    let byte = bytes[index]
    if byte < 0x80 {
      if byte.isLetterByte || byte.isDigitByte { return (.letter, 1) }
      return (isInnerASCII(byte) ? .inner : .separator, 1)
    }
    let remaining = bytes.count - index
    switch byte {
    case 0xC2:
      // £ joins amounts; NBSP, «, », ° and the other Latin-1 symbols separate.
      guard remaining >= 2 else { return (.separator, remaining) }
      return (bytes[index + 1] == 0xA3 ? .inner : .separator, 2)
    case 0xC3...0xDF:
      return (.letter, min(2, remaining))
    case 0xE2:
      guard remaining >= 3 else { return (.separator, remaining) }
      let second = bytes[index + 1]
      let third = bytes[index + 2]
      if second == 0x80, third == 0x98 || third == 0x99 { return (.inner, 3) }  // ‘ ’
      if second == 0x82, third == 0xAC { return (.inner, 3) }  // €
      return (.separator, 3)  // dashes, “ ”, …, bullets, arrows, dingbats
    case 0xE3:
      guard remaining >= 3 else { return (.separator, remaining) }
      return (bytes[index + 1] == 0x80 ? .separator : .letter, 3)  // CJK punctuation
    case 0xEF:
      guard remaining >= 3 else { return (.separator, remaining) }
      let second = bytes[index + 1]
      return (second == 0xB8 || second == 0xBB ? .separator : .letter, 3)  // VS, BOM
    case 0xE0...0xEE:
      return (.letter, min(3, remaining))
    case 0xF0...0xF4:
      return (.separator, min(4, remaining))  // emoji and other astral symbols
    case 0x80...0xBF:
      return (.letter, 1)  // stray continuation byte: keep it inside the word
    default:
      return (.separator, 1)
    }
  }

  /// Whether the separator at `index` closes a sentence: `!`, `?`, a line break or `…`.
  @inline(__always)
  package static func endsSentence(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    switch bytes[index] {
    case UInt8(ascii: "!"), UInt8(ascii: "?"), 0x0A, 0x0D: return true
    case 0xE2:
      return index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA6
    default: return false
    }
  }

  /// Bytes stripped from the front of a chunk (`"...hello"`, `'quoted'`).
  @inline(__always)
  package static func trimsLeading(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "'"),
      UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "&"), UInt8(ascii: "+"),
      UInt8(ascii: "="), UInt8(ascii: "%"), UInt8(ascii: ","):
      return true
    default: return false
    }
  }

  /// Bytes stripped from the end of a chunk (`router.`, `customers'`, `note:`).
  @inline(__always)
  package static func trimsTrailing(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "'"),
      UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "&"), UInt8(ascii: "+"),
      UInt8(ascii: "="), UInt8(ascii: "#"), UInt8(ascii: "@"), UInt8(ascii: "^"),
      UInt8(ascii: "$"), UInt8(ascii: ","):
      return true
    default: return false
    }
  }

  /// Bytes that split a letter-first chunk into words (`and/or`, `note:this`, `a+b`).
  @inline(__always)
  package static func splitsWords(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "/"), UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: "_"),
      UInt8(ascii: ":"), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "^"),
      UInt8(ascii: ","):
      return true
    default: return false
    }
  }

  /// Bytes that may sit between digit groups of one number, date, time or id.
  @inline(__always)
  package static func isNumberSeparator(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "/"),
      UInt8(ascii: "-"):
      return true
    default: return false
    }
  }

  /// Whether `byte` is an ASCII byte that separates chunks: no letter, digit or inner byte.
  @inline(__always)
  package static func isASCIISeparator(_ byte: UInt8) -> Bool {
    byte < 0x80 && !byte.isLetterByte && !byte.isDigitByte && !isInnerASCII(byte)
  }

  /// Whether an ASCII byte is one of `. : / ' - _ @ # $ % & + = ^ ,` (bit masks, so the hot
  /// loop touches no lazily initialised table).
  @inline(__always)
  package static func isInnerASCII(_ byte: UInt8) -> Bool {
    byte < 64
      ? (0x2400_f8f8_0000_0000 as UInt64) >> UInt64(byte) & 1 != 0
      : (0xc000_0001 as UInt64) >> UInt64(byte & 63) & 1 != 0 && byte < 128
  }
}

extension UInt8 {
  /// Whether the byte is an ASCII digit (text-analysis spelling, kept apart from other files).
  @inline(__always) package var isDigitByte: Bool { self &- UInt8(ascii: "0") < 10 }

  /// Whether the byte is an ASCII letter.
  @inline(__always) package var isLetterByte: Bool { (self | 0x20) &- UInt8(ascii: "a") < 26 }

  /// The byte with ASCII capitals lowered; everything else unchanged.
  @inline(__always) package var asciiLowercasedLetter: UInt8 {
    self &- UInt8(ascii: "A") < 26 ? self | 0x20 : self
  }
}
