import CallAuditMetrics

/// The forest plot, as one inline SVG (`id="forest-plot"`): per provider the
/// issue-mix-adjusted (Mantel–Haenszel) and crude risk ratios of ending
/// scripted and unresolved, outsourced ÷ in-house, then each stratum that has
/// an estimate, on a log scale with a reference line at 1 and the two ends of
/// the margin of practical equivalence (by default 0.8 and 1.25).
struct HTMLForestPlot {
  /// One plotted line.
  private struct Row {
    /// `adjusted`, `crude` or `stratum`.
    var kind: String
    /// What the row estimates, e.g. "no-internet · call".
    var label: String
    /// The ratio and its interval, or `nil` when undefined.
    var estimate: RiskRatioEstimate?
    /// Whether an arm is below the minimum size (drawn grey).
    var sparse: Bool
    /// The counts behind the estimate, for the tooltip.
    var detail: String
  }

  /// The providers plotted: those with any risk ratio, most severe verdict first.
  var providers: [ProviderReport]
  /// The smallest arm size, to explain greyed-out strata.
  var minimumArm: Int
  /// The margin of practical equivalence, drawn as two dashed lines.
  var margin: PracticalMargin = .standard

  private static let width = 400.0
  private static let inset = 6.0
  private static let headingHeight = 24.0
  private static let rowHeight = 28.0
  private static let noteHeight = 18.0
  private static let gap = 10.0
  private static let axisHeight = 38.0

  /// A plot of the providers of `all` that have a risk ratio to show (adjusted,
  /// crude or of a stratum), most severe verdict first.
  init(providers all: [ProviderReport], minimumArm: Int, margin: PracticalMargin = .standard) {
    providers = all.filter(Self.hasEstimate).sorted(by: VerdictList.moreSevere)
    self.minimumArm = minimumArm
    self.margin = margin
  }

  /// Whether `provider` has any risk ratio to plot.
  static func hasEstimate(_ provider: ProviderReport) -> Bool {
    let c = provider.outsourcing.comparison
    return c.adjusted != nil || c.crude != nil || c.strata.contains { $0.riskRatio != nil }
  }

  /// Writes the plot's `<svg>`.
  func write(to w: inout HTMLWriter) {
    let plotted = providers.map { ($0, rows(for: $0)) }
    var values: [Double] = [margin.low, margin.high]
    for (_, rows) in plotted {
      for case let estimate? in rows.map(\.estimate) {
        values += [estimate.ratio, estimate.interval.lowerBound, estimate.interval.upperBound]
      }
    }
    let scale = HTMLLogScale(covering: values)
    var height = Self.axisHeight
    for (provider, rows) in plotted {
      height += Self.headingHeight + Double(rows.count) * Self.rowHeight + Self.gap
      if missingStrata(provider) > 0 { height += Self.noteHeight }
    }
    let label = "Forest plot: risk ratios of ending scripted and unresolved, outsourced ÷ in-house, log scale"
    w.element("svg", [
      HTMLAttribute("id", "forest-plot"), HTMLAttribute("class", "chart forest"),
      HTMLAttribute("viewBox", "0 0 \(HTMLFormat.coordinate(Self.width)) \(HTMLFormat.coordinate(height))"),
      HTMLAttribute("width", Self.width), HTMLAttribute("height", height),
      HTMLAttribute("role", "img"), HTMLAttribute("aria-label", label),
    ]) { w in
      w.element("title", text: label)
      let plotWidth = Self.width - 2 * Self.inset
      let bottom = height - Self.axisHeight
      var y = 0.0
      for (provider, rows) in plotted {
        let verdict = provider.outsourcing.comparison.verdict.rawValue
        w.element("g", [
          HTMLAttribute("class", "forest-provider"), HTMLAttribute("data-provider", provider.name),
          HTMLAttribute("data-verdict", verdict),
        ]) { w in
          w.element("text", [HTMLAttribute("class", "group-title"), HTMLAttribute("x", 0.0), HTMLAttribute("y", y + 16)],
                    text: HTMLFormat.clipped(provider.name, limit: 40))
          w.element("text", [
            HTMLAttribute("class", "verdict-word"), HTMLAttribute("x", Self.width), HTMLAttribute("y", y + 16),
            HTMLAttribute("text-anchor", "end"),
          ], text: verdict)
          y += Self.headingHeight
          for row in rows {
            writeGuides(top: y + 13, bottom: y + Self.rowHeight, scale: scale, to: &w)
            write(row, provider: provider.name, top: y, scale: scale, to: &w)
            y += Self.rowHeight
          }
          let missing = missingStrata(provider)
          if missing > 0 {
            w.element("text", [HTMLAttribute("class", "muted"), HTMLAttribute("x", 0.0), HTMLAttribute("y", y + 12)],
                      text: "+ \(HTMLFormat.plural(missing, "stratum", "strata")) without an estimate (an arm with no contacts or no events)")
            y += Self.noteHeight
          }
        }
        y += Self.gap
      }
      scale.writeAxis(top: bottom, left: Self.inset, width: plotWidth, to: &w)
    }
  }

  private func rows(for provider: ProviderReport) -> [Row] {
    let c = provider.outsourcing.comparison
    var rows = [
      Row(kind: "adjusted", label: "Adjusted for issue mix (Mantel–Haenszel)", estimate: c.adjusted, sparse: false,
          detail: "stratified by \(provider.outsourcing.stratifiedBy)"),
      Row(kind: "crude", label: "Crude (not adjusted)", estimate: c.crude, sparse: false,
          detail: "outsourced \(HTMLFormat.counts(c.exposed)), in-house \(HTMLFormat.counts(c.unexposed))"),
    ]
    for stratum in c.strata where stratum.riskRatio != nil {
      var detail = "outsourced \(HTMLFormat.counts(stratum.exposed)), in-house \(HTMLFormat.counts(stratum.unexposed))"
      if stratum.isSparse { detail += "; fewer than \(minimumArm) contacts in an arm" }
      rows.append(Row(kind: "stratum", label: stratum.label, estimate: stratum.riskRatio, sparse: stratum.isSparse, detail: detail))
    }
    return rows
  }

  /// The no-difference line at 1 and the dashed lines at the margin's ends,
  /// drawn only in a row's plot band so they never cross its label.
  private func writeGuides(top: Double, bottom: Double, scale: HTMLLogScale, to w: inout HTMLWriter) {
    for (ratio, kind) in [(1.0, "reference"), (margin.low, "margin"), (margin.high, "margin")] {
      let x = scale.position(ratio, left: Self.inset, width: Self.width - 2 * Self.inset)
      w.shape("line", [
        HTMLAttribute("class", kind), HTMLAttribute("x1", x), HTMLAttribute("x2", x),
        HTMLAttribute("y1", top), HTMLAttribute("y2", bottom),
      ])
    }
  }

  private func missingStrata(_ provider: ProviderReport) -> Int {
    provider.outsourcing.comparison.strata.filter { $0.riskRatio == nil }.count
  }

  private func write(_ row: Row, provider: String, top: Double, scale: HTMLLogScale, to w: inout HTMLWriter) {
    var attributes = [
      HTMLAttribute("class", "estimate \(row.kind)" + (row.sparse ? " sparse" : "")),
      HTMLAttribute("data-kind", row.kind), HTMLAttribute("data-label", row.label),
    ]
    if let estimate = row.estimate {
      attributes += [
        HTMLAttribute("data-ratio", HTMLFormat.data(estimate.ratio)),
        HTMLAttribute("data-lower", HTMLFormat.data(estimate.interval.lowerBound)),
        HTMLAttribute("data-upper", HTMLFormat.data(estimate.interval.upperBound)),
      ]
    }
    w.element("g", attributes) { w in
      let value = HTMLFormat.estimate(row.estimate)
      w.element("title", text: "\(provider) · \(row.label): \(value); \(row.detail)")
      w.element("text", [HTMLAttribute("x", Self.inset), HTMLAttribute("y", top + 11)], text: HTMLFormat.clipped(row.label, limit: 44))
      w.element("text", [
        HTMLAttribute("class", "value"), HTMLAttribute("x", Self.width), HTMLAttribute("y", top + 11),
        HTMLAttribute("text-anchor", "end"),
      ], text: value)
      guard let estimate = row.estimate else { return }
      let width = Self.width - 2 * Self.inset
      let middle = top + 20
      let low = scale.position(estimate.interval.lowerBound, left: Self.inset, width: width)
      let high = scale.position(estimate.interval.upperBound, left: Self.inset, width: width)
      w.shape("line", [
        HTMLAttribute("class", "interval"), HTMLAttribute("x1", low), HTMLAttribute("x2", high),
        HTMLAttribute("y1", middle), HTMLAttribute("y2", middle),
      ])
      if scale.isBelow(estimate.interval.lowerBound) { writeArrow(at: low, middle: middle, pointing: -1, to: &w) }
      if scale.isAbove(estimate.interval.upperBound) { writeArrow(at: high, middle: middle, pointing: 1, to: &w) }
      writeMarker(row.kind, x: scale.position(estimate.ratio, left: Self.inset, width: width), y: middle, to: &w)
    }
  }

  private func writeArrow(at x: Double, middle: Double, pointing direction: Double, to w: inout HTMLWriter) {
    let back = x - direction * 6
    let path = "M\(HTMLFormat.coordinate(x)) \(HTMLFormat.coordinate(middle))"
      + "L\(HTMLFormat.coordinate(back)) \(HTMLFormat.coordinate(middle - 4))"
      + "L\(HTMLFormat.coordinate(back)) \(HTMLFormat.coordinate(middle + 4))Z"
    w.shape("path", [HTMLAttribute("class", "marker arrow"), HTMLAttribute("d", path)])
  }

  private func writeMarker(_ kind: String, x: Double, y: Double, to w: inout HTMLWriter) {
    switch kind {
    case "adjusted":
      let path = "M\(HTMLFormat.coordinate(x)) \(HTMLFormat.coordinate(y - 7))"
        + "L\(HTMLFormat.coordinate(x + 7)) \(HTMLFormat.coordinate(y))"
        + "L\(HTMLFormat.coordinate(x)) \(HTMLFormat.coordinate(y + 7))"
        + "L\(HTMLFormat.coordinate(x - 7)) \(HTMLFormat.coordinate(y))Z"
      w.shape("path", [HTMLAttribute("class", "marker"), HTMLAttribute("d", path)])
    case "crude":
      w.shape("rect", [
        HTMLAttribute("class", "marker"), HTMLAttribute("x", x - 4), HTMLAttribute("y", y - 4),
        HTMLAttribute("width", 8.0), HTMLAttribute("height", 8.0),
      ])
    default:
      w.shape("circle", [HTMLAttribute("class", "marker"), HTMLAttribute("cx", x), HTMLAttribute("cy", y), HTMLAttribute("r", 3.5)])
    }
  }
}
