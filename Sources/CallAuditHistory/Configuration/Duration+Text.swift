/// Durations written the way people write them in a configuration: `30d`, `12h`, `90m`, `2w`.
enum DurationText {
  /// Seconds in `text` (already trimmed), or `nil` when it is not a positive whole
  /// number followed by one of `s`, `m`, `h`, `d` or `w`.
  static func seconds(_ text: String) -> Int64? {
    guard let unit = text.last, let count = Int64(text.dropLast()), count > 0 else { return nil }
    let scale: Int64
    switch unit {
    case "s": scale = 1
    case "m": scale = 60
    case "h": scale = 3600
    case "d": scale = 86_400
    case "w": scale = 7 * 86_400
    default: return nil
    }
    let (product, overflow) = count.multipliedReportingOverflow(by: scale)
    return overflow ? nil : product
  }
}
