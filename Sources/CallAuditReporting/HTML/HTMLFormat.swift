import CallAuditMetrics

/// Deterministic number formatting for the HTML report: the same report gives
/// the same bytes on every run, whatever the locale.
enum HTMLFormat {
  /// `value` with exactly `places` decimals, rounded half away from zero;
  /// `–` when it is not finite.
  static func fixed(_ value: Double, places: Int) -> String {
    guard value.isFinite else { return "–" }
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    guard scaled < 9.0e15 else { return String(value) }
    let units = Int64(scaled)
    let divisor = Int64(scale)
    let whole = units / divisor
    var fraction = String(units % divisor)
    while fraction.count < places { fraction = "0" + fraction }
    let sign = value < 0 && units != 0 ? "-" : ""
    return sign + String(whole) + (places > 0 ? "." + fraction : "")
  }

  /// A share as a percentage with one decimal: `23.4%`.
  static func percent(_ share: Double) -> String {
    fixed(share * 100, places: 1) + "%"
  }

  /// A rate with its Wilson interval, `23.4% [19.0–28.4]`, or `–` without trials.
  static func rate(_ proportion: Proportion) -> String {
    guard let value = proportion.value, let interval = proportion.wilsonInterval() else { return "–" }
    return percent(value) + " [" + fixed(interval.lowerBound * 100, places: 1) + "–"
      + fixed(interval.upperBound * 100, places: 1) + "]"
  }

  /// `45 of 192`.
  static func counts(_ proportion: Proportion) -> String {
    "\(proportion.events) of \(proportion.trials)"
  }

  /// A risk ratio with two decimals (one from 10 up), as in the verdict sentence.
  static func ratio(_ value: Double) -> String {
    fixed(value, places: value >= 10 ? 1 : 2)
  }

  /// `2.90× (2.60–3.20)`, or `undefined` without an estimate.
  static func estimate(_ estimate: RiskRatioEstimate?) -> String {
    guard let estimate else { return "undefined" }
    return ratio(estimate.ratio) + "× (" + ratio(estimate.interval.lowerBound) + "–"
      + ratio(estimate.interval.upperBound) + ")"
  }

  /// An SVG coordinate or length with one decimal.
  static func coordinate(_ value: Double) -> String {
    fixed(value, places: 1)
  }

  /// A value for a `data-*` attribute: six decimals, like the JSON report.
  static func data(_ value: Double) -> String {
    var text = fixed(value, places: 6)
    guard text.contains(".") else { return text }
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
  }

  /// Seconds as `8m 05s`.
  static func duration(_ seconds: Int) -> String {
    let minutes = seconds / 60, rest = seconds % 60
    return minutes > 0 ? "\(minutes)m \(rest < 10 ? "0" : "")\(rest)s" : "\(rest)s"
  }

  /// `1 record`, `3 records`.
  static func plural(_ count: Int, _ noun: String, _ plural: String? = nil) -> String {
    "\(count) " + (count == 1 ? noun : plural ?? noun + "s")
  }
}

extension HTMLFormat {
  /// `text` cut to at most `limit` characters, ending in `…` when cut, with
  /// runs of whitespace (line breaks included) shown as one space; for SVG
  /// labels, which cannot wrap.
  static func clipped(_ text: String, limit: Int) -> String {
    let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    guard flat.count > limit else { return flat }
    return String(flat.prefix(max(limit - 1, 0))) + "…"
  }
}
