/// Decides whether an export writes all-numeric dates day first or month first,
/// from the dates in its first bytes.
///
/// `05/03/2024` reads either way; `29/02/2016` only day first and `02-29-2016`
/// only month first. Any date of the form `d{1,2} sep d{1,2} sep d{4}` (sep one
/// of `/ - .`) whose first or second number is above 12 is evidence. The order
/// is decided when the evidence points one way only.
enum DateOrderSniffer {
  /// The order the evidence shows, or `nil` when there is none or it conflicts.
  static func sniff(_ bytes: some Collection<UInt8>) -> Timestamp.DateOrder? {
    let text = Array(bytes)
    var dayFirst = false, monthFirst = false
    var i = 0
    while i < text.count {
      guard text[i].isASCIIDigit, i == 0 || !text[i - 1].isASCIIDigit,
        let (first, second, end) = numericDate(in: text, at: i)
      else {
        i += 1
        continue
      }
      if first > 12, second <= 12 { dayFirst = true }
      if second > 12, first <= 12 { monthFirst = true }
      i = end
    }
    switch (dayFirst, monthFirst) {
    case (true, false): return .dayFirst
    case (false, true): return .monthFirst
    default: return nil
    }
  }

  /// Reads `d{1,2} sep d{1,2} sep d{4}` at `start`: the two leading numbers and
  /// where the match ends.
  private static func numericDate(in text: [UInt8], at start: Int) -> (Int, Int, Int)? {
    var i = start
    func number(maxDigits: Int) -> (value: Int, digits: Int) {
      var value = 0, digits = 0
      while i < text.count, text[i].isASCIIDigit, digits < maxDigits + 1 {
        value = value * 10 + Int(text[i] - UInt8(ascii: "0"))
        digits += 1
        i += 1
      }
      return (value, digits)
    }
    let first = number(maxDigits: 2)
    guard (1...2).contains(first.digits), i < text.count, "/-.".utf8.contains(text[i]) else { return nil }
    let separator = text[i]
    i += 1
    let second = number(maxDigits: 2)
    guard (1...2).contains(second.digits), i < text.count, text[i] == separator else { return nil }
    i += 1
    let year = number(maxDigits: 4)
    guard year.digits == 4 else { return nil }
    return (first.value, second.value, i)
  }
}
