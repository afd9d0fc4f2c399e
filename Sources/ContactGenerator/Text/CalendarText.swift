import CallAuditModel

/// Calendar dates as customers write them ("3 March", "Thursday 13 March"),
/// from the library's integer calendar arithmetic.
enum CalendarText {
  private static let months = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
  ]
  private static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

  /// `(year, month 1–12, day 1–31)` of a UTC instant.
  static func civilDate(_ seconds: Int64) -> (year: Int64, month: Int, day: Int) {
    Timestamp(secondsSinceEpoch: seconds).calendarDate
  }

  /// 0 = Sunday … 6 = Saturday.
  static func weekday(_ seconds: Int64) -> Int { Timestamp(secondsSinceEpoch: seconds).weekday }

  /// The UTC hour of the day, 0–23.
  static func hour(_ seconds: Int64) -> Int { Timestamp(secondsSinceEpoch: seconds).hour }

  /// "3 March".
  static func dayMonth(_ seconds: Int64) -> String {
    let date = civilDate(seconds)
    return "\(date.day) \(months[date.month - 1])"
  }

  /// "14 August 2025".
  static func dayMonthYear(_ seconds: Int64) -> String {
    let date = civilDate(seconds)
    return "\(date.day) \(months[date.month - 1]) \(date.year)"
  }

  /// "Thursday 13 March".
  static func weekdayDayMonth(_ seconds: Int64) -> String {
    "\(weekdays[weekday(seconds)]) \(dayMonth(seconds))"
  }

  /// The year of a UTC instant.
  static func year(_ seconds: Int64) -> Int64 { civilDate(seconds).year }
}

/// Zero-padded decimal numbers.
enum Digits {
  /// `value` with at least `width` digits.
  static func padded(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
  }
}
