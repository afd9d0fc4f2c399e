import CallAuditMetrics

/// The provider comparison for someone choosing a provider: the summary
/// sentence, the ranking table (ties shown as ties) and charts of each
/// provider's pooled rates.
enum HTMLRankingSection {
  /// Writes the summary sentence and the ranking table (`class="ranking"`).
  static func writeTable(_ ranking: ProviderRanking, to w: inout HTMLWriter) {
    w.element("p", [HTMLAttribute("class", "answer ranking-summary")], text: ranking.summary)
    let columns = [
      HTMLTable.Column(title: "Rank", numeric: true), HTMLTable.Column(title: "Provider"),
      HTMLTable.Column(title: "Scripted and unresolved", numeric: true), HTMLTable.Column(title: "Repeat contact", numeric: true),
      HTMLTable.Column(title: "Churn risk", numeric: true), HTMLTable.Column(title: "Clearly better than"),
      HTMLTable.Column(title: "Cannot be told apart from"),
    ]
    w.element("div", [HTMLAttribute("class", "table-wrap")]) { w in
      w.element("table", [HTMLAttribute("class", "ranking")]) { w in
        w.element("thead") { w in
          w.element("tr") { w in
            for column in columns {
              w.element("th", [HTMLAttribute("scope", "col")] + (column.numeric ? [HTMLAttribute("class", "num")] : []), text: column.title)
            }
          }
        }
        w.element("tbody") { w in
          for entry in ranking.entries {
            writeRow(entry, tied: ranking.entries.contains { $0.rank == entry.rank && $0.provider != entry.provider }, to: &w)
            w.newline()
          }
        }
      }
    }
    if let unranked = ranking.unrankedSentence {
      w.element("p", [HTMLAttribute("class", "unranked")], text: unranked)
    }
    w.element("p", [HTMLAttribute("class", "meta")],
              text: "Rank is one more than the number of providers clearly better on scripted-and-unresolved "
                + "(their difference has a 95% Newcombe interval that excludes 0); providers the data cannot tell apart share a rank. "
                + "Rates show the 95% Wilson interval in brackets.")
  }

  private static func writeRow(_ entry: ProviderRanking.Entry, tied: Bool, to w: inout HTMLWriter) {
    var attributes = [
      HTMLAttribute("data-provider", entry.provider), HTMLAttribute("data-rank", entry.rank),
      HTMLAttribute("data-tied", tied ? "true" : "false"),
    ]
    if tied { attributes.insert(HTMLAttribute("class", "tied"), at: 0) }
    w.element("tr", attributes) { w in
      w.element("td", [HTMLAttribute("class", "num rank")], text: String(entry.rank) + (tied ? " (tied)" : ""))
      w.element("th", [HTMLAttribute("scope", "row")], text: entry.provider)
      for proportion in [entry.scriptedUnresolved, entry.repeatContacts, entry.churnRisk] {
        w.element("td", [HTMLAttribute("class", "num")], text: HTMLFormat.rate(proportion))
      }
      w.element("td", [HTMLAttribute("class", "better-than")], text: entry.clearlyBetterThan.isEmpty ? "–" : entry.clearlyBetterThan.joined(separator: ", "))
      w.element("td", [HTMLAttribute("class", "tied-with")], text: entry.tiedWith.isEmpty ? "–" : entry.tiedWith.joined(separator: ", "))
    }
  }

  /// Writes one chart per ranked rate, one bar per provider in rank order.
  static func writeCharts(_ ranking: ProviderRanking, to w: inout HTMLWriter) {
    HTMLRateCharts.writeLegend([("all", "all contacts of the provider")], to: &w)
    let charted: [(RateMeasure.Name, KeyPath<ProviderRanking.Entry, Proportion>)] = [
      (.scriptedUnresolved, \.scriptedUnresolved), (.repeat, \.repeatContacts), (.churnRisk, \.churnRisk),
    ]
    w.element("div", [HTMLAttribute("class", "charts")]) { w in
      for (rate, path) in charted {
        let bars = ranking.entries.map { entry in
          HTMLBarChart.Bar(label: entry.provider, series: "all", provider: entry.provider, proportion: entry[keyPath: path])
        }
        HTMLBarChart(rate: rate, groups: [HTMLBarChart.Group(title: nil, bars: bars)]).write(to: &w)
        w.newline()
      }
    }
  }
}
