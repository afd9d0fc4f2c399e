extension Timestamp {
  /// How to read an all-numeric date such as `05/03/2024`.
  public enum DateOrder: Sendable, Hashable, CaseIterable {
    /// `05/03/2024` is 5 March (most of the world; Freshdesk exports).
    case dayFirst
    /// `05/03/2024` is 3 May (United States exports).
    case monthFirst
    /// `24/03/05` is 5 March 2024: the year first even with two digits (as in
    /// Sweden, China, Japan). A date whose year comes last does not read.
    case yearFirst

    /// The `--date-order` spelling: `dmy`, `mdy` or `ymd`.
    public var optionName: String {
      switch self {
      case .dayFirst: "dmy"
      case .monthFirst: "mdy"
      case .yearFirst: "ymd"
      }
    }

    /// In words, for notes: `day first`, `month first`, `year first`.
    public var words: String {
      switch self {
      case .dayFirst: "day first"
      case .monthFirst: "month first"
      case .yearFirst: "year first"
      }
    }

    /// The order a `--date-order` value names (`dmy`, `mdy`, `ymd`), or `nil`.
    public init?(optionName: String) {
      guard let order = Self.allCases.first(where: { $0.optionName == optionName.lowercased() }) else { return nil }
      self = order
    }
  }

  /// Parses the date-time spellings helpdesk and phone exports use.
  ///
  /// Accepts, besides ISO 8601 (``init(iso8601:)-(String)``):
  /// - RFC 2822 mail dates, `Tue, 5 Mar 2024 18:39:11 -0800` (Jira RSS);
  /// - Twitter's `Tue Oct 31 22:10:47 +0000 2017`;
  /// - numeric dates `05/03/2024 14:30`, `05-03-2024 2:30:00 PM` and `5.3.2024`, read
  ///   in `order`, with an optional time, AM/PM, and offset; a date that starts
  ///   with the year (`2020/2/10 22:41`, as Excel rewrites ISO dates) is always
  ///   year, month, day; a two-digit year last (`22-04-15`) is 2000–2069 for
  ///   00–69 and 1970–1999 otherwise;
  /// - a named month with a two-digit year, day first: `18/Jul/26 9:10 AM` (Jira's
  ///   `dd/MMM/yy`; years 00–69 are 20xx, 70–99 are 19xx), with Spanish month
  ///   abbreviations (`ene`, `abr`, `ago`, `dic`) as Spanish-locale Jira writes them;
  /// - Unix time as a whole number of seconds, milliseconds or microseconds
  ///   (10, 13 or 16 digits; `0` is not a time).
  ///
  /// A time without an offset is taken as UTC. Returns `nil` for anything else.
  public init?(exportText text: String, order: DateOrder = .dayFirst) {
    let trimmed = text.trimmingASCIIWhitespace()
    if let iso = Timestamp(iso8601: trimmed) {
      self = iso
      return
    }
    if let epoch = Self.epoch(trimmed) {
      self = epoch
      return
    }
    guard let seconds = ExportDateParser(text: trimmed, order: order).parse() else { return nil }
    self.init(secondsSinceEpoch: seconds)
  }

  /// Parses what a spreadsheet writes for a date-time: every spelling of
  /// ``init(exportText:order:)``, and Excel's serial numbers — days since
  /// 1899-12-30 with the time of day as a fraction (`45717.25933` is
  /// 2025-03-01 06:13:26), with `.` or `,` before the fraction — for dates from
  /// 1970 on (serials 25569 to 99999), rounded to the second.
  public init?(spreadsheetText text: String, order: DateOrder = .dayFirst) {
    if let time = Timestamp(exportText: text, order: order) {
      self = time
      return
    }
    guard let serial = Self.excelSerial(text.trimmingASCIIWhitespace()) else { return nil }
    self = serial
  }

  /// Days since 1899-12-30 (Excel's 1900 date system, whose day 0 makes up for
  /// its false 1900-02-29) from 1970 on; `nil` for anything else.
  package static func excelSerial(_ text: String) -> Timestamp? {
    var whole: Int64 = 0, wholeDigits = 0
    var fraction: Double = 0, scale = 1.0, fractionDigits = 0
    var inFraction = false
    for byte in text.utf8 {
      if byte.isASCIIDigit {
        let digit = Int64(byte &- UInt8(ascii: "0"))
        if inFraction {
          guard fractionDigits < 15 else { continue }
          scale /= 10
          fraction += Double(digit) * scale
          fractionDigits += 1
        } else {
          whole = whole * 10 + digit
          wholeDigits += 1
          guard wholeDigits <= 5 else { return nil }
        }
      } else if (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",")), !inFraction, wholeDigits > 0 {
        inFraction = true
      } else {
        return nil
      }
    }
    guard wholeDigits == 5, !inFraction || fractionDigits > 0, (25569...99999).contains(whole) else { return nil }
    let seconds = (fraction * 86_400).rounded()
    return Timestamp(secondsSinceEpoch: (whole - 25569) * 86_400 + Int64(seconds))
  }

  private static func epoch(_ text: String) -> Timestamp? {
    guard text.utf8.allSatisfy(\.isASCIIDigit), let value = Int64(text), value > 0 else { return nil }
    switch text.utf8.count {
    case 9...10: return Timestamp(secondsSinceEpoch: value)
    case 13: return Timestamp(secondsSinceEpoch: value / 1000)
    case 16: return Timestamp(secondsSinceEpoch: value / 1_000_000)
    default: return nil
    }
  }
}

/// Reads a date-time from its tokens: words (month names, AM/PM, zone names),
/// numbers, and the separators between them.
private struct ExportDateParser {
  private enum Token: Equatable {
    case number(Int64, digits: Int)
    case word(String)
    case symbol(Character)
  }

  private let tokens: [Token]
  private let order: Timestamp.DateOrder

  init(text: String, order: Timestamp.DateOrder) {
    self.order = order
    var tokens: [Token] = []
    var word = ""
    var digits = ""
    func flush() {
      if !word.isEmpty { tokens.append(.word(word.lowercased())) }
      if !digits.isEmpty { tokens.append(.number(Int64(digits) ?? -1, digits: digits.count)) }
      word = ""
      digits = ""
    }
    for character in text {
      if character.isASCII, character.isLetter {
        if !digits.isEmpty { flush() }
        word.append(character)
      } else if character.isASCII, character.isNumber {
        if !word.isEmpty { flush() }
        digits.append(character)
      } else {
        flush()
        if character != " " && character != "\t" { tokens.append(.symbol(character)) }
      }
    }
    flush()
    self.tokens = tokens
  }

  func parse() -> Int64? {
    var year: Int64?, month: Int64?, day: Int64?
    var hour: Int64 = 0, minute: Int64 = 0, second: Int64 = 0
    var offset: Int64 = 0
    var meridiem: String?
    var numbers: [Int64] = []  // date numbers not yet placed, in order
    var yearFirst = false  // the year came before any other date number
    var i = 0
    var sawTime = false
    while i < tokens.count {
      switch tokens[i] {
      case .word(let word):
        if let index = Self.months.firstIndex(where: { word.hasPrefix($0) }), word.count >= 3 {
          month = Int64(index + 1)
        } else if let number = Self.otherMonths.first(where: { word.hasPrefix($0.prefix) })?.month,
          word.count >= 3
        {
          month = number
        } else if word == "am" || word == "pm" {
          meridiem = word
        } else if word == "t", !sawTime {
          break  // ISO-like separator
        } else if !Self.ignoredWords.contains(word) {
          return nil
        }
      case .number(let value, let digits):
        // hh:mm[:ss[.fff]]
        if !sawTime, i + 2 < tokens.count, tokens[i + 1] == .symbol(":"),
          case .number(let m, _) = tokens[i + 2]
        {
          sawTime = true
          hour = value
          minute = m
          i += 3
          if i + 1 < tokens.count, tokens[i] == .symbol(":"), case .number(let s, _) = tokens[i + 1] {
            second = s
            i += 2
            if i + 1 < tokens.count, tokens[i] == .symbol(".") || tokens[i] == .symbol(","),
              case .number = tokens[i + 1]
            {
              i += 2
            }
          }
          continue
        }
        if digits == 4, year == nil {
          year = value
          yearFirst = numbers.isEmpty && month == nil
        } else {
          numbers.append(value)
        }
      case .symbol(let symbol):
        // A zone offset follows the time: +hhmm, -hhmm, +hh:mm.
        if sawTime, symbol == "+" || symbol == "-", i + 1 < tokens.count,
          case .number(let value, let digits) = tokens[i + 1], digits == 4 || digits == 2
        {
          var minutes = digits == 4 ? value / 100 * 60 + value % 100 : value * 60
          i += 2
          if digits == 2, i + 1 < tokens.count, tokens[i] == .symbol(":"),
            case .number(let extra, 2) = tokens[i + 1]
          {
            minutes += extra
            i += 2
          }
          offset = (symbol == "+" ? 1 : -1) * minutes * 60
          continue
        }
        guard "/-.,:".contains(symbol) else { return nil }
      }
      i += 1
    }
    // `24/03/05` read year first: the two-digit year leads (POSIX's pivot at 69).
    if order == .yearFirst, year == nil, month == nil, numbers.count == 3, (0...99).contains(numbers[0]) {
      year = numbers[0] + (numbers[0] < 70 ? 2000 : 1900)
      yearFirst = true
      numbers.removeFirst()
    }
    // `22-04-15`: a numeric date with its two-digit year last (POSIX's pivot at 69).
    if year == nil, month == nil, numbers.count == 3, (0...99).contains(numbers[2]) {
      year = numbers[2] + (numbers[2] < 70 ? 2000 : 1900)
      numbers.removeLast()
    }
    // Place the remaining numbers: day (and month, for numeric dates).
    if month != nil {
      if numbers.count == 2, year == nil, (0...99).contains(numbers[1]) {
        // dd/MMM/yy: the day, then a two-digit year (POSIX's pivot at 69).
        day = numbers[0]
        year = numbers[1] + (numbers[1] < 70 ? 2000 : 1900)
      } else {
        guard numbers.count == 1 else { return nil }
        day = numbers[0]
      }
    } else {
      guard numbers.count == 2 else { return nil }
      if yearFirst {
        (month, day) = (numbers[0], numbers[1])
      } else {
        switch order {
        case .dayFirst: (day, month) = (numbers[0], numbers[1])
        case .monthFirst: (day, month) = (numbers[1], numbers[0])
        case .yearFirst: return nil  // the year came last
        }
      }
    }
    guard let year, let month, let day, (1...12).contains(month), day >= 1,
      day <= CivilCalendar.daysInMonth(year: year, month: month), (0...59).contains(minute),
      (0...60).contains(second)
    else { return nil }
    switch meridiem {
    case "am": guard (1...12).contains(hour) else { return nil }; if hour == 12 { hour = 0 }
    case "pm": guard (1...12).contains(hour) else { return nil }; if hour != 12 { hour += 12 }
    default: guard (0...23).contains(hour) else { return nil }
    }
    let days = CivilCalendar.daysSinceEpoch(year: year, month: month, day: day)
    return days * 86_400 + hour * 3600 + minute * 60 + min(second, 59) - offset
  }

  private static let months = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  ]
  /// Month abbreviations of other languages that English prefixes do not cover
  /// (Spanish: enero, abril, agosto, diciembre; the rest share English prefixes).
  private static let otherMonths: [(prefix: String, month: Int64)] = [
    ("ene", 1), ("abr", 4), ("ago", 8), ("dic", 12),
  ]
  private static let ignoredWords: Set<String> = [
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "gmt", "utc", "z",
  ]
}
