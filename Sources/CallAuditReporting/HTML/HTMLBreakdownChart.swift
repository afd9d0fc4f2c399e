import CallAuditMetrics

/// One provider's breakdown cells as a horizontal bar chart of the scripted-and-unresolved
/// rate, each bar with its Wilson whisker and wrapped in a link to the cell's flagged
/// contacts (or, without any, to its table row). Cells too small to rate get no bar.
struct HTMLBreakdownChart {
  /// The provider charted.
  var provider: String
  /// Its cells, in the breakdown's order (ranked).
  var cells: [BreakdownCell]
  /// The anchors.
  var index: HTMLCellIndex

  private static let width = 400.0
  private static let rowHeight = 34.0
  private static let trackOffset = 15.0
  private static let trackHeight = 11.0
  private static let axisHeight = 22.0
  private static let rate = RateMeasure.Name.scriptedUnresolved

  /// Writes the chart as a `<figure>`, or nothing when no cell can be rated.
  func write(to w: inout HTMLWriter) {
    let rated = cells.filter { !$0.tooSmall && $0.rate(Self.rate)?.proportion.value != nil }
    let bars = Array(rated.prefix(HTMLBreakdownSection.barsShown))
    guard !bars.isEmpty else { return }
    let uppers = bars.compactMap { $0.rate(Self.rate)?.proportion.wilsonInterval()?.upperBound }
    let scale = HTMLRateScale(maximum: uppers.max() ?? 0)
    let height = Double(bars.count) * Self.rowHeight + Self.axisHeight
    let caption = HTMLLabels.title(Self.rate) + " by " + BreakdownRows.dimensionNames(index.breakdown).joined(separator: " × ")
    w.element("figure", [HTMLAttribute("class", "breakdown-figure"), HTMLAttribute("data-provider", provider)]) { w in
      w.element("figcaption") { w in
        w.text(caption)
        var small = HTMLLabels.definition(Self.rate) + " · each bar links to the cell's flagged contacts"
        if rated.count > bars.count { small += " · the \(bars.count) highest of \(rated.count) rated cells" }
        let unrated = cells.count - rated.count
        if unrated > 0 { small += " · \(HTMLFormat.plural(unrated, "cell")) too small to rate, in the table only" }
        w.element("small", text: small)
      }
      w.element("svg", [
        HTMLAttribute("class", "chart breakdown-chart"),
        HTMLAttribute("viewBox", "0 0 \(HTMLFormat.coordinate(Self.width)) \(HTMLFormat.coordinate(height))"),
        HTMLAttribute("width", Self.width), HTMLAttribute("height", height),
        HTMLAttribute("role", "img"), HTMLAttribute("aria-label", caption + " with 95% Wilson intervals"),
      ]) { w in
        w.element("title", text: provider + ": " + caption + " with 95% Wilson intervals")
        for (row, cell) in bars.enumerated() {
          writeBar(cell, top: Double(row) * Self.rowHeight, scale: scale, to: &w)
        }
        scale.writeAxis(top: Double(bars.count) * Self.rowHeight, width: Self.width, to: &w)
      }
    }
  }

  private func writeBar(_ cell: BreakdownCell, top: Double, scale: HTMLRateScale, to w: inout HTMLWriter) {
    guard let proportion = cell.rate(Self.rate)?.proportion, let value = proportion.value,
          let interval = proportion.wilsonInterval(), let number = index.number(of: cell)
    else { return }
    w.element("a", [HTMLAttribute("href", "#" + index.target(of: cell, number: number)), HTMLAttribute("class", "bar-link")]) { w in
      w.element("g", [
        HTMLAttribute("class", "bar-row"), HTMLAttribute("data-cell", number),
        HTMLAttribute("data-events", proportion.events), HTMLAttribute("data-trials", proportion.trials),
        HTMLAttribute("data-value", HTMLFormat.data(value)),
      ]) { w in
        let label = HTMLCellIndex.label(cell)
        w.element("title", text: "\(label): \(HTMLFormat.rate(proportion)), \(HTMLFormat.counts(proportion)); "
          + HTMLFormat.plural(cell.flagged, "flagged contact"))
        w.element("text", [HTMLAttribute("x", 0.0), HTMLAttribute("y", top + 11)],
                  text: HTMLFormat.clipped(label, limit: 40) + " · n=\(proportion.trials)")
        w.element("text", [
          HTMLAttribute("class", "value"), HTMLAttribute("x", Self.width), HTMLAttribute("y", top + 11),
          HTMLAttribute("text-anchor", "end"),
        ], text: HTMLFormat.percent(value))
        let trackTop = top + Self.trackOffset
        w.shape("rect", [
          HTMLAttribute("class", "track"), HTMLAttribute("x", 0.0), HTMLAttribute("y", trackTop),
          HTMLAttribute("width", Self.width), HTMLAttribute("height", Self.trackHeight),
        ])
        w.shape("rect", [
          HTMLAttribute("class", "bar " + HTMLCellIndex.series(cell)), HTMLAttribute("x", 0.0), HTMLAttribute("y", trackTop),
          HTMLAttribute("width", scale.position(value, width: Self.width)), HTMLAttribute("height", Self.trackHeight),
        ])
        HTMLBarChart.writeWhisker(
          low: scale.position(interval.lowerBound, width: Self.width),
          high: scale.position(interval.upperBound, width: Self.width),
          middle: trackTop + Self.trackHeight / 2, to: &w)
      }
    }
  }
}
