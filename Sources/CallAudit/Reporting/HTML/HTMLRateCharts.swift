/// The evidence behind the verdicts: one bar chart per rate, each bar a
/// provider's sourcing group with its Wilson interval.
enum HTMLRateCharts {
  /// Writes the legend and the grid of charts (`class="charts"`).
  static func write(_ providers: [ProviderReport], to w: inout HTMLWriter) {
    let present = Sourcing.allCases.filter { sourcing in providers.contains { $0.groups.contains { $0.sourcing == sourcing } } }
    writeLegend(present.map { ($0.rawValue, $0.rawValue) }, to: &w)
    w.element("div", [HTMLAttribute("class", "charts")]) { w in
      for rate in HTMLLabels.chartedRates {
        let groups = providers.map { provider in
          HTMLBarChart.Group(title: provider.name, bars: provider.groups.compactMap { group in
            group.rate(rate).map {
              HTMLBarChart.Bar(label: group.sourcing.rawValue, series: group.sourcing.rawValue, provider: provider.name, proportion: $0.proportion)
            }
          })
        }.filter { !$0.bars.isEmpty }
        guard !groups.isEmpty else { continue }
        HTMLBarChart(rate: rate, groups: groups).write(to: &w)
        w.newline()
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
