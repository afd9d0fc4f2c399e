/// Calendar dates as customers write them ("3 March", "Thursday 13 March"),
/// computed with integer arithmetic only (Howard Hinnant's civil-from-days).
enum CalendarText {
  private static let months = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
  ]
  private static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

  /// `(year, month 1–12, day 1–31)` of a UTC instant.
  static func civilDate(_ seconds: Int64) -> (year: Int64, month: Int, day: Int) {
    let days = floorDiv(seconds, 86_400)
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), Int(month), Int(day))
  }

  /// 0 = Sunday … 6 = Saturday.
  static func weekday(_ seconds: Int64) -> Int {
    Int((floorDiv(seconds, 86_400) + 4) % 7 + 7) % 7
  }

  /// The UTC hour of the day, 0–23.
  static func hour(_ seconds: Int64) -> Int {
    Int((seconds - floorDiv(seconds, 86_400) * 86_400) / 3600)
  }

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

  private static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
  }
}

/// Zero-padded decimal numbers.
enum Digits {
  /// `value` with at least `width` digits.
  static func padded(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
  }
}
