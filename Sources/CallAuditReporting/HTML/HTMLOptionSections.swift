import CallAuditMetrics

/// The sections `--by` and `--coaching` add to a page (the breakdown, its series and
/// drill-down, the agents for coaching): their style, contents entries and bodies, the same
/// on the analysis and the comparison page but for one fact, whether the page quotes the
/// flagged contacts (``quotesFlagged``).
struct HTMLOptionSections {
  /// The breakdown's cells, when the report has one.
  let cells: HTMLCellIndex?
  private let report: AnalysisReport
  /// Whether the page quotes flagged contacts: cells then list theirs and agents' examples
  /// link to them; a comparison page quotes none.
  private let quotesFlagged: Bool

  init(_ report: AnalysisReport, quotesFlagged: Bool) {
    cells = report.breakdown.map { HTMLCellIndex(report, breakdown: $0, drillsDown: quotesFlagged) }
    self.report = report
    self.quotesFlagged = quotesFlagged
  }

  /// The style the breakdown and the site verdicts need, when the page shows either.
  var extraStyle: StaticString? {
    cells != nil || HTMLSiteVerdicts.hasAny(report.providers) ? HTMLBreakdownStyle.css : nil
  }

  /// The contents entries of the sections, in page order.
  var contents: [(id: String, title: String)] {
    (cells.map(Self.breakdownContents) ?? []) + (report.agents == nil ? [] : [("coaching", AgentCoachingRows.title)])
  }

  /// Writes the sections, each through `section` (the page's own section markup).
  func write(
    to w: inout HTMLWriter, section: (String, String, inout HTMLWriter, (inout HTMLWriter) -> Void) -> Void
  ) {
    if let cells {
      let entries = Self.breakdownContents(cells).map(\.id)
      section("breakdown", BreakdownRows.title(cells.breakdown), &w) { w in HTMLBreakdownSection.write(cells, to: &w) }
      if entries.contains("series") {
        section("series", "Rates over time", &w) { w in HTMLSeriesCharts(index: cells).write(to: &w) }
      }
      if entries.contains("cell-flagged") {
        section("cell-flagged", "Flagged contacts by cell", &w) { w in HTMLCellDrilldown.write(cells, to: &w) }
      }
    }
    if let agents = report.agents {
      section("coaching", AgentCoachingRows.title, &w) { w in
        HTMLCoachingSection.write(report, agents: agents, quoting: quotesFlagged, to: &w)
      }
    }
  }

  /// The contents entries of the breakdown's sections.
  private static func breakdownContents(_ cells: HTMLCellIndex) -> [(id: String, title: String)] {
    let breakdown = cells.breakdown
    var entries = [(id: "breakdown", title: "Breakdown")]
    guard !breakdown.exceeded else { return entries }
    if breakdown.dimensions.contains(where: \.isTime) { entries.append(("series", "Over time")) }
    if breakdown.cells.contains(where: cells.hasList) { entries.append(("cell-flagged", "Flagged by cell")) }
    return entries
  }
}
