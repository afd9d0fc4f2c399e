/// One run of digits in a grouped number: "7946" in "020 7946 0958", or
/// "(555)" with its parentheses.
struct DigitGroup {
  /// The first byte: a digit, or the opening parenthesis.
  var start: Int
  /// Just past the last digit, or past the closing parenthesis.
  var end: Int
  /// How many digits the group holds.
  var digits: Int
  /// Whether the group is written in parentheses, as "(555)" or "(0)".
  var parenthesised: Bool
  /// The separator before the group; 0 for the first group and for one that
  /// follows a parenthesised group directly.
  var separator: UInt8
}

extension ScanText {
  /// The groups of a number starting at `index`: runs of digits joined by one
  /// separator byte each (`separators`), and, when `parentheses` is set,
  /// groups in parentheses that may touch their neighbour ("(0)20",
  /// "(555)123-4567"). Stops after `limit` groups; empty when no digit starts it.
  func digitGroups(at index: Int, separators: [UInt8], parentheses: Bool, limit: Int) -> [DigitGroup] {
    var groups: [DigitGroup] = []
    var position = index
    var separator: UInt8 = 0
    while groups.count < limit {
      guard let group = digitGroup(at: position, parentheses: parentheses, separator: separator) else { break }
      groups.append(group)
      position = group.end
      let next = self[position]
      if separators.contains(next), isDigit(position + 1) || (parentheses && self[position + 1] == UInt8(ascii: "(")) {
        separator = next
        position += 1
      } else if parentheses, group.parenthesised, isDigit(position) {
        separator = 0
      } else if parentheses, next == UInt8(ascii: "("), isDigit(position + 1) {
        separator = 0
      } else {
        break
      }
    }
    return groups
  }

  /// One group at `index`: digits, or digits in parentheses.
  private func digitGroup(at index: Int, parentheses: Bool, separator: UInt8) -> DigitGroup? {
    if parentheses, self[index] == UInt8(ascii: "(") {
      var end = index + 1
      while isDigit(end) { end += 1 }
      guard end > index + 1, self[end] == UInt8(ascii: ")") else { return nil }
      return DigitGroup(start: index, end: end + 1, digits: end - index - 1, parenthesised: true, separator: separator)
    }
    var end = index
    while isDigit(end) { end += 1 }
    guard end > index else { return nil }
    return DigitGroup(start: index, end: end, digits: end - index, parenthesised: false, separator: separator)
  }

  /// The digits of `groups` in order, as values 0–9.
  func digitValues(_ groups: ArraySlice<DigitGroup>) -> [UInt8] {
    var values: [UInt8] = []
    for group in groups {
      for position in group.start..<group.end where isDigit(position) {
        values.append(self[position] &- UInt8(ascii: "0"))
      }
    }
    return values
  }
}
