import CallAuditModel

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
    var out: [UInt8] = []
    write(to: &out, indent: 0)
    out.append(UInt8(ascii: "\n"))
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends the value's UTF-8 bytes as it appears nested `indent` spaces deep: an
  /// object or array opens on the current line, puts each member on its own line
  /// `indent + 2` deep and closes `indent` deep (arrays of scalars stay on one line).
  ///
  /// Bytes, not a `String`: appending to a `String` piece by piece cost several times more
  /// (docs/performance.md). The report's flagged contacts, most of a large report, are written
  /// in this layout without a value (`JSONReportRenderer.writeFlagged`).
  func write(to out: inout [UInt8], indent: Int) {
    switch self {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let flag): out.append(contentsOf: flag ? "true".utf8 : "false".utf8)
    case .int(let value): Self.appendDecimal(value, to: &out)
    case .number(let value): out.append(contentsOf: Self.format(value).utf8)
    case .string(let text): JSONString.write(text, to: &out)
    case .array(let items):
      if items.isEmpty {
        out.append(contentsOf: "[]".utf8)
        return
      }
      if items.allSatisfy(\.isScalar) {
        out.append(UInt8(ascii: "["))
        for (index, item) in items.enumerated() {
          if index > 0 { out.append(contentsOf: ", ".utf8) }
          item.write(to: &out, indent: indent)
        }
        out.append(UInt8(ascii: "]"))
        return
      }
      out.append(contentsOf: "[\n".utf8)
      for (index, item) in items.enumerated() {
        Self.appendSpaces(indent + 2, to: &out)
        item.write(to: &out, indent: indent + 2)
        out.append(contentsOf: index == items.count - 1 ? "\n".utf8 : ",\n".utf8)
      }
      Self.appendSpaces(indent, to: &out)
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      if members.isEmpty {
        out.append(contentsOf: "{}".utf8)
        return
      }
      out.append(contentsOf: "{\n".utf8)
      for (index, (key, value)) in members.enumerated() {
        Self.appendSpaces(indent + 2, to: &out)
        JSONString.write(key, to: &out)
        out.append(contentsOf: ": ".utf8)
        value.write(to: &out, indent: indent + 2)
        out.append(contentsOf: index == members.count - 1 ? "\n".utf8 : ",\n".utf8)
      }
      Self.appendSpaces(indent, to: &out)
      out.append(UInt8(ascii: "}"))
    }
  }

  /// Appends `count` spaces: the indentation of a line of the layout.
  static func appendSpaces(_ count: Int, to out: inout [UInt8]) {
    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
  }

  /// Appends `value` in decimal, as `String(value)` writes it.
  static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
    if value < 0 { out.append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 20 digits at most, lowest first
    var count = 0
    withUnsafeMutableBytes(of: &digits) { buffer in
      repeat {
        buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
        count += 1
      } while magnitude > 0
      for position in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[position]) }
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
}
