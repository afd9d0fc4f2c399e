extension Timestamp {
  /// Parses an ISO 8601 date-time from UTF-8 bytes.
  ///
  /// Accepts `YYYY-MM-DD`, then optionally `T` or a space and `hh:mm[:ss[.fraction]]`,
  /// then optionally `Z`, `±hh:mm`, `±hhmm` or `±hh`. A time without an offset is
  /// taken as UTC. Leading and trailing ASCII blanks are ignored.
  /// Returns `nil` for anything else, including out-of-range fields.
  ///
  /// - Complexity: O(*n*) in the number of bytes, with no allocation.
  public init?(iso8601 bytes: some Collection<UInt8>) {
    var parser = ISO8601Parser(bytes: bytes)
    guard let seconds = parser.parse() else { return nil }
    self.init(secondsSinceEpoch: seconds)
  }

  /// Parses an ISO 8601 date-time from contiguous UTF-8 bytes; see
  /// ``init(iso8601:)-(Collection<UInt8>)``.
  ///
  /// The readers call this one: a concrete type lets the parser be specialised in this
  /// module, where the generic entry point, called from another module, walks the bytes
  /// through witness tables (6.9 % of a 200,000-contact analysis, docs/performance.md).
  public init?(iso8601 bytes: UnsafeBufferPointer<UInt8>) {
    var parser = ISO8601Parser(bytes: bytes)
    guard let seconds = parser.parse() else { return nil }
    self.init(secondsSinceEpoch: seconds)
  }

  /// Parses an ISO 8601 date-time from a string; see ``init(iso8601:)-(Collection<UInt8>)``.
  public init?(iso8601 text: String) {
    var text = text
    guard let parsed = text.withUTF8({ Timestamp(iso8601: $0) }) else { return nil }
    self = parsed
  }

  /// The timestamp as `YYYY-MM-DDThh:mm:ssZ`.
  public var iso8601: String {
    let days = secondsSinceEpoch.floorDivided(by: 86_400)
    let secondOfDay = secondsSinceEpoch - days * 86_400
    let (year, month, day) = CivilCalendar.date(fromDaysSinceEpoch: days)
    let hour = secondOfDay / 3600, minute = secondOfDay / 60 % 60, second = secondOfDay % 60
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))Z"
  }
}

extension Timestamp {
  /// The UTC calendar date: year, month 1–12, day 1–31.
  public var calendarDate: (year: Int64, month: Int, day: Int) {
    let date = CivilCalendar.date(fromDaysSinceEpoch: secondsSinceEpoch.floorDivided(by: 86_400))
    return (date.year, Int(date.month), Int(date.day))
  }

  /// The UTC day of the week, 0 = Sunday … 6 = Saturday.
  public var weekday: Int {
    Int((secondsSinceEpoch.floorDivided(by: 86_400) % 7 + 11) % 7)
  }

  /// The UTC hour of the day, 0–23.
  public var hour: Int {
    Int((secondsSinceEpoch - secondsSinceEpoch.floorDivided(by: 86_400) * 86_400) / 3600)
  }
}

private func pad(_ value: Int64, _ width: Int) -> String {
  let digits = String(value)
  return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}

extension Int64 {
  /// Division rounding toward negative infinity, for dates before 1970.
  fileprivate func floorDivided(by divisor: Int64) -> Int64 {
    let quotient = self / divisor
    return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
  }
}

/// Proleptic Gregorian calendar arithmetic on day counts (Howard Hinnant's algorithms).
package enum CivilCalendar {
  /// Days since 1970-01-01 for a calendar date.
  package static func daysSinceEpoch(year: Int64, month: Int64, day: Int64) -> Int64 {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The calendar date of a day count since 1970-01-01.
  package static func date(fromDaysSinceEpoch days: Int64) -> (year: Int64, month: Int64, day: Int64) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  package static func daysInMonth(year: Int64, month: Int64) -> Int64 {
    switch month {
    case 2: return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}

/// A cursor over the bytes of one ISO 8601 value.
private struct ISO8601Parser<Bytes: Collection<UInt8>> {
  let bytes: Bytes
  var index: Bytes.Index
  var end: Bytes.Index

  init(bytes: Bytes) {
    self.bytes = bytes
    index = bytes.startIndex
    end = bytes.endIndex
    while index < end, bytes[index].isASCIIBlank { bytes.formIndex(after: &index) }
    while end > index, bytes[bytes.index(end, offsetBy: -1)].isASCIIBlank {
      end = bytes.index(end, offsetBy: -1)
    }
  }

  mutating func parse() -> Int64? {
    guard let year = digits(4), take(UInt8(ascii: "-")),
      let month = digits(2), take(UInt8(ascii: "-")),
      let day = digits(2),
      (1...12).contains(month), day >= 1, day <= CivilCalendar.daysInMonth(year: year, month: month)
    else { return nil }
    var seconds = CivilCalendar.daysSinceEpoch(year: year, month: month, day: day) * 86_400
    if index == end { return seconds }
    guard take(UInt8(ascii: "T")) || take(UInt8(ascii: "t")) || take(UInt8(ascii: " ")),
      let hour = digits(2), take(UInt8(ascii: ":")), let minute = digits(2),
      hour <= 23, minute <= 59
    else { return nil }
    var second: Int64 = 0
    if take(UInt8(ascii: ":")) {
      guard let s = digits(2), s <= 60 else { return nil }
      second = min(s, 59)  // a leap second is folded onto :59
      if take(UInt8(ascii: ".")) || take(UInt8(ascii: ",")) {
        var fractionDigits = 0
        while index < end, bytes[index].isASCIIDigit {
          bytes.formIndex(after: &index)
          fractionDigits += 1
        }
        guard fractionDigits > 0 else { return nil }
      }
    }
    seconds += hour * 3600 + minute * 60 + second
    if index == end { return seconds }
    if take(UInt8(ascii: "Z")) || take(UInt8(ascii: "z")) { return index == end ? seconds : nil }
    let sign: Int64
    if take(UInt8(ascii: "+")) {
      sign = 1
    } else if take(UInt8(ascii: "-")) {
      sign = -1
    } else {
      return nil
    }
    guard let offsetHours = digits(2), offsetHours <= 18 else { return nil }
    var offsetMinutes: Int64 = 0
    if index != end {
      _ = take(UInt8(ascii: ":"))
      guard let m = digits(2), m <= 59 else { return nil }
      offsetMinutes = m
    }
    guard index == end else { return nil }
    return seconds - sign * (offsetHours * 3600 + offsetMinutes * 60)
  }

  private mutating func take(_ byte: UInt8) -> Bool {
    guard index < end, bytes[index] == byte else { return false }
    bytes.formIndex(after: &index)
    return true
  }

  private mutating func digits(_ count: Int) -> Int64? {
    var value: Int64 = 0
    for _ in 0..<count {
      guard index < end, bytes[index].isASCIIDigit else { return nil }
      value = value * 10 + Int64(bytes[index] &- UInt8(ascii: "0"))
      bytes.formIndex(after: &index)
    }
    return value
  }
}
