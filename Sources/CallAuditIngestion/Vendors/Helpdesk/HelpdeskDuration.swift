/// Reads the clock-style durations helpdesks export (`0:00:00`, `26:10:05`,
/// `1:30`) as seconds.
package enum HelpdeskDuration {
  /// Seconds in `h:mm:ss` or `h:mm` (hours may exceed 24).
  ///
  /// - Returns: `nil` for a blank value.
  /// - Throws: ``FieldError`` when the value is not such a duration.
  package static func seconds(_ text: String?, column: String) throws(FieldError) -> Int? {
    guard let text else { return nil }
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    let numbers = parts.map { $0.utf8.allSatisfy(\.isASCIIDigit) && !$0.isEmpty ? Int($0) : nil }
    guard (2...3).contains(numbers.count), let hours = numbers[0], let minutes = numbers[1], minutes < 60,
      hours < 1_000_000
    else {
      throw HelpdeskValue.error(column: column, value: text, expected: "a duration such as 1:05:30")
    }
    var seconds = hours * 3600 + minutes * 60
    if numbers.count == 3 {
      guard let extra = numbers[2], extra < 60 else {
        throw HelpdeskValue.error(column: column, value: text, expected: "a duration such as 1:05:30")
      }
      seconds += extra
    }
    return seconds
  }
}
