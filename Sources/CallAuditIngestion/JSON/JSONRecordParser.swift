/// Parses the bytes of one JSON record (RFC 8259) into a ``JSONNode``, or says
/// what is wrong and on which line.
///
/// Stricter than many parsers on purpose, since exports are untrusted: a key
/// twice in one object, invalid UTF-8, a control character or a bad escape in a
/// string, and nesting deeper than ``maximumDepth`` are refused rather than
/// guessed at. The bytes are bounded by the record-size limit before they get
/// here (``JSONRecordSplitter``).
package struct JSONRecordParser {
  /// A record that is not well-formed JSON: the line it went wrong on, and why.
  package struct Failure: Error, Equatable {
    package var line: Int
    package var reason: String
  }

  /// Deeper nesting is refused: no export nests records this deep, and the
  /// parser recurses once per level.
  package static let maximumDepth = 256

  private let bytes: UnsafeBufferPointer<UInt8>
  private var i = 0
  private var line: Int

  /// Parses `bytes`, whose first byte is on line `firstLine` of the input.
  package static func parse(_ bytes: [UInt8], firstLine: Int = 1) throws(Failure) -> JSONNode {
    let result: Result<JSONNode, Failure> = bytes.withUnsafeBufferPointer { buffer in
      var parser = JSONRecordParser(bytes: buffer, line: firstLine)
      return Result { () throws(Failure) in try parser.document() }
    }
    return try result.get()
  }

  private init(bytes: UnsafeBufferPointer<UInt8>, line: Int) {
    self.bytes = bytes
    self.line = line
  }

  private mutating func document() throws(Failure) -> JSONNode {
    skipBlanks()
    let value = try self.value(depth: 0)
    skipBlanks()
    guard i == bytes.count else { throw fail("more after the end of the record (\(describe(bytes[i])))") }
    return value
  }

  private func fail(_ reason: String) -> Failure { Failure(line: line, reason: reason) }

  private func describe(_ byte: UInt8) -> String {
    (0x21..<0x7F).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x" + String(byte, radix: 16, uppercase: true)
  }

  private mutating func skipBlanks() {
    while i < bytes.count {
      switch bytes[i] {
      case 0x20, 0x09, 0x0D: i += 1
      case 0x0A:
        line += 1
        i += 1
      default: return
      }
    }
  }

  private mutating func value(depth: Int) throws(Failure) -> JSONNode {
    guard i < bytes.count else { throw fail("the record ends where a value should be (cut short?)") }
    switch bytes[i] {
    case UInt8(ascii: "{"): return try object(depth: depth + 1)
    case UInt8(ascii: "["): return try array(depth: depth + 1)
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"): return try literal("true", .bool(true))
    case UInt8(ascii: "f"): return try literal("false", .bool(false))
    case UInt8(ascii: "n"): return try literal("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
    default: throw fail("\(describe(bytes[i])) where a value should be")
    }
  }

  private mutating func literal(_ word: StaticString, _ node: JSONNode) throws(Failure) -> JSONNode {
    let count = word.utf8CodeUnitCount
    guard bytes.count - i >= count,
      UnsafeBufferPointer(start: word.utf8Start, count: count).elementsEqual(bytes[i..<i + count])
    else { throw fail("not a value: expected \(word)") }
    i += count
    return node
  }

  private mutating func number() throws(Failure) -> JSONNode {
    let start = i
    func digits(_ i: inout Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
      let first = i
      while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) { i += 1 }
      return i - first
    }
    if bytes[i] == UInt8(ascii: "-") { i += 1 }
    let whole = i
    guard digits(&i, bytes) > 0 else { throw fail("a number without digits") }
    if bytes[whole] == UInt8(ascii: "0"), i - whole > 1 { throw fail("a number with a leading zero") }
    if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
      i += 1
      guard digits(&i, bytes) > 0 else { throw fail("a number with no digits after its point") }
    }
    if i < bytes.count, bytes[i] | 0x20 == UInt8(ascii: "e") {
      i += 1
      if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
      guard digits(&i, bytes) > 0 else { throw fail("a number with no digits in its exponent") }
    }
    return .number(String(decoding: bytes[start..<i], as: UTF8.self))
  }

  private mutating func array(depth: Int) throws(Failure) -> JSONNode {
    guard depth <= Self.maximumDepth else { throw fail("nested more than \(Self.maximumDepth) levels deep") }
    i += 1
    var elements: [JSONNode] = []
    skipBlanks()
    if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
      i += 1
      return .array(elements)
    }
    while true {
      skipBlanks()
      elements.append(try value(depth: depth))
      skipBlanks()
      guard i < bytes.count else { throw fail("the record ends inside an array (cut short?)") }
      switch bytes[i] {
      case UInt8(ascii: ","): i += 1
      case UInt8(ascii: "]"):
        i += 1
        return .array(elements)
      default: throw fail("\(describe(bytes[i])) where ',' or ']' should be in an array")
      }
    }
  }

  private mutating func object(depth: Int) throws(Failure) -> JSONNode {
    guard depth <= Self.maximumDepth else { throw fail("nested more than \(Self.maximumDepth) levels deep") }
    i += 1
    var object = JSONObject()
    skipBlanks()
    if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
      i += 1
      return .object(object)
    }
    while true {
      skipBlanks()
      guard i < bytes.count else { throw fail("the record ends inside an object (cut short?)") }
      guard bytes[i] == UInt8(ascii: "\"") else { throw fail("\(describe(bytes[i])) where a key should be") }
      let keyLine = line
      let key = try string()
      skipBlanks()
      guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw fail("no ':' after the key \"\(key)\"") }
      i += 1
      skipBlanks()
      let member = try value(depth: depth)
      guard object.add(key, member) else {
        throw Failure(line: keyLine, reason: "the key \"\(key)\" appears twice in one object")
      }
      skipBlanks()
      guard i < bytes.count else { throw fail("the record ends inside an object (cut short?)") }
      switch bytes[i] {
      case UInt8(ascii: ","): i += 1
      case UInt8(ascii: "}"):
        i += 1
        return .object(object)
      default: throw fail("\(describe(bytes[i])) where ',' or '}' should be in an object")
      }
    }
  }

  /// A string, its escapes decoded; runs without escapes are copied whole.
  private mutating func string() throws(Failure) -> String {
    i += 1
    var text: [UInt8] = []
    var escapes = false
    var runStart = i
    while true {
      guard i < bytes.count else { throw fail("the record ends inside a string (cut short?)") }
      let byte = bytes[i]
      if byte == UInt8(ascii: "\"") {
        // Most strings hold no escape: made from the record's bytes directly, copied once.
        if !escapes {
          i += 1
          guard let plain = String(validating: bytes[runStart..<i - 1], as: UTF8.self) else {
            throw fail("invalid UTF-8 inside a string")
          }
          return plain
        }
        text.append(contentsOf: bytes[runStart..<i])
        i += 1
        break
      }
      if byte < 0x20 {
        throw fail(byte == 0x0A ? "a line break inside a string (not escaped as \\n)" : "a control character (\(describe(byte))) inside a string")
      }
      guard byte == UInt8(ascii: "\\") else {
        i += 1
        continue
      }
      escapes = true
      text.append(contentsOf: bytes[runStart..<i])
      i += 1
      guard i < bytes.count else { throw fail("the record ends inside a string (cut short?)") }
      switch bytes[i] {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(bytes[i])
      case UInt8(ascii: "b"): text.append(0x08)
      case UInt8(ascii: "f"): text.append(0x0C)
      case UInt8(ascii: "n"): text.append(0x0A)
      case UInt8(ascii: "r"): text.append(0x0D)
      case UInt8(ascii: "t"): text.append(0x09)
      case UInt8(ascii: "u"):
        i += 1
        let scalar = try unicodeEscape()
        text.append(contentsOf: String(Character(scalar)).utf8)
        runStart = i
        continue
      default: throw fail("a bad escape \\\(describe(bytes[i]).trimmingQuotes) inside a string")
      }
      i += 1
      runStart = i
    }
    guard let decoded = String(validating: text, as: UTF8.self) else { throw fail("invalid UTF-8 inside a string") }
    return decoded
  }

  /// The scalar of `\uXXXX` (the `\u` read), joining a surrogate pair.
  private mutating func unicodeEscape() throws(Failure) -> Unicode.Scalar {
    let high = try hexQuad()
    if (0xD800..<0xDC00).contains(high) {
      guard bytes.count - i >= 2, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
        throw fail("a lone surrogate \\u\(String(high, radix: 16)) inside a string")
      }
      i += 2
      let low = try hexQuad()
      guard (0xDC00..<0xE000).contains(low) else { throw fail("a lone surrogate \\u\(String(high, radix: 16)) inside a string") }
      return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
    }
    guard let scalar = Unicode.Scalar(high) else { throw fail("a lone surrogate \\u\(String(high, radix: 16)) inside a string") }
    return scalar
  }

  private mutating func hexQuad() throws(Failure) -> UInt32 {
    guard bytes.count - i >= 4 else { throw fail("a \\u escape cut short") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[i]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: throw fail("a bad \\u escape: \(describe(byte)) is not a hex digit")
      }
      value = value << 4 | UInt32(digit)
      i += 1
    }
    return value
  }
}

extension String {
  fileprivate var trimmingQuotes: String { hasPrefix("'") && hasSuffix("'") && count > 2 ? String(dropFirst().dropLast()) : self }
}
