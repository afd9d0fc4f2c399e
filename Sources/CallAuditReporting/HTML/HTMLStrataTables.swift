import CallAuditMetrics

/// Each provider's strata behind the adjusted ratio, in a collapsible table:
/// both arms' counts and rates, the stratum's own ratio, and whether it enters
/// the Mantel–Haenszel estimate. Sparse strata are greyed out.
enum HTMLStrataTables {
  /// Writes one `<details class="strata">` per provider that has strata.
  static func write(_ providers: [ProviderReport], minimumArm: Int, to w: inout HTMLWriter) {
    for provider in providers {
      let strata = provider.outsourcing.comparison.strata
      guard !strata.isEmpty else { continue }
      w.element("details", [HTMLAttribute("class", "strata"), HTMLAttribute("data-provider", provider.name)]) { w in
        w.element("summary", text: "\(provider.name): \(HTMLFormat.plural(strata.count, "stratum", "strata")) (\(provider.outsourcing.stratifiedBy))")
        let columns = [
          HTMLTable.Column(title: "Stratum"), HTMLTable.Column(title: "Outsourced", numeric: true),
          HTMLTable.Column(title: "In-house", numeric: true), HTMLTable.Column(title: "Risk ratio", numeric: true),
          HTMLTable.Column(title: "In adjusted"),
        ]
        let rows = strata.map { stratum in
          HTMLTable.Row(cells: [
            stratum.label, arm(stratum.exposed), arm(stratum.unexposed), HTMLFormat.estimate(stratum.riskRatio),
            stratum.contributesToAdjusted ? "yes" : "no (an arm is empty)",
          ], className: stratum.isSparse ? "sparse" : nil)
        }
        HTMLTable(className: "strata-table", caption: nil, columns: columns, rows: rows).write(to: &w)
        w.element("p", [HTMLAttribute("class", "meta")], text: "Grey rows have fewer than \(minimumArm) contacts in an arm: too noisy to read alone, though they still count in the adjusted ratio.")
      }
      w.newline()
    }
  }

  private static func arm(_ proportion: Proportion) -> String {
    proportion.trials > 0 ? HTMLFormat.counts(proportion) + " · " + HTMLFormat.percent(proportion.value ?? 0) : "–"
  }
}
