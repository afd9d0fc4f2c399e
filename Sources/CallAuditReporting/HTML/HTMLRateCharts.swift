import CallAuditMetrics
import CallAuditModel

/// The evidence behind the verdicts: one bar chart per rate, each bar a
/// provider's sourcing group with its Wilson interval.
enum HTMLRateCharts {
  /// Writes the legend and the grid of charts (`class="charts"`).
  /// Call rates that no group computes (`hidden`) get no chart; the rates no
  /// provider computes for the same reason (`shared`) are explained once.
  static func write(
    _ providers: [ProviderReport], hidden: Set<RateMeasure.Name> = [],
    shared: (names: Set<RateMeasure.Name>, lines: [String]) = ([], []), to w: inout HTMLWriter
  ) {
    let present = Sourcing.allCases.filter { sourcing in providers.contains { $0.groups.contains { $0.sourcing == sourcing } } }
    writeLegend(present.map { ($0.rawValue, $0.rawValue) }, to: &w)
    w.element("div", [HTMLAttribute("class", "charts")]) { w in
      for rate in HTMLLabels.chartedRates where !hidden.contains(rate) {
        let groups = providers.map { provider in
          HTMLBarChart.Group(title: provider.name, bars: provider.groups.compactMap { group in
            group.rate(rate).map {
              HTMLBarChart.Bar(
                label: group.sourcing.rawValue, series: group.sourcing.rawValue, provider: provider.name,
                proportion: $0.proportion, notComputed: $0.notComputed)
            }
          })
        }.filter { !$0.bars.isEmpty }
        guard !groups.isEmpty else { continue }
        HTMLBarChart(rate: rate, groups: groups).write(to: &w)
        w.newline()
      }
    }
    writeAvailability(providers, hidden: hidden, shared: shared, to: &w)
  }

  /// Says, per provider, which rates could not be computed or only in part, and why.
  private static func writeAvailability(
    _ providers: [ProviderReport], hidden: Set<RateMeasure.Name>,
    shared: (names: Set<RateMeasure.Name>, lines: [String]), to w: inout HTMLWriter
  ) {
    let notes = providers.map { ($0.name, AvailabilityNotes.groupLines($0, hidden: hidden.union(shared.names))) }
      .filter { !$0.1.isEmpty }
    guard !notes.isEmpty || !shared.lines.isEmpty else { return }
    w.element("ul", [HTMLAttribute("class", "availability meta")]) { w in
      for line in shared.lines {
        w.element("li", [HTMLAttribute("data-provider", "")], text: "Not computed for any provider: \(line)")
      }
      for (provider, lines) in notes {
        for line in lines {
          w.element("li", [HTMLAttribute("data-provider", provider)], text: "\(provider): \(line)")
        }
      }
    }
  }

  /// Writes a legend of colour swatches, each `(series, label)`.
  static func writeLegend(_ entries: [(series: String, label: String)], to w: inout HTMLWriter) {
    w.element("p", [HTMLAttribute("class", "legend")]) { w in
      for entry in entries {
        w.element("span") { w in
          w.element("span", [HTMLAttribute("class", "swatch " + entry.series)], text: "")
          w.text(entry.label)
        }
      }
      w.element("span", text: "whiskers: 95% Wilson interval")
    }
  }
}
