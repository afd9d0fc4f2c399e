import CallAuditMetrics

/// One small chart of ``HTMLSeriesCharts``: one provider's rate over the periods, as
/// inline SVG.
struct HTMLSeriesChart {
  var provider: String
  var rate: RateMeasure.Name
  /// The periods on the x-axis, in time order.
  var periods: [String]
  var lines: [HTMLSeriesCharts.Line]
  var index: HTMLCellIndex

  private static let width = 320.0
  private static let height = 170.0
  private static let left = 38.0
  private static let right = 10.0
  private static let top = 8.0
  private static let bottom = 22.0
  /// Room for one period label, in SVG units.
  private static let labelGap = 64.0

  private func rated(_ cell: BreakdownCell?) -> (Proportion, ClosedRange<Double>)? {
    guard let cell, !cell.tooSmall, let proportion = cell.rate(rate)?.proportion,
          proportion.value != nil, let interval = proportion.wilsonInterval()
    else { return nil }
    return (proportion, interval)
  }

  private func x(_ period: Int) -> Double {
    let span = Self.width - Self.left - Self.right
    guard periods.count > 1 else { return Self.left + span / 2 }
    return Self.left + span * Double(period) / Double(periods.count - 1)
  }

  private func y(_ share: Double, _ scale: HTMLRateScale) -> Double {
    let plot = Self.height - Self.top - Self.bottom
    return Self.height - Self.bottom - scale.position(share, width: plot)
  }

  func write(to w: inout HTMLWriter) {
    let uppers = lines.flatMap { line in line.cells.values.compactMap { rated($0)?.1.upperBound } }
    let scale = HTMLRateScale(maximum: uppers.max() ?? 0)
    let caption = HTMLLabels.title(rate)
    w.element("figure", [HTMLAttribute("class", "series-chart"), HTMLAttribute("data-rate", rate.rawValue)]) { w in
      w.element("figcaption") { w in
        w.text(caption)
        w.element("small", text: HTMLLabels.definition(rate))
      }
      w.element("svg", [
        HTMLAttribute("class", "chart series"),
        HTMLAttribute("viewBox", "0 0 \(HTMLFormat.coordinate(Self.width)) \(HTMLFormat.coordinate(Self.height))"),
        HTMLAttribute("width", Self.width), HTMLAttribute("height", Self.height),
        HTMLAttribute("role", "img"), HTMLAttribute("aria-label", "\(provider): \(caption) per period with 95% Wilson intervals"),
      ]) { w in
        w.element("title", text: "\(provider): \(caption) per period with 95% Wilson intervals")
        writeAxes(scale, to: &w)
        for (number, line) in lines.enumerated() {
          writeLine(line, number: number, scale: scale, to: &w)
        }
      }
    }
  }

  private func writeAxes(_ scale: HTMLRateScale, to w: inout HTMLWriter) {
    let middle = scale.ticks.count / 2
    for (position, tick) in scale.ticks.enumerated() where position == 0 || position == middle || position == scale.ticks.count - 1 {
      let level = y(tick, scale)
      w.shape("line", [
        HTMLAttribute("class", position == 0 ? "reference" : "grid"), HTMLAttribute("x1", Self.left),
        HTMLAttribute("x2", Self.width - Self.right), HTMLAttribute("y1", level), HTMLAttribute("y2", level),
      ])
      w.element("text", [
        HTMLAttribute("class", "tick"), HTMLAttribute("x", Self.left - 4), HTMLAttribute("y", level + 4),
        HTMLAttribute("text-anchor", "end"),
      ], text: HTMLFormat.fixed(tick * 100, places: 0) + "%")
    }
    for period in labelled() {
      let anchor = periods.count == 1 ? "middle" : period == 0 ? "start" : period == periods.count - 1 ? "end" : "middle"
      w.element("text", [
        HTMLAttribute("class", "tick"), HTMLAttribute("x", x(period)), HTMLAttribute("y", Self.height - 6),
        HTMLAttribute("text-anchor", anchor),
      ], text: periods[period])
    }
  }

  /// The periods that get a label: the first, the last, and between them those far
  /// enough from the previous label that the texts do not overlap.
  private func labelled() -> [Int] {
    var chosen: [Int] = []
    for period in periods.indices {
      let isLast = period == periods.count - 1
      if let previous = chosen.last, x(period) - x(previous) < Self.labelGap {
        guard isLast, chosen.count > 1 else { continue }
        chosen.removeLast()
      }
      chosen.append(period)
    }
    return chosen
  }

  private func writeLine(_ line: HTMLSeriesCharts.Line, number: Int, scale: HTMLRateScale, to w: inout HTMLWriter) {
    // Lines side by side at a period, so whiskers do not hide each other.
    let shift = (Double(number) - Double(lines.count - 1) / 2) * 3
    w.element("g", [HTMLAttribute("class", "series-\(number)"), HTMLAttribute("data-line", line.label)]) { w in
      var run: [String] = []
      func flush(_ w: inout HTMLWriter) {
        if run.count > 1 { w.shape("polyline", [HTMLAttribute("class", "trend"), HTMLAttribute("points", run.joined(separator: " "))]) }
        run = []
      }
      for (period, label) in periods.enumerated() {
        guard let (_, _) = rated(line.cells[label]) else {
          flush(&w)
          continue
        }
        let value = line.cells[label]?.rate(rate)?.proportion.value ?? 0
        run.append(HTMLFormat.coordinate(x(period) + shift) + "," + HTMLFormat.coordinate(y(value, scale)))
      }
      flush(&w)
      for (period, label) in periods.enumerated() {
        guard let cell = line.cells[label], let number = index.number(of: cell) else { continue }
        let px = x(period) + shift
        guard let (proportion, interval) = rated(cell), let value = proportion.value else {
          // Too small to rate: a short mark on the axis, so the gap reads as one.
          w.shape("line", [
            HTMLAttribute("class", "gap-mark"), HTMLAttribute("data-cell", number), HTMLAttribute("x1", px),
            HTMLAttribute("x2", px), HTMLAttribute("y1", Self.height - Self.bottom - 5), HTMLAttribute("y2", Self.height - Self.bottom),
          ])
          continue
        }
        w.element("a", [HTMLAttribute("href", "#" + index.target(of: cell, number: number))]) { w in
          w.shape("line", [
            HTMLAttribute("class", "whisker-v"), HTMLAttribute("x1", px), HTMLAttribute("x2", px),
            HTMLAttribute("y1", y(interval.lowerBound, scale)), HTMLAttribute("y2", y(interval.upperBound, scale)),
          ])
          w.element("circle", [
            HTMLAttribute("class", "point"), HTMLAttribute("data-cell", number),
            HTMLAttribute("data-value", HTMLFormat.data(value)), HTMLAttribute("cx", px),
            HTMLAttribute("cy", y(value, scale)), HTMLAttribute("r", 3.0),
          ]) { w in
            w.element("title", text: "\(line.label.isEmpty ? provider : line.label), \(label): "
              + "\(HTMLFormat.rate(proportion)), \(HTMLFormat.counts(proportion)); \(HTMLFormat.plural(cell.flagged, "flagged contact"))")
          }
        }
      }
    }
  }
}
