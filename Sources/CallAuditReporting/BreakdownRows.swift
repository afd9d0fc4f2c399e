import CallAuditMetrics

/// What the text, Markdown and HTML reports show of a breakdown (`--by`): its title,
/// columns, one row per cell and the notes that go with it.
enum BreakdownRows {
  /// `Breakdown by site × week`.
  static func title(_ breakdown: BreakdownReport) -> String {
    "Breakdown by " + breakdown.dimensions.map(\.rawValue).joined(separator: " × ")
  }

  /// The column titles: one per dimension, then the counts and rates.
  static func header(_ breakdown: BreakdownReport) -> [String] {
    breakdown.dimensions.map(\.rawValue) + [
      "contacts", "scripted+unresolved", "unresolved", "repeat", "churn risk", "flagged", "lost",
    ]
  }

  /// Columns after the dimensions hold numbers.
  static func isNumeric(_ column: Int, of breakdown: BreakdownReport) -> Bool {
    column >= breakdown.dimensions.count
  }

  /// A cell's row: its values, contacts, the rates with their intervals (or `too small`), flagged and lost.
  static func row(_ cell: BreakdownCell) -> [String] {
    let rates = BreakdownReport.rateNames.map { name in
      cell.tooSmall ? "too small" : TextReportRenderer.rate(cell.rate(name))
    }
    return cell.values.map(\.label) + [String(cell.contacts)] + rates + [String(cell.flagged), String(cell.lost)]
  }

  /// The cells grouped by provider, in the report's order.
  static func byProvider(_ breakdown: BreakdownReport) -> [(provider: String, cells: [BreakdownCell])] {
    var groups: [(provider: String, cells: [BreakdownCell])] = []
    for cell in breakdown.cells {
      if groups.last?.provider == cell.provider {
        groups[groups.count - 1].cells.append(cell)
      } else {
        groups.append((cell.provider, [cell]))
      }
    }
    return groups
  }

  /// What the reader needs to read the table: the order, the small cells, the agents'
  /// pseudonyms; or why there is no table.
  static func notes(_ breakdown: BreakdownReport) -> [String] {
    guard !breakdown.exceeded else {
      return [
        "Not computed: the contacts fall into more than \(breakdown.cellLimit) cells; break them down by fewer "
          + "or coarser dimensions (month rather than week, site rather than agent)."
      ]
    }
    let timed = breakdown.dimensions.contains(where: \.isTime)
    var notes = [
      (timed
        ? "Cells in time order (ISO weeks and months of the opening time, UTC)."
        : "Cells ranked by their scripted-and-unresolved rate, highest first.")
        + " Cells of fewer than \(breakdown.minimumContacts) contacts are too small to rate"
        + (timed ? "." : " and are listed last, unranked.")
    ]
    if breakdown.dimensions.contains(.agent) {
      notes.append(agentsNote(named: breakdown.agentsNamed))
    }
    return notes
  }

  /// How agents are named: by the export's ids (`--show-agents`) or by pseudonyms.
  static func agentsNote(named: Bool) -> String {
    named
      ? "Agents are shown by the id the export gives (--show-agents)."
      : "Agents are shown as pseudonyms, the same for the same agent in every report; --show-agents shows their ids."
  }

  /// The breakdown's dimensions as JSON-style names: `["site", "week"]`.
  static func dimensionNames(_ breakdown: BreakdownReport) -> [String] { breakdown.dimensions.map(\.rawValue) }
}
