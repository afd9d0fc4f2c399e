extension ScanText {
  /// Bytes that may separate the groups of a card number.
  private static let cardSeparators: [UInt8] = [UInt8(ascii: " "), UInt8(ascii: "-")]

  /// The end of a payment card number starting at `index`: 13–19 digits that
  /// pass the Luhn check, in one run or grouped by spaces or dashes the way
  /// cards are printed (a first group of four, then groups of three to six:
  /// 4-4-4-4, 4-6-5, 4-4-4-4-3). The first digit is 2–6, the ranges card
  /// networks issue from; this keeps out millisecond timestamps, which start with 1.
  func cardEnd(at index: Int) -> Int? {
    guard self[index] >= UInt8(ascii: "2"), self[index] <= UInt8(ascii: "6"), isNumberStart(index),
      !followsCurrency(index)
    else { return nil }
    let groups = digitGroups(at: index, separators: Self.cardSeparators, parentheses: false, limit: 6)
    if groups.count == 1 {
      // An unbroken run after "order", "tracking"… is a reference that happens to pass the check.
      guard numberContext(before: index) != .reference else { return nil }
      let group = groups[0]
      guard (13...19).contains(group.digits), isNumberEnd(group.end), Luhn.isValid(digitValues(groups[0...])) else {
        return nil
      }
      return group.end
    }
    guard groups.count >= 3, groups[0].digits == 4 else { return nil }
    for length in stride(from: groups.count, through: 3, by: -1) {
      let candidate = groups[0..<length]
      let digits = candidate.reduce(0) { $0 + $1.digits }
      guard (13...19).contains(digits), isNumberEnd(candidate[length - 1].end) else { continue }
      guard candidate.allSatisfy({ $0.separator == groups[1].separator || $0.separator == 0 }) else { continue }
      guard candidate.dropFirst().dropLast().allSatisfy({ (3...6).contains($0.digits) }) else { continue }
      if Luhn.isValid(digitValues(candidate)) { return candidate[length - 1].end }
    }
    return nil
  }
}

extension ScanText {
  /// Labels of a card's security code (lower-case).
  private static let securityCodeLabels: [[UInt8]] = ["cvv2", "cvv", "cvc2", "cvc", "csc", "security code"]
    .map { Array($0.utf8) }

  /// The security code introduced by a label starting at `index`: "cvv 123",
  /// "CVC: 0421", "security code is 987". Three or four digits that must never
  /// be kept; the range is the code's alone.
  func labelledSecurityCode(at index: Int) -> Range<Int>? {
    guard let label = wordEnd(oneOf: Self.securityCodeLabels, at: index) else { return nil }
    let start = labelValueStart(after: label)
    guard start > label, isDigit(start), !isWord(before: start) else { return nil }
    var end = start
    while isDigit(end) { end += 1 }
    guard (3...4).contains(end - start), isNumberEnd(end) else { return nil }
    return start..<end
  }
}
