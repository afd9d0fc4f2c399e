extension ScanText {
  /// Labels after which a number is an account number (lower-case).
  private static let accountLabels: [[UInt8]] = [
    "account", "acct", "a/c", "customer number", "customer no", "membership number", "sort code",
    "routing number", "iban",
  ].map { Array($0.utf8) }

  /// Abbreviations of "account" that make a number glued to them an account number: "AC-12345678", "ACCT 004512".
  private static let accountPrefixes: [[UInt8]] = ["acct", "acc", "ac"].map { Array($0.utf8) }

  private static let iban = Array("iban".utf8)

  /// The account number introduced by a label starting at `index` ("account
  /// AC-12345678", "The account number is 12345678", "sort code 12-34-56",
  /// "IBAN: IE29 AIBK 9311 5212 3456 78"). The range is the value's alone, so
  /// the label stays readable.
  func labelledAccount(at index: Int) -> Range<Int>? {
    guard let label = wordEnd(oneOf: Self.accountLabels, at: index) else { return nil }
    let start = labelValueStart(after: label)
    guard start > label else { return nil }
    if hasWord(Self.iban, at: index), let end = ibanEnd(at: start, checked: false) { return start..<end }
    guard let end = accountValueEnd(at: start) else { return nil }
    return start..<end
  }

  /// The end of an account number glued to an abbreviation of "account" at
  /// `index`, with at most one `-`, space, `#`, `:` or `.` between: "AC-12345678", "ACC123456".
  func prefixedAccountEnd(at index: Int) -> Int? {
    for prefix in Self.accountPrefixes where hasWord(prefix, at: index) {
      var position = index + prefix.count
      switch self[position] {
      case UInt8(ascii: "-"), UInt8(ascii: " "), UInt8(ascii: "#"), UInt8(ascii: ":"), UInt8(ascii: "."): position += 1
      default: break
      }
      let digits = position
      while isDigit(position) { position += 1 }
      if (6...20).contains(position - digits), isNumberEnd(position) { return position }
    }
    return nil
  }

  /// The end of an account number's value at `index`: letters and digits with
  /// inner dashes or slashes ("AC-12345678", "12-34-56"), holding six digits or
  /// more, and for all-digit numbers further space-separated groups of three
  /// digits or more ("1234 5678"). Dates ("2025-03-01") are not account numbers.
  private func accountValueEnd(at index: Int) -> Int? {
    guard isAlphanumeric(index), !isWord(before: index) else { return nil }
    var position = index
    var digits = 0
    var letters = false
    var runs: [Int] = [0]  // digit runs between dashes, to tell dates
    while true {
      if isDigit(position) {
        digits += 1
        runs[runs.count - 1] += 1
      } else if isLetter(position) {
        letters = true
      } else if self[position] == UInt8(ascii: "-") || self[position] == UInt8(ascii: "/"), isAlphanumeric(position + 1) {
        runs.append(0)
      } else {
        break
      }
      position += 1
    }
    if !letters {
      while self[position] == UInt8(ascii: " ") {
        var end = position + 1
        while isDigit(end) { end += 1 }
        guard end - position - 1 >= 3, isNumberEnd(end) else { break }
        digits += end - position - 1
        position = end
      }
    }
    guard digits >= 6, isNumberEnd(position) else { return nil }
    if !letters, runs == [4, 2, 2] || runs == [2, 2, 4] { return nil }
    return position
  }
}
