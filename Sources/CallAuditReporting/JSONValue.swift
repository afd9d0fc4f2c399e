/// A JSON document with object keys kept in the order they were written, so
/// reports come out the same, byte for byte, from the same figures.
public indirect enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  /// A number printed with at most six decimals, so float noise never reaches the output.
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    lhs.serialized() == rhs.serialized()
  }

  /// The document as pretty-printed JSON with two-space indentation and a final newline.
  public func serialized() -> String {
    var out = ""
    write(to: &out, indent: 0)
    out += "\n"
    return out
  }

  /// Appends the value as it appears nested `indent` spaces deep: an object or
  /// array opens on the current line, puts each member on its own line
  /// `indent + 2` deep and closes `indent` deep (arrays of scalars stay on one line).
  func write(to out: inout String, indent: Int) {
    switch self {
    case .null: out += "null"
    case .bool(let flag): out += flag ? "true" : "false"
    case .int(let value): out += String(value)
    case .number(let value): out += Self.format(value)
    case .string(let text): Self.writeString(text, to: &out)
    case .array(let items):
      if items.isEmpty {
        out += "[]"
        return
      }
      if items.allSatisfy(\.isScalar) {
        out += "["
        for (index, item) in items.enumerated() {
          if index > 0 { out += ", " }
          item.write(to: &out, indent: indent)
        }
        out += "]"
        return
      }
      out += "[\n"
      for (index, item) in items.enumerated() {
        out += String(repeating: " ", count: indent + 2)
        item.write(to: &out, indent: indent + 2)
        out += index == items.count - 1 ? "\n" : ",\n"
      }
      out += String(repeating: " ", count: indent) + "]"
    case .object(let members):
      if members.isEmpty {
        out += "{}"
        return
      }
      out += "{\n"
      for (index, (key, value)) in members.enumerated() {
        out += String(repeating: " ", count: indent + 2)
        Self.writeString(key, to: &out)
        out += ": "
        value.write(to: &out, indent: indent + 2)
        out += index == members.count - 1 ? "\n" : ",\n"
      }
      out += String(repeating: " ", count: indent) + "}"
    }
  }

  private var isScalar: Bool {
    switch self {
    case .array, .object: false
    default: true
    }
  }

  /// Rounds to six decimals and prints the shortest form that reads back the same.
  static func format(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    let rounded = (value * 1_000_000).rounded() / 1_000_000
    if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
    return String(rounded)
  }

  /// Appends `text` as a JSON string: runs of bytes that need no escape are
  /// copied whole (most report text), the rest escaped one by one.
  static func writeString(_ text: String, to out: inout String) {
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
