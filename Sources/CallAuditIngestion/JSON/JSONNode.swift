/// One JSON value of a record, parsed whole (``JSONRecordParser``): records are
/// bounded by the record-size limit, so a record's tree is too.
package indirect enum JSONNode: Equatable, Sendable {
  case null
  case bool(Bool)
  /// A number as written, so that nothing is lost before a reader knows what it needs.
  case number(String)
  case string(String)
  case array([JSONNode])
  case object(JSONObject)

  /// The member `key` of an object; `nil` for another value or a missing key.
  package subscript(key: String) -> JSONNode? {
    guard case .object(let object) = self else { return nil }
    return object[key]
  }

  /// The string, or `nil` for another value.
  package var string: String? {
    if case .string(let text) = self { return text }
    return nil
  }

  /// A string, or a number as written: exports write ids as either. `nil` for another
  /// value or an empty string.
  package var scalarText: String? {
    switch self {
    case .string(let text): text.isEmpty ? nil : text
    case .number(let digits): digits
    default: nil
    }
  }

  /// The number as a `Double`, or `nil` for another value.
  package var double: Double? {
    if case .number(let text) = self { return Double(text) }
    return nil
  }

  /// The elements of an array; empty for another value.
  package var elements: [JSONNode] {
    if case .array(let elements) = self { return elements }
    return []
  }

  /// The keys of an object, in order; empty for another value.
  package var keys: [String] {
    if case .object(let object) = self { return object.keys }
    return []
  }
}

/// A JSON object's members in the order written; keys are unique (a duplicate is
/// refused when parsing).
package struct JSONObject: Equatable, Sendable {
  package private(set) var keys: [String] = []
  package private(set) var values: [JSONNode] = []
  /// Position by key, built once an object has more than ``indexedFrom`` keys, so that a
  /// hostile object of a million keys costs linear time and a small one no hashing.
  private var positions: [String: Int]?

  /// Keys searched one by one up to this many.
  private static let indexedFrom = 16

  package init() {}

  /// The value of `key`.
  package subscript(key: String) -> JSONNode? {
    position(of: key).map { values[$0] }
  }

  private func position(of key: String) -> Int? {
    if let positions { return positions[key] }
    return keys.firstIndex(of: key)
  }

  /// Adds a member; `false` when the key is there already.
  package mutating func add(_ key: String, _ value: JSONNode) -> Bool {
    guard position(of: key) == nil else { return false }
    keys.append(key)
    values.append(value)
    if positions != nil {
      positions?[key] = keys.count - 1
    } else if keys.count > Self.indexedFrom {
      positions = Dictionary(uniqueKeysWithValues: zip(keys, keys.indices))
    }
    return true
  }

  package static func == (a: JSONObject, b: JSONObject) -> Bool {
    a.keys == b.keys && a.values == b.values
  }
}
