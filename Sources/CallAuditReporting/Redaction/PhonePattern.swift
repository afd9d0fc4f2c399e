extension ScanText {
  /// Bytes that may separate the groups of a phone number. A slash or a colon
  /// never does: those make dates and times.
  private static let phoneSeparators: [UInt8] = [UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: ".")]

  /// A phone number starting at `index` (a digit, `+` or `(`), in one of these shapes:
  ///
  /// - international: `+` or `00`, a country code not starting with 0, then
  ///   8–15 digits in all in any grouping, a `(0)` trunk prefix allowed
  ///   ("+44 (0)20 7946 0958", "+1-202-555-0143", "0033 6 12 34 56 78");
  /// - national with a trunk 0: 9–12 digits in groups of two or more
  ///   ("020 7946 0958", "(01) 234 5678", "06 12 34 56 78"), or 10–11 digits in one run;
  /// - North American: 3-3-4 digits, the area code 2–9xx, perhaps in
  ///   parentheses and preceded by a 1 ("(555) 123-4567", "1-800-555-0199");
  /// - after a phone word ("phone", "tel", "mobile", "my number is"): 7–15
  ///   digits in any grouping ("Phone#: 7703743799", "tel 555-1234").
  ///
  /// An unbroken run after a reference or account word ("order 0123456789",
  /// "customer id 2025550143") is not a phone number. When groups run on, the
  /// longest prefix with a valid shape is taken, and a group that starts a
  /// street address ("… 0958 12 Priory Lane") is left to it. `isPersonal` is
  /// false for toll-free numbers (North American 800, 888, 877, 866, 855, 844,
  /// 833; 0800, 0808, +44 800/808, +353 1800), which belong to businesses.
  func phoneNumber(at index: Int) -> (end: Int, isPersonal: Bool)? {
    var start = index
    var plus = false
    if self[index] == UInt8(ascii: "+") {
      guard isDigit(index + 1) else { return nil }
      plus = true
      start += 1
    } else {
      guard isNumberStart(index), !followsCurrency(index) else { return nil }
    }
    let groups = digitGroups(at: start, separators: Self.phoneSeparators, parentheses: true, limit: 8)
    guard !groups.isEmpty, groups.count > 1 || groups[0].digits >= 7 else { return nil }
    let context = plus ? NumberContext.none : numberContext(before: index)
    if groups.count == 1, context == .reference || context == .account { return nil }
    var limit = groups.count
    for position in 1..<groups.count where groups[position].separator == UInt8(ascii: " ") {
      if streetAddressEnd(at: groups[position].start) != nil {
        limit = position
        break
      }
    }
    for length in stride(from: limit, through: 1, by: -1) {
      let candidate = groups[0..<length]
      guard isNumberEnd(candidate[length - 1].end) else { continue }
      let end = candidate[length - 1].end
      let digits = nationalDigits(candidate, plus: plus)
      if plus || isDoubleZero(candidate[0]) {
        if isInternationalPhone(candidate, plus: plus) { return (end, !isTollFree(digits, international: true)) }
      } else if digits.first == 0 {
        if isNationalPhone(candidate) { return (end, !isTollFree(digits, international: false)) }
      } else if isNorthAmericanPhone(candidate) {
        return (end, !isTollFree(digits, international: false))
      }
      if context == .phone, (7...15).contains(digits.count), !candidate[length - 1].parenthesised,
        !isDateShaped(candidate)
      {
        return (end, !isTollFree(digits, international: false))
      }
    }
    return nil
  }

  /// Whether the groups are laid out like a date: 4-2-2 or 2-2-4.
  private func isDateShaped(_ groups: ArraySlice<DigitGroup>) -> Bool {
    let sizes = groups.map(\.digits)
    return sizes == [4, 2, 2] || sizes == [2, 2, 4]
  }

  /// The digits of a candidate number without the 00 prefix and "(0)" trunk groups.
  private func nationalDigits(_ groups: ArraySlice<DigitGroup>, plus: Bool) -> [UInt8] {
    var digits = digitValues(groups.filter { !isTrunkGroup($0) }[...])
    if !plus, isDoubleZero(groups[groups.startIndex]) { digits.removeFirst(2) }
    return digits
  }

  /// Whether the group is "(0)", the trunk prefix dialled only from inside the country.
  private func isTrunkGroup(_ group: DigitGroup) -> Bool {
    group.parenthesised && group.digits == 1 && self[group.start + 1] == UInt8(ascii: "0")
  }

  /// Whether the group begins with the international call prefix 00.
  private func isDoubleZero(_ group: DigitGroup) -> Bool {
    !group.parenthesised && self[group.start] == UInt8(ascii: "0") && self[group.start + 1] == UInt8(ascii: "0")
  }

  private func isInternationalPhone(_ groups: ArraySlice<DigitGroup>, plus: Bool) -> Bool {
    let first = groups[groups.startIndex]
    guard !first.parenthesised, !groups[groups.endIndex - 1].parenthesised else { return false }
    // Country codes start with 1–9.
    guard self[first.start + (plus ? 0 : 2)] != UInt8(ascii: "0") || (!plus && first.digits == 2) else { return false }
    let digits = groups.reduce(0) { $0 + (isTrunkGroup($1) ? 0 : $1.digits) } - (plus ? 0 : 2)
    guard (8...15).contains(digits) else { return false }
    guard groups.count > 1 else { return true }
    let countryCode = first.digits - (plus ? 0 : 2)
    guard (0...3).contains(countryCode) else { return false }
    if countryCode == 0, self[groups[groups.startIndex + 1].start] == UInt8(ascii: "0") { return false }
    // A short last group is a stray number unless the whole number is written in pairs.
    return groups[groups.endIndex - 1].digits >= 3 || groups.dropFirst().allSatisfy { $0.digits <= 2 }
  }

  private func isNationalPhone(_ groups: ArraySlice<DigitGroup>) -> Bool {
    let first = groups[groups.startIndex]
    let firstDigit = first.start + (first.parenthesised ? 1 : 0)
    guard self[firstDigit + 1] != UInt8(ascii: "0"), !groups[groups.endIndex - 1].parenthesised else { return false }
    let digits = groups.reduce(0) { $0 + $1.digits }
    if groups.count == 1 { return (10...11).contains(digits) }
    guard (9...12).contains(digits), groups.allSatisfy({ $0.digits >= 2 }) else { return false }
    if groups.allSatisfy({ $0.digits == 2 }) { return true }
    // Day and month come in pairs ("01 03 2025"); a number that starts with two pairs is all pairs.
    guard !(first.digits == 2 && groups[groups.startIndex + 1].digits == 2) else { return false }
    return groups[groups.endIndex - 1].digits >= 3
  }

  private func isNorthAmericanPhone(_ groups: ArraySlice<DigitGroup>) -> Bool {
    var parts = groups
    if parts.count == 4, parts[parts.startIndex].digits == 1, self[parts[parts.startIndex].start] == UInt8(ascii: "1"),
      !parts[parts.startIndex].parenthesised
    {
      parts = parts.dropFirst()
    }
    guard parts.count == 3 else { return false }
    let area = parts[parts.startIndex], exchange = parts[parts.startIndex + 1], line = parts[parts.startIndex + 2]
    guard area.digits == 3, exchange.digits == 3, line.digits == 4, !exchange.parenthesised, !line.parenthesised else {
      return false
    }
    let areaFirst = self[area.start + (area.parenthesised ? 1 : 0)]
    return areaFirst >= UInt8(ascii: "2") && areaFirst <= UInt8(ascii: "9")
  }

  /// North American toll-free area codes.
  private static let tollFreeAreaCodes: Set<[UInt8]> = [[8, 0, 0], [8, 8, 8], [8, 7, 7], [8, 6, 6], [8, 5, 5], [8, 4, 4], [8, 3, 3]]

  /// Whether `digits` (without 00 or trunk groups) are a toll-free number:
  /// +1 or North American with a toll-free area code, +44 800/808, +353 1800,
  /// or a national 0800/0808.
  private func isTollFree(_ digits: [UInt8], international: Bool) -> Bool {
    if international {
      if digits.first == 1 { return digits.count == 11 && Self.tollFreeAreaCodes.contains(Array(digits[1...3])) }
      if digits.starts(with: [4, 4]) { return digits.dropFirst(2).starts(with: [8, 0, 0]) || digits.dropFirst(2).starts(with: [8, 0, 8]) }
      return digits.starts(with: [3, 5, 3, 1, 8, 0, 0])
    }
    if digits.starts(with: [0, 8, 0, 0]) || digits.starts(with: [0, 8, 0, 8]) { return true }
    let national = digits.count == 11 && digits.first == 1 ? Array(digits.dropFirst()) : digits
    return national.count == 10 && Self.tollFreeAreaCodes.contains(Array(national.prefix(3)))
  }
}
