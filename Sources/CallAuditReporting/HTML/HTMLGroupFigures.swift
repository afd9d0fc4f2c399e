import CallAuditMetrics

/// The per-group figures that are not rates — contacts, counts, handle time,
/// CSAT, censoring — as one table, so every number behind the charts is there.
enum HTMLGroupFigures {
  /// Writes the table (`class="group-figures"`).
  static func write(_ providers: [ProviderReport], to w: inout HTMLWriter) {
    let columns = [
      HTMLTable.Column(title: "Provider"), HTMLTable.Column(title: "Sourcing"),
      HTMLTable.Column(title: "Contacts", numeric: true), HTMLTable.Column(title: "Unresolved", numeric: true),
      HTMLTable.Column(title: "Flagged", numeric: true), HTMLTable.Column(title: "Lost", numeric: true),
      HTMLTable.Column(title: "Churn risk", numeric: true), HTMLTable.Column(title: "Repeats", numeric: true),
      HTMLTable.Column(title: "Censored", numeric: true), HTMLTable.Column(title: "Script score", numeric: true),
      HTMLTable.Column(title: "Handle time p50 / p90", numeric: true), HTMLTable.Column(title: "CSAT (n)", numeric: true),
    ]
    var rows: [HTMLTable.Row] = []
    for provider in providers {
      for group in provider.groups {
        rows.append(HTMLTable.Row(cells: [
          provider.name, group.sourcing.rawValue, String(group.contacts), String(group.unresolved),
          String(group.scriptedUnresolved), String(group.lost), String(group.churnRisk), String(group.repeats),
          String(group.censored), group.meanScriptScore.map { HTMLFormat.fixed($0, places: 2) } ?? "–",
          group.handleTime.map { HTMLFormat.duration($0.median) + " / " + HTMLFormat.duration($0.p90) } ?? "–",
          group.csat.map { HTMLFormat.fixed($0.mean, places: 2) + " (\($0.count))" } ?? "–",
        ], provider: provider.name))
      }
    }
    HTMLTable(className: "group-figures", caption: nil, columns: columns, rows: rows).write(to: &w)
  }
}
