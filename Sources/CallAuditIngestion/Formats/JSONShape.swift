/// Describes a JSON document from its first bytes — an array of objects, an
/// object, or one object per line (NDJSON) — and the keys of its records, so
/// that the sentence refusing it says what it holds. It reads no further than
/// it needs and never builds the document.
package struct JSONShape {
  private let bytes: [UInt8]
  private var i = 0

  /// Keys listed at most in a sentence.
  package static let keysShown = 8

  /// The verdict on a JSON input that starts with `bytes` (blanks skipped).
  package static func verdict(_ bytes: [UInt8]) -> ContentCheck.Verdict {
    var shape = JSONShape(bytes: bytes)
    guard let what = shape.describe() else {
      return .refuse(
        "this looks like JSON but is not well-formed at its start; of JSON, callaudit reads only "
          + "the layouts callaudit formats lists (speech-analytics transcripts; Intercom, Help Scout, Zendesk, Freshdesk and Gorgias conversations and tickets)")
    }
    if case .own(let schema) = what {
      return .skip("a report callaudit wrote (JSON, schema \(schema)), not an export")
    }
    return .refuse(
      "\(what.text); of JSON, callaudit reads only the layouts callaudit formats lists (speech-analytics transcripts; Intercom, Help Scout, Zendesk, Freshdesk and Gorgias conversations and tickets): describe its records with a mapping file "
        + "(--mapping FILE, format: json; docs/formats.md)")
  }

  private enum Shape {
    case own(schema: String)
    case arrayOfObjects(keys: [String])
    case array
    case object(keys: [String], nested: (key: String, keys: [String])?)
    case lines(keys: [String])

    var text: String {
      switch self {
      case .own(let schema): "callaudit's own JSON (\(schema))"
      case .arrayOfObjects(let keys): "JSON (an array of objects with keys \(JSONShape.list(keys)))"
      case .array: "JSON (an array)"
      case .object(let keys, let nested):
        "JSON (an object with keys \(JSONShape.list(keys))"
          + (nested.map { "; '\($0.key)' holds an array of objects with keys \(JSONShape.list($0.keys))" } ?? "") + ")"
      case .lines(let keys): "NDJSON (one JSON object per line, with keys \(JSONShape.list(keys)))"
      }
    }
  }

  private init(bytes: [UInt8]) { self.bytes = bytes }

  /// The keys for a sentence; a trailing `…` when there are more than shown,
  /// or when the first bytes end before the object does.
  private static func list(_ keys: [String]) -> String {
    guard !keys.isEmpty else { return "none" }
    let complete = keys.last != cutOff
    let known = complete ? keys : Array(keys.dropLast())
    let shown = known.prefix(keysShown).joined(separator: ", ")
    return known.count > keysShown || !complete ? shown + ", …" : shown
  }

  /// Marks a list of keys cut off by the end of the sample.
  private static let cutOff = "\u{0}…"

  private mutating func describe() -> Shape? {
    skipBlanks()
    guard i < bytes.count else { return nil }
    if bytes[i] == UInt8(ascii: "[") {
      i += 1
      skipBlanks()
      guard i < bytes.count else { return .array }
      guard bytes[i] == UInt8(ascii: "{"), let object = objectKeys() else { return .array }
      return .arrayOfObjects(keys: object.keys)
    }
    guard bytes[i] == UInt8(ascii: "{"), let object = objectKeys() else { return nil }
    if let schema = object.schema, schema.hasPrefix("callaudit.") { return .own(schema: schema) }
    // Another object on the next line: one record per line.
    var j = i
    var sawLineBreak = false
    while j < bytes.count, bytes[j].isASCIIBlank {
      if bytes[j] == UInt8(ascii: "\n") { sawLineBreak = true }
      j += 1
    }
    if sawLineBreak, j < bytes.count, bytes[j] == UInt8(ascii: "{") { return .lines(keys: object.keys) }
    return .object(keys: object.keys, nested: object.nested)
  }

  /// Reads the object at `i`: its keys in order, the `schema` string if any,
  /// and the keys of the first array of objects among its values.
  private mutating func objectKeys() -> (keys: [String], schema: String?, nested: (key: String, keys: [String])?)? {
    guard i < bytes.count, bytes[i] == UInt8(ascii: "{") else { return nil }
    i += 1
    var keys: [String] = []
    var schema: String?
    var nested: (key: String, keys: [String])?
    while true {
      skipBlanks()
      guard i < bytes.count else { return (keys + [Self.cutOff], schema, nested) }  // cut off by the sample's end
      if bytes[i] == UInt8(ascii: "}") {
        i += 1
        return (keys, schema, nested)
      }
      if bytes[i] == UInt8(ascii: ",") {
        i += 1
        continue
      }
      guard bytes[i] == UInt8(ascii: "\""), let key = string() else { return keys.isEmpty ? nil : (keys, schema, nested) }
      keys.append(key)
      skipBlanks()
      guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return (keys + [Self.cutOff], schema, nested) }
      i += 1
      skipBlanks()
      guard i < bytes.count else { return (keys + [Self.cutOff], schema, nested) }
      if key == "schema", bytes[i] == UInt8(ascii: "\"") {
        schema = string()
      } else if nested == nil, bytes[i] == UInt8(ascii: "[") {
        let start = i
        i += 1
        skipBlanks()
        if i < bytes.count, bytes[i] == UInt8(ascii: "{"), let inner = objectKeys() {
          nested = (key, inner.keys)
        }
        i = start
        skipValue()
      } else {
        skipValue()
      }
    }
  }

  /// Reads a string at `i` (escapes kept simple: `\"` and `\\` unescaped).
  private mutating func string() -> String? {
    guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
    i += 1
    var out: [UInt8] = []
    while i < bytes.count {
      let byte = bytes[i]
      i += 1
      if byte == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
      if byte == UInt8(ascii: "\\"), i < bytes.count {
        out.append(bytes[i])
        i += 1
      } else {
        out.append(byte)
      }
    }
    return nil
  }

  /// Skips one value of any kind, nested arrays and objects included.
  private mutating func skipValue() {
    var depth = 0
    while i < bytes.count {
      let byte = bytes[i]
      if byte == UInt8(ascii: "\"") {
        _ = string()
        if depth == 0 { return }
        continue
      }
      if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
        depth += 1
      } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
        if depth == 0 { return }
        depth -= 1
        if depth == 0 {
          i += 1
          return
        }
      } else if byte == UInt8(ascii: ","), depth == 0 {
        return
      }
      i += 1
    }
  }

  private mutating func skipBlanks() {
    while i < bytes.count, bytes[i].isASCIIBlank { i += 1 }
  }
}
