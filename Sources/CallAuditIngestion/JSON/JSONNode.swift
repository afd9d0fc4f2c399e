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
  /// Position by key, so that a hostile object of a million keys costs linear time.
  private var positions: [String: Int] = [:]

  package init() {}

  /// The value of `key`.
  package subscript(key: String) -> JSONNode? {
    positions[key].map { values[$0] }
  }

  /// Adds a member; `false` when the key is there already.
  package mutating func add(_ key: String, _ value: JSONNode) -> Bool {
    guard positions[key] == nil else { return false }
    positions[key] = keys.count
    keys.append(key)
    values.append(value)
    return true
  }
}
