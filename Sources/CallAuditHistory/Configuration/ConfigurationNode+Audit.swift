import CallAuditIngestion
import CallAuditModel
import CallAuditReporting

extension ConfigurationNode {
  /// A number within `range`.
  func number(_ what: String, in range: ClosedRange<Double>) throws(ConfigurationError) -> Double {
    let text = try nonEmptyText(what)
    guard let value = Double(text), range.contains(value) else {
      throw error("\(what) is '\(text)', not a number from \(range.lowerBound) to \(range.upperBound)")
    }
    return value
  }

  /// A finite number; its range is the caller's to check.
  func finiteNumber(_ what: String) throws(ConfigurationError) -> Double {
    let text = try nonEmptyText(what)
    guard let value = Double(text), value.isFinite else { throw error("\(what) is '\(text)', not a number") }
    return value
  }

  /// A whole number, 0 or more.
  func count(_ what: String) throws(ConfigurationError) -> Int {
    let text = try nonEmptyText(what)
    guard let value = Int(text), value >= 0 else { throw error("\(what) is '\(text)', not a whole number, 0 or more") }
    return value
  }

  /// A duration such as `30d` (``DurationText``, the command line's grammar).
  func duration(_ what: String) throws(ConfigurationError) -> Int64 {
    let text = try nonEmptyText(what)
    guard let seconds = DurationText.seconds(text) else {
      throw error("\(what) is '\(text)', not a duration such as \(DurationText.examples)")
    }
    return seconds
  }

  /// The texts of a list, or of a single value taken as a list of one.
  func texts(_ what: String) throws(ConfigurationError) -> [String] {
    var values: [String] = []
    for item in try items(what) { values.append(try item.nonEmptyText(what)) }
    return values
  }
}
