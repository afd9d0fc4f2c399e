import CallAuditMetrics

/// A line chart of one rate over audit runs, as inline SVG: one line per
/// provider, one point per run, the latest run on the right. The x-axis is the
/// runs' start time, so three runs in one evening sit together and a missed
/// night leaves a gap.
///
/// Hooks: `figure.trend-chart[data-rate]`, `polyline.trend[data-provider]`,
/// `circle.point[data-run][data-value]`.
struct HTMLTrendChart {
  /// The rate charted.
  var rate: RateMeasure.Name
  /// The runs, oldest first.
  var runs: [RunSnapshot]

  private static let width = 400.0
  private static let height = 150.0
  private static let left = 40.0
  private static let bottom = 20.0
  private static let palette = 6

  func write(to w: inout HTMLWriter) {
    let providers = Array(Set(runs.flatMap { $0.providers.map(\.name) })).sorted()
    let values = runs.flatMap { run in run.providers.compactMap { $0.rates[rate]?.value } }
    let top = Self.niceMaximum(values.max() ?? 0)
    let caption = HTMLLabels.title(rate) + " over the last \(HTMLFormat.plural(runs.count, "run"))"
    w.element("figure", [HTMLAttribute("class", "trend-chart"), HTMLAttribute("data-rate", rate.rawValue)]) { w in
      w.element("figcaption", text: caption)
      w.element("svg", [
        HTMLAttribute("viewBox", "0 0 \(Int(Self.width)) \(Int(Self.height))"), HTMLAttribute("role", "img"),
        HTMLAttribute("aria-label", caption),
      ]) { w in
        w.element("title", text: caption)
        writeAxes(top: top, to: &w)
        for (index, provider) in providers.enumerated() {
          writeLine(provider, series: index % Self.palette, top: top, to: &w)
        }
      }
      w.element("ul", [HTMLAttribute("class", "legend")]) { w in
        for (index, provider) in providers.enumerated() {
          w.element("li", [HTMLAttribute("class", "series-\(index % Self.palette)")], text: provider)
        }
      }
    }
  }

  private func x(_ index: Int) -> Double {
    let span = Self.width - Self.left - 10
    let times = runs.map(\.startedAt.secondsSinceEpoch)
    guard let first = times.min(), let last = times.max(), last > first else { return Self.left + span / 2 }
    return Self.left + span * Double(times[index] - first) / Double(last - first)
  }

  /// The runs that get a date under the axis: the first, the last, and those
  /// far enough from the previous label that the texts do not overlap.
  private func labelled() -> [Int] {
    var chosen: [Int] = []
    for index in runs.indices {
      let isLast = index == runs.count - 1
      if let previous = chosen.last, x(index) - x(previous) < Self.labelGap {
        guard isLast else { continue }
        if chosen.count > 1 { chosen.removeLast() } else if x(index) - x(previous) < Self.labelGap / 2 { continue }
      }
      chosen.append(index)
    }
    return chosen
  }

  /// Room for one date label, in SVG units.
  private static let labelGap = 62.0

  /// `2026-11-27`, or with the time when all runs fall within two days.
  private func label(_ run: RunSnapshot) -> String {
    let times = runs.map(\.startedAt.secondsSinceEpoch)
    let text = run.startedAt.iso8601
    guard let first = times.min(), let last = times.max(), last - first < 2 * 86_400 else {
      return String(text.prefix(10))
    }
    return String(text.dropFirst(5).prefix(11).map { $0 == "T" ? " " : $0 })
  }

  private func y(_ value: Double, top: Double) -> Double {
    let plot = Self.height - Self.bottom - 8
    return 8 + plot * (1 - (top > 0 ? value / top : 0))
  }

  private func writeAxes(top: Double, to w: inout HTMLWriter) {
    for step in 0...2 {
      let value = top * Double(step) / 2
      let level = y(value, top: top)
      w.shape("line", [
        HTMLAttribute("class", "grid"), HTMLAttribute("x1", Self.left), HTMLAttribute("x2", Self.width - 10),
        HTMLAttribute("y1", level), HTMLAttribute("y2", level),
      ])
      w.element("text", [
        HTMLAttribute("class", "tick"), HTMLAttribute("x", Self.left - 4), HTMLAttribute("y", level + 4),
        HTMLAttribute("text-anchor", "end"),
      ], text: HTMLFormat.percent(value))
    }
    for index in labelled() {
      w.element("text", [
        HTMLAttribute("class", "tick"), HTMLAttribute("x", x(index)), HTMLAttribute("y", Self.height - 4),
        HTMLAttribute("text-anchor", "middle"),
      ], text: label(runs[index]))
    }
  }

  private func writeLine(_ provider: String, series: Int, top: Double, to w: inout HTMLWriter) {
    let points: [(index: Int, run: RunSnapshot, value: Double)] = runs.enumerated().compactMap { index, run in
      guard let value = run.provider(provider)?.rates[rate]?.value else { return nil }
      return (index, run, value)
    }
    guard !points.isEmpty else { return }
    w.element("g", [HTMLAttribute("class", "series-\(series)"), HTMLAttribute("data-provider", provider)]) { w in
      let path = points.map { "\(HTMLFormat.coordinate(x($0.index))),\(HTMLFormat.coordinate(y($0.value, top: top)))" }
      w.shape("polyline", [
        HTMLAttribute("class", "trend"), HTMLAttribute("data-provider", provider),
        HTMLAttribute("points", path.joined(separator: " ")),
      ])
      for point in points {
        w.element("circle", [
          HTMLAttribute("class", "point"), HTMLAttribute("data-run", Int(point.run.id)),
          HTMLAttribute("data-value", HTMLFormat.data(point.value)), HTMLAttribute("cx", x(point.index)),
          HTMLAttribute("cy", y(point.value, top: top)), HTMLAttribute("r", 3.0),
        ]) { w in
          w.element(
            "title",
            text: "\(provider), run #\(point.run.id) (\(point.run.startedAt.iso8601)): \(HTMLFormat.percent(point.value))")
        }
      }
    }
  }

  /// A round upper bound for the axis: 10%, 20%, 25%, 50% or 100%.
  private static func niceMaximum(_ value: Double) -> Double {
    for candidate in [0.05, 0.1, 0.2, 0.25, 0.5, 0.75, 1.0] where value <= candidate { return candidate }
    return 1
  }
}
