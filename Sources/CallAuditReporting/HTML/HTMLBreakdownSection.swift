import CallAuditMetrics

/// The breakdown (`--by`): per provider, a chart of its cells' scripted-and-unresolved
/// rates (by period when a dimension is a week or month, ``HTMLSeriesCharts``) and a table
/// of its cells, each row's flagged count linking to the cell's flagged contacts
/// (``HTMLCellDrilldown``).
///
/// Hooks: `section#breakdown[data-by]`, `tr[id^=cell-][data-provider]`,
/// `svg.breakdown-chart a[href]`.
enum HTMLBreakdownSection {
  /// Cells a provider's table shows; the JSON report lists them all.
  static var cellsShown: Int { MarkdownReportRenderer.breakdownCellsShown }
  /// Bars a provider's chart shows.
  static let barsShown = 30

  /// Writes the section's body.
  static func write(_ index: HTMLCellIndex, to w: inout HTMLWriter) {
    let breakdown = index.breakdown
    for note in BreakdownRows.notes(breakdown) { w.element("p", [HTMLAttribute("class", "meta")], text: note) }
    guard !breakdown.exceeded else { return }
    if breakdown.cells.isEmpty { w.element("p", text: "No contact was read, so there is no cell to show.") }
    let timed = breakdown.dimensions.contains(where: \.isTime)
    if !timed, !breakdown.cells.isEmpty {
      HTMLRateCharts.writeLegend(
        [("outsourced", "outsourced"), ("in-house", "in-house"), ("all", "mixed or unknown")], to: &w)
    }
    for (provider, cells) in BreakdownRows.byProvider(breakdown) {
      w.newline()
      w.element("div", [HTMLAttribute("class", "breakdown-provider"), HTMLAttribute("data-provider", provider)]) { w in
        w.element("h3", text: provider)
        if !timed { HTMLBreakdownChart(provider: provider, cells: cells, index: index).write(to: &w) }
        writeTable(provider, cells, index: index, to: &w)
      }
    }
  }

  private static func writeTable(_ provider: String, _ cells: [BreakdownCell], index: HTMLCellIndex, to w: inout HTMLWriter) {
    let breakdown = index.breakdown
    let header = BreakdownRows.header(breakdown)
    let flaggedColumn = header.count - 2
    let rows = cells.prefix(cellsShown).map { cell in
      let number = index.number(of: cell)
      var row = HTMLTable.Row(
        cells: BreakdownRows.row(cell), className: cell.tooSmall ? "sparse" : nil, provider: provider,
        id: number.map(HTMLCellIndex.rowID))
      if let number, index.hasList(cell) { row.links[flaggedColumn] = "#" + HTMLCellIndex.listID(number) }
      return row
    }
    HTMLTable(
      className: "breakdown",
      caption: nil,
      columns: header.indices.map { HTMLTable.Column(title: header[$0], numeric: BreakdownRows.isNumeric($0, of: breakdown)) },
      rows: Array(rows)
    ).write(to: &w)
    if cells.count > cellsShown {
      w.element("p", [HTMLAttribute("class", "meta")],
                text: "… and \(HTMLFormat.plural(cells.count - cellsShown, "more cell")) (--format json lists them all).")
    }
  }
}
