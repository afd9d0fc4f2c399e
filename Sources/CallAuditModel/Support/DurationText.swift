/// Durations as people write them, on the command line and in YAML alike: `7d`, `48h`, `90m`,
/// `30s`, `2w`, or a bare number of seconds (`3600`). One grammar for both, so a setting that
/// works in one place works in the other (issue 20).
public enum DurationText {
  /// How the grammar is described in error messages.
  public static let examples = "7d, 48h, 90m, 30s, 2w or a number of seconds such as 3600"

  /// Seconds in `text`, or `nil` when it is not a positive whole number, optionally followed by
  /// one of `s`, `m`, `h`, `d` or `w` (either case, blanks around ignored), or when it
  /// overflows.
  ///
  /// - Complexity: O(*n*) in the text's length.
  public static func seconds(_ text: String) -> Int64? {
    let trimmed = text.lowercased().filter { $0 != " " && $0 != "\t" }
    guard let last = trimmed.last else { return nil }
    let scale: Int64
    var digits = Substring(trimmed)
    switch last {
    case "s": scale = 1
    case "m": scale = 60
    case "h": scale = 3_600
    case "d": scale = 86_400
    case "w": scale = 7 * 86_400
    case "0"..."9": scale = 1
    default: return nil
    }
    if scale != 1 || last == "s" { digits = digits.dropLast() }
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let count = Int64(digits), count > 0
    else { return nil }
    let (product, overflow) = count.multipliedReportingOverflow(by: scale)
    return overflow ? nil : product
  }

  /// `seconds` in the largest of days, hours and minutes that divides it exactly (`604800` is `7d`,
  /// `5400` is `90m`), so a report echoes a duration as a user would type it;
  /// ``seconds(_:)`` reads it back to the same number.
  public static func text(seconds: Int64) -> String {
    for (unit, size) in [("d", Int64(86_400)), ("h", 3_600), ("m", 60)]
    where seconds != 0 && seconds % size == 0 {
      return "\(seconds / size)\(unit)"
    }
    return "\(seconds)s"
  }
}
