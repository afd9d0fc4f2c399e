import CallAuditModel

/// Reading the values of a call record, with one clear sentence when a value
/// cannot be read.
package enum CallFieldParsing {
  /// A required date-time: start or end of the call.
  package static func time(_ text: String?, _ name: String) throws(FieldError) -> Timestamp {
    guard let text else {
      throw FieldError(field: nil, value: "", expected: "", detail: "the call has no \(name) time")
    }
    guard let time = Timestamp(exportText: text) else {
      throw FieldError(field: nil, value: text, expected: "", detail: "\(name) '\(text)' is not a date and time")
    }
    return time
  }

  /// An optional date-time: empty means "never" (an unanswered call's answer time).
  package static func optionalTime(_ text: String?, _ name: String) throws(FieldError) -> Timestamp? {
    guard let text else { return nil }
    return try time(text, name)
  }

  /// A whole number of seconds, 0 or more; empty means unknown.
  package static func seconds(_ text: String?, _ name: String) throws(FieldError) -> Int? {
    guard let text else { return nil }
    guard let value = text.utf8.parseDecimalInteger(), value >= 0 else {
      throw FieldError(
        field: nil, value: text, expected: "", detail: "\(name) '\(text)' is not a whole number of seconds")
    }
    return value
  }

  /// The rejection for a call id read before.
  package static func duplicate(_ id: String, earlierLine: Int) -> FieldError {
    FieldError(
      field: nil, value: id, expected: "",
      detail: "call \(id) was already read from line \(earlierLine); a second record of the same call is skipped")
  }
}
