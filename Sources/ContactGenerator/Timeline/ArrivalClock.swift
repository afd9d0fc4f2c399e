/// Turns "how far through the data set" into a wall-clock time, following a
/// daily rhythm: few contacts at night, peaks mid-morning and mid-afternoon,
/// quieter weekends.
///
/// The mapping is monotone, so episodes planned in order start in time order.
struct ArrivalClock: Sendable {
  private let start: Int64
  /// Running total of hourly weights; `cumulative[h]` covers hours `0...h`.
  private let cumulative: [Double]

  /// Relative contact volume per UTC hour of day on a weekday.
  private static let hourly: [Double] = [
    0.15, 0.10, 0.08, 0.08, 0.10, 0.20, 0.45, 0.90, 1.50, 1.80, 1.80, 1.70,
    1.50, 1.60, 1.70, 1.60, 1.50, 1.40, 1.30, 1.20, 1.00, 0.70, 0.45, 0.25,
  ]

  /// Creates the clock for `spanDays` days from `start`.
  init(start: Int64, spanDays: Int) {
    self.start = start
    var running = 0.0
    var totals: [Double] = []
    totals.reserveCapacity(spanDays * 24)
    for hour in 0..<(spanDays * 24) {
      let instant = start + Int64(hour) * 3600
      let weekday = CalendarText.weekday(instant)
      let weekend = weekday == 0 || weekday == 6
      running += Self.hourly[CalendarText.hour(instant)] * (weekend ? 0.7 : 1)
      totals.append(running)
    }
    cumulative = totals
  }

  /// The instant a fraction `f` in `[0, 1)` of the volume has arrived by.
  func time(atFraction f: Double) -> Int64 {
    guard let total = cumulative.last else { return start }
    let target = min(max(f, 0), 1) * total
    var low = 0, high = cumulative.count - 1
    while low < high {
      let middle = (low + high) / 2
      if cumulative[middle] > target { high = middle } else { low = middle + 1 }
    }
    let before = low == 0 ? 0 : cumulative[low - 1]
    let width = cumulative[low] - before
    let within = width > 0 ? min(3599, Int64(((target - before) / width * 3600).rounded(.down))) : 0
    return start + Int64(low) * 3600 + max(0, within)
  }
}
