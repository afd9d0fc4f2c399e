import CallAuditModel

/// Reading one exported value of a helpdesk ticket, with the reason a record
/// is rejected when the value cannot be read.
///
/// Shared by the Zendesk, Freshdesk and Salesforce readers so that the same
/// problem is worded the same way whichever export it comes from.
package enum HelpdeskValue {
  /// The error for `value` in `column` that is not `expected`, e.g.
  /// `Created at '31/31/2024' is not a date and time`.
  package static func error(column: String, value: String, expected: String) -> FieldError {
    // Long values are cut so that one bad cell cannot flood the report.
    let shown = value.count > 40 ? String(value.prefix(40)) + "…" : value
    return FieldError(field: nil, value: value, expected: expected, detail: "\(column) '\(shown)' is not \(expected)")
  }

  /// The error that rejects a record for `reason`, one sentence.
  package static func rejection(_ reason: String) -> FieldError {
    FieldError(field: nil, value: "", expected: "", detail: reason)
  }

  /// Reads a date-time as `dates` says (the input's numeric order; a numeric
  /// date that cannot be in that order, `24/08/2016` read month-first, is
  /// read in the other unless `--date-order` was given).
  ///
  /// - Returns: `nil` for a blank value.
  /// - Throws: ``FieldError`` when the value is not a date and time.
  package static func time(_ text: String?, column: String, dates: DateReading) throws(FieldError) -> Timestamp? {
    guard let text else { return nil }
    if let time = dates.time(text) { return time }
    var failure = error(column: column, value: text, expected: "a date and time")
    failure.hint = dates.hint(for: text)
    throw failure
  }

  /// Reads a yes/no flag (`true`, `false`, `1`, `0`, `yes`, `no`, Excel's `TRUE`).
  ///
  /// - Returns: `nil` for a blank value.
  /// - Throws: ``FieldError`` when the value is not a flag.
  package static func flag(_ text: String?, column: String) throws(FieldError) -> Bool? {
    guard let text else { return nil }
    guard let flag = CanonicalField.parseFlag(text.lowercased()) else {
      throw error(column: column, value: text, expected: "true or false")
    }
    return flag
  }

  /// Reads a whole number of 0 or more.
  ///
  /// - Returns: `nil` for a blank value.
  /// - Throws: ``FieldError`` when the value is not such a number.
  package static func count(_ text: String?, column: String) throws(FieldError) -> Int? {
    guard let text else { return nil }
    // Spreadsheets write whole numbers as `2.0`; the fraction must be zero.
    var digits = Substring(text)
    if let dot = digits.firstIndex(of: "."), digits[digits.index(after: dot)...].allSatisfy({ $0 == "0" }) {
      digits = digits[..<dot]
    }
    guard let count = digits.utf8.parseDecimalInteger(), count >= 0 else {
      throw error(column: column, value: text, expected: "a whole number, 0 or more")
    }
    return count
  }
}
