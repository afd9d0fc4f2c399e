/// JSON string literals as callaudit writes them: reports, and the vendor exports
/// the generator writes. Lives in the model because both sides write JSON.
package enum JSONString {
  /// Appends `text` as a JSON string: runs of bytes that need no escape are
  /// copied whole (most report text), the rest escaped one by one.
  package static func write(_ text: String, to out: inout String) {
    out += "\""
    var text = text
    text.withUTF8 { bytes in
      var runStart = 0
      var position = 0
      while position < bytes.count {
        let (escape, width) = Self.escape(at: position, in: bytes)
        guard let escape else {
          position += 1
          continue
        }
        if runStart < position {
          out += String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<position]), as: UTF8.self)
        }
        out += escape
        position += width
        runStart = position
      }
      if runStart < bytes.count {
        out += String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart...]), as: UTF8.self)
      }
    }
    out += "\""
  }

  /// The escape for the character starting at `position`, and its width in
  /// bytes; `nil` when it is written as it is. Escaped: the quote, the
  /// backslash, control characters, and the line and paragraph separators
  /// (U+2028, U+2029: valid JSON, but line breaks to JavaScript).
  private static func escape(at position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (String?, Int) {
    let byte = bytes[position]
    switch byte {
    case UInt8(ascii: "\""): return ("\\\"", 1)
    case UInt8(ascii: "\\"): return ("\\\\", 1)
    case UInt8(ascii: "\n"): return ("\\n", 1)
    case UInt8(ascii: "\r"): return ("\\r", 1)
    case UInt8(ascii: "\t"): return ("\\t", 1)
    case 0..<0x20:
      let hex = String(byte, radix: 16)
      return ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex, 1)
    case 0xE2 where position + 2 < bytes.count && bytes[position + 1] == 0x80:
      switch bytes[position + 2] {
      case 0xA8: return ("\\u2028", 3)
      case 0xA9: return ("\\u2029", 3)
      default: return (nil, 1)
      }
    default: return (nil, 1)
    }
  }
}
