import CallAuditMetrics

/// With a week or month among the breakdown's dimensions: the headline rates over time as
/// small multiples, one small chart per provider and rate, one line per value of the other
/// dimensions (a site, say: outsourced or in-house as its contacts are), each point with
/// its Wilson interval as a whisker and linked to the cell's flagged contacts. A period
/// whose cell is too small to rate, or has no contact, is a gap in the line.
///
/// Hooks: `div.series-provider[data-provider]`, `figure.series-chart[data-rate]`,
/// `g[data-line]`, `circle.point[data-cell][data-value]`, `line.gap-mark[data-cell]`.
struct HTMLSeriesCharts {
  /// The anchors and the breakdown.
  var index: HTMLCellIndex

  /// Most lines one small chart draws: the lines with the most contacts.
  static let linesShown = 6

  /// One line: the values of the other dimensions, and its cells by period label.
  struct Line {
    var label: String
    var sourcing: String
    var contacts: Int
    var cells: [String: BreakdownCell]
  }

  /// Writes the section's body, or a sentence when no dimension is a period.
  func write(to w: inout HTMLWriter) {
    let breakdown = index.breakdown
    guard let time = breakdown.dimensions.firstIndex(where: \.isTime) else { return }
    w.element("p", [HTMLAttribute("class", "meta")],
              text: "Each small chart is one provider's rate per \(breakdown.dimensions[time].rawValue), with 95% Wilson "
                + "intervals as whiskers; a gap is a period with no contacts or fewer than \(breakdown.minimumContacts) "
                + "(too small to rate). Each point links to its cell's flagged contacts. The same cells are in the table above "
                + "and, whole, in the JSON report's breakdowns.")
    for (provider, cells) in BreakdownRows.byProvider(breakdown) {
      let (periods, lines, untimed) = Self.lines(cells, time: time)
      guard !periods.isEmpty else { continue }
      w.newline()
      w.element("div", [HTMLAttribute("class", "series-provider"), HTMLAttribute("data-provider", provider)]) { w in
        w.element("h3", text: provider)
        let shown = Array(lines.prefix(Self.linesShown))
        w.element("ul", [HTMLAttribute("class", "legend")]) { w in
          for (number, line) in shown.enumerated() {
            let name = line.label.isEmpty ? "all contacts" : line.label
            w.element("li", [HTMLAttribute("class", "series-\(number)")], text: name + " (" + line.sourcing + ")")
          }
        }
        var notes: [String] = []
        if lines.count > shown.count {
          notes.append("Drawn: the \(shown.count) lines with the most contacts of \(lines.count); the table above has every cell.")
        }
        if untimed > 0 { notes.append("\(HTMLFormat.plural(untimed, "cell")) without a time are not drawn.") }
        if !notes.isEmpty { w.element("p", [HTMLAttribute("class", "meta")], text: notes.joined(separator: " ")) }
        w.element("div", [HTMLAttribute("class", "series-grid")]) { w in
          for rate in BreakdownReport.rateNames {
            HTMLSeriesChart(provider: provider, rate: rate, periods: periods, lines: shown, index: index).write(to: &w)
            w.newline()
          }
        }
      }
    }
  }

  /// A provider's periods (in time order), its lines (most contacts first) and its cells without a time.
  static func lines(_ cells: [BreakdownCell], time: Int) -> (periods: [String], lines: [Line], untimed: Int) {
    var periods = Set<String>()
    var lines: [[BreakdownCell.Value]: Line] = [:]
    var untimed = 0
    for cell in cells {
      let period = cell.values[time]
      guard period.given else {
        untimed += 1
        continue
      }
      periods.insert(period.label)
      var others = cell.values
      others.remove(at: time)
      var line = lines[others] ?? Line(
        label: others.map(\.label).joined(separator: " · "), sourcing: "", contacts: 0, cells: [:])
      line.contacts += cell.contacts
      line.cells[period.label] = cell
      lines[others] = line
    }
    var ordered: [Line] = []
    for var line in lines.values {
      var outsourced = 0, inHouse = 0
      for cell in line.cells.values {
        outsourced += cell.outsourced
        inHouse += cell.inHouse
      }
      line.sourcing = outsourced == line.contacts ? "outsourced" : inHouse == line.contacts ? "in-house" : "mixed"
      ordered.append(line)
    }
    ordered.sort { a, b in a.contacts != b.contacts ? a.contacts > b.contacts : a.label < b.label }
    // `2025-W07` and `2025-03` sort in time order as text.
    return (periods.sorted(), ordered, untimed)
  }
}
