/// JSON string literals as callaudit writes them: reports, and the vendor exports
/// the generator writes. Lives in the model because both sides write JSON.
package enum JSONString {
  /// Appends `text` as a JSON string to UTF-8 bytes: runs of bytes that need no
  /// escape are copied whole (most report text), the rest escaped one by one.
  ///
  /// Escaped: the quote, the backslash, control characters, and the line and
  /// paragraph separators (U+2028, U+2029: valid JSON, but line breaks to JavaScript).
  ///
  /// - Complexity: O(n) in the text's UTF-8 length, with no allocation beyond `out`'s growth.
  package static func write(_ text: String, to out: inout [UInt8]) {
    out.append(quote)
    var text = text
    text.withUTF8 { bytes in
      var runStart = 0
      var position = 0
      while position < bytes.count {
        let byte = bytes[position]
        // Most bytes are plain: one comparison chain, no call.
        if byte >= 0x20, byte != quote, byte != backslash, byte != 0xE2 {
          position += 1
          continue
        }
        let width = escapedWidth(at: position, in: bytes)
        if width == 0 {
          position += 1
          continue
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
        appendEscape(at: position, in: bytes, to: &out)
        position += width
        runStart = position
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }
    out.append(quote)
  }

  /// Appends `text` as a JSON string to `out`, as the byte version does (the generator's exports).
  package static func write(_ text: String, to out: inout String) {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count + 2)
    write(text, to: &bytes)
    out += String(decoding: bytes, as: UTF8.self)
  }

  private static let quote = UInt8(ascii: "\"")

  @inline(__always)
  private static func hexDigit(_ nibble: UInt8) -> UInt8 { nibble < 10 ? 0x30 + nibble : 0x57 + nibble }
  private static let backslash = UInt8(ascii: "\\")

  /// How many bytes the escaped character at `position` spans; 0 when it is written as it is
  /// (a lead byte 0xE2 that does not start U+2028 or U+2029).
  @inline(__always)
  private static func escapedWidth(at position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard bytes[position] == 0xE2 else { return 1 }
    guard position + 2 < bytes.count, bytes[position + 1] == 0x80 else { return 0 }
    return bytes[position + 2] == 0xA8 || bytes[position + 2] == 0xA9 ? 3 : 0
  }

  /// Appends the escape of the character at `position`, which ``escapedWidth(at:in:)`` says needs one.
  private static func appendEscape(at position: Int, in bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
    let byte = bytes[position]
    if byte == 0xE2 {
      out.append(contentsOf: bytes[position + 2] == 0xA8 ? "\\u2028".utf8 : "\\u2029".utf8)
      return
    }
    out.append(backslash)
    switch byte {
    case quote, backslash: out.append(byte)
    case UInt8(ascii: "\n"): out.append(UInt8(ascii: "n"))
    case UInt8(ascii: "\r"): out.append(UInt8(ascii: "r"))
    case UInt8(ascii: "\t"): out.append(UInt8(ascii: "t"))
    default:  // another control character: \u00XX, lower-case hex
      out.append(contentsOf: "u00".utf8)
      out.append(hexDigit(byte >> 4))
      out.append(hexDigit(byte & 0xF))
    }
  }
}
