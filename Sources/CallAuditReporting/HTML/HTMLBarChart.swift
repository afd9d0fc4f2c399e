import CallAuditMetrics

/// A horizontal bar chart of one rate, as inline SVG: one bar per provider and
/// sourcing group (or per provider), each with its Wilson-interval whisker.
///
/// Each bar gets its own label line above it, so the chart stays readable when
/// scaled down to a phone's width.
struct HTMLBarChart {
  /// One bar: a rate and what it belongs to.
  struct Bar {
    /// The label above the bar, e.g. "outsourced".
    var label: String
    /// The colour series (`in-house`, `outsourced`, `unknown` or `all`).
    var series: String
    /// The provider, for the `data-provider` hook and the tooltip.
    var provider: String
    /// Events out of trials; no bar is drawn without trials.
    var proportion: Proportion
    /// Why the rate could not be computed, shown instead of a value.
    var notComputed: String? = nil
  }

  /// Bars under one optional heading (a provider).
  struct Group {
    /// The heading, or `nil` for none.
    var title: String?
    /// The bars, top to bottom.
    var bars: [Bar]
  }

  /// The rate charted.
  var rate: RateMeasure.Name
  /// The groups, top to bottom.
  var groups: [Group]

  private static let width = 400.0
  private static let titleHeight = 20.0
  private static let rowHeight = 34.0
  private static let trackOffset = 15.0
  private static let trackHeight = 11.0
  private static let axisHeight = 22.0

  /// Writes the chart as a `<figure>` holding a caption and the `<svg>`.
  func write(to w: inout HTMLWriter) {
    let key = rate.rawValue
    let uppers = groups.flatMap(\.bars).compactMap { $0.proportion.wilsonInterval()?.upperBound }
    let scale = HTMLRateScale(maximum: uppers.max() ?? 0)
    var height = Self.axisHeight
    for group in groups {
      height += (group.title == nil ? 0 : Self.titleHeight) + Double(group.bars.count) * Self.rowHeight
    }
    let caption = HTMLLabels.title(rate)
    let better = HTMLLabels.higherIsBetter(rate) ? "higher is better" : "lower is better"
    let figure = [HTMLAttribute("class", "rate-chart"), HTMLAttribute("id", "chart-" + key), HTMLAttribute("data-rate", key)]
    w.element("figure", figure) { w in
      w.element("figcaption") { w in
        w.text(caption)
        w.element("small", text: HTMLLabels.definition(rate) + " · " + better)
      }
      w.element("svg", [
        HTMLAttribute("class", "chart bar-chart"), HTMLAttribute("data-rate", key),
        HTMLAttribute("viewBox", "0 0 \(HTMLFormat.coordinate(Self.width)) \(HTMLFormat.coordinate(height))"),
        HTMLAttribute("width", Self.width), HTMLAttribute("height", height),
        HTMLAttribute("role", "img"), HTMLAttribute("aria-label", caption + " with 95% Wilson intervals"),
      ]) { w in
        w.element("title", text: caption + " with 95% Wilson intervals")
        var y = 0.0
        for group in groups {
          if let title = group.title {
            let attributes = [HTMLAttribute("class", "group-title"), HTMLAttribute("x", 0.0), HTMLAttribute("y", y + 14)]
            w.element("text", attributes, text: HTMLFormat.clipped(title, limit: 60))
            y += Self.titleHeight
          }
          for bar in group.bars {
            writeBar(bar, top: y, scale: scale, to: &w)
            y += Self.rowHeight
          }
        }
        scale.writeAxis(top: y, width: Self.width, to: &w)
      }
    }
  }

  private func writeBar(_ bar: Bar, top: Double, scale: HTMLRateScale, to w: inout HTMLWriter) {
    let p = bar.proportion
    var attributes = [
      HTMLAttribute("class", "bar-row"), HTMLAttribute("data-provider", bar.provider),
      HTMLAttribute("data-series", bar.series), HTMLAttribute("data-events", p.events),
      HTMLAttribute("data-trials", p.trials),
    ]
    if let value = p.value { attributes.append(HTMLAttribute("data-value", HTMLFormat.data(value))) }
    w.element("g", attributes) { w in
      let measured = p.trials > 0 ? HTMLFormat.rate(p) : bar.notComputed == nil ? "not measured" : "not computed"
      let detail = p.trials > 0 ? ", " + HTMLFormat.counts(p) : bar.notComputed.map { " (\($0))" } ?? ""
      let tooltip = "\(bar.provider) · \(bar.label): " + measured + detail
      w.element("title", text: tooltip)
      let label = HTMLFormat.clipped(bar.label, limit: 40) + " · n=\(p.trials)"
      w.element("text", [HTMLAttribute("x", 0.0), HTMLAttribute("y", top + 11)], text: label)
      w.element("text", [
        HTMLAttribute("class", "value"), HTMLAttribute("x", Self.width), HTMLAttribute("y", top + 11),
        HTMLAttribute("text-anchor", "end"),
      ], text: measured)
      let trackTop = top + Self.trackOffset
      w.shape("rect", [
        HTMLAttribute("class", "track"), HTMLAttribute("x", 0.0), HTMLAttribute("y", trackTop),
        HTMLAttribute("width", Self.width), HTMLAttribute("height", Self.trackHeight),
      ])
      for tick in scale.ticks.dropFirst() {
        let x = scale.position(tick, width: Self.width)
        w.shape("line", [
          HTMLAttribute("class", "grid"), HTMLAttribute("x1", x), HTMLAttribute("x2", x),
          HTMLAttribute("y1", trackTop), HTMLAttribute("y2", trackTop + Self.trackHeight),
        ])
      }
      guard let value = p.value, let interval = p.wilsonInterval() else { return }
      w.shape("rect", [
        HTMLAttribute("class", "bar " + bar.series), HTMLAttribute("x", 0.0), HTMLAttribute("y", trackTop),
        HTMLAttribute("width", scale.position(value, width: Self.width)), HTMLAttribute("height", Self.trackHeight),
      ])
      Self.writeWhisker(
        low: scale.position(interval.lowerBound, width: Self.width),
        high: scale.position(interval.upperBound, width: Self.width),
        middle: trackTop + Self.trackHeight / 2, to: &w)
    }
  }

  /// A Wilson interval's whisker across a bar's track, from `low` to `high` at height `middle`.
  static func writeWhisker(low: Double, high: Double, middle: Double, to w: inout HTMLWriter) {
    w.element("g", [HTMLAttribute("class", "whisker")]) { w in
      w.shape("line", [
        HTMLAttribute("x1", low), HTMLAttribute("x2", high), HTMLAttribute("y1", middle), HTMLAttribute("y2", middle),
      ])
      for x in [low, high] {
        w.shape("line", [
          HTMLAttribute("x1", x), HTMLAttribute("x2", x), HTMLAttribute("y1", middle - 4), HTMLAttribute("y2", middle + 4),
        ])
      }
    }
  }
}
