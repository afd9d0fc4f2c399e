/// The digit groups of one numeric chunk ("12/05/2024" → 12, 05, 2024 split by "/"),
/// kept in fixed-size vectors so classifying a number allocates nothing.
package struct NumberGroups {
  /// At most this many groups are recorded; the lexer stops extending a number beyond it.
  package static let maximum = 8

  /// Offset (in the lexer's cleaned chunk) of the first digit.
  package var start = 0
  /// Number of closed groups.
  package private(set) var count = 0
  private var ends = SIMD8<Int32>()
  private var separatorsAfter = SIMD8<UInt8>()

  /// Closes the current group at `index` (exclusive); `separator` is the byte after it, or 0.
  package mutating func close(at index: Int, separator: UInt8) {
    ends[count] = Int32(index)
    separatorsAfter[count] = separator
    count += 1
  }

  /// The cleaned-chunk offsets of group `group`'s digits.
  package func range(_ group: Int) -> (Int, Int) {
    (group == 0 ? start : Int(ends[group - 1]) + 1, Int(ends[group]))
  }

  /// Whether `separator` sits between any two groups.
  package func hasSeparator(_ separator: UInt8) -> Bool {
    for group in 0..<max(0, count - 1) where separatorsAfter[group] == separator { return true }
    return false
  }

  /// Total digits over all groups.
  package var digitCount: Int {
    (0..<count).reduce(0) { total, group in
      let (from, to) = range(group)
      return total + to - from
    }
  }

  private func length(_ group: Int) -> Int {
    let (from, to) = range(group)
    return to - from
  }

  /// Whether the groups look like a date: d/m/y, d-m-y, d.m.y (day/month 1–2 digits, year 2 or
  /// 4), ISO y-m-d, or a two-part "12/05".
  package func isDate() -> Bool {
    if count == 2 {
      return separatorsAfter[0] == UInt8(ascii: "/") && length(0) <= 2 && length(1) <= 2
    }
    guard count == 3, separatorsAfter[0] == separatorsAfter[1] else { return false }
    let separator = separatorsAfter[0]
    guard separator == UInt8(ascii: "/") || separator == UInt8(ascii: "-")
      || separator == UInt8(ascii: ".")
    else { return false }
    let dayFirst = length(0) <= 2 && length(1) <= 2 && (length(2) == 2 || length(2) == 4)
    let yearFirst = length(0) == 4 && length(1) <= 2 && length(2) <= 2
    return dayFirst || yearFirst
  }

  /// The index of the fractional group, if one of the `.`/`,` separators is a decimal point.
  ///
  /// One `.` is a decimal point (`1,299.50`); several `.` are thousands (`1.299.000`); a lone
  /// final `,` followed by other than three digits is a decimal comma (`45,99`).
  package func decimalSeparatorIndex() -> Int? {
    var dots = 0
    var commas = 0
    var lastDot = -1
    for group in 0..<max(0, count - 1) {
      if separatorsAfter[group] == UInt8(ascii: ".") { dots += 1; lastDot = group }
      if separatorsAfter[group] == UInt8(ascii: ",") { commas += 1 }
    }
    if dots == 1 { return lastDot == count - 2 ? count - 1 : nil }
    if dots == 0, commas == 1, separatorsAfter[count - 2] == UInt8(ascii: ","),
      length(count - 1) != 3
    {
      return count - 1
    }
    return nil
  }
}
