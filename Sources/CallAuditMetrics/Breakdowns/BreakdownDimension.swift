import CallAuditModel

/// What a breakdown groups a provider's contacts by (`--by`, docs/metrics.md).
public enum BreakdownDimension: String, Sendable, Hashable, CaseIterable, Codable {
  case site, team, agent, channel, category, week, month

  /// Whether the dimension is a time period, whose cells read in time order.
  public var isTime: Bool { self == .week || self == .month }

  /// The record's value on this dimension, as the key stores it: a name's index, the
  /// agent's hash, or a period's code (``period(_:)``); ``unknown`` when not given.
  func value(of record: ContactRecord) -> Int64 {
    switch self {
    case .site: Self.name(record.site)
    case .team: Self.name(record.team)
    case .agent: record.agent == 0 ? Self.unknown : Int64(bitPattern: record.agent)
    case .channel: Self.name(record.channel)
    case .category: Self.name(record.category)
    case .week, .month:
      record.opened == ContactRecord.noTime ? Self.unknown : period(record.opened)
    }
  }

  /// The value of a contact the export gives nothing for on this dimension. Names'
  /// indices are -1 then; hashes and period codes are never `Int64.min`.
  static let unknown = Int64.min

  /// A name's index, its -1 (none given) as ``unknown``, so every dimension has one marker.
  private static func name(_ index: Int32) -> Int64 { index < 0 ? unknown : Int64(index) }

  /// The ISO week (`year × 100 + week`) or month (`year × 100 + month`) of a time, in UTC.
  func period(_ seconds: Int64) -> Int64 {
    let days = (seconds - seconds.floorModulo(86_400)) / 86_400
    if self == .month {
      let date = CivilCalendar.date(fromDaysSinceEpoch: days)
      return date.year * 100 + date.month
    }
    // ISO 8601: weeks start on Monday, and a week belongs to the year of its Thursday.
    // 1970-01-01 was a Thursday: weekday 0 is Monday.
    let weekday = (days + 3).floorModulo(7)
    let thursday = days - weekday + 3
    let year = CivilCalendar.date(fromDaysSinceEpoch: thursday).year
    let yearStart = CivilCalendar.daysSinceEpoch(year: year, month: 1, day: 1)
    return year * 100 + (thursday - yearStart) / 7 + 1
  }

  /// A period code as text: `2025-W07` or `2025-03`.
  static func periodLabel(_ code: Int64, week: Bool) -> String {
    let year = code / 100, part = code % 100
    let two = part < 10 ? "0\(part)" : "\(part)"
    return week ? "\(year)-W\(two)" : "\(year)-\(two)"
  }
}

extension Int64 {
  /// The remainder with the sign of `divisor` (−1 mod 7 is 6).
  fileprivate func floorModulo(_ divisor: Int64) -> Int64 {
    let remainder = self % divisor
    return remainder < 0 ? remainder + divisor : remainder
  }
}
