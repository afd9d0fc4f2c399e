/// A plain-text table with a header row, right-aligned numeric columns and
/// columns sized to their widest cell in terminal columns (so accented and
/// wide characters line up).
struct TextTable {
  enum Alignment {
    case left
    case right
  }

  var columns: [(title: String, alignment: Alignment)]
  var rows: [[String]] = []

  init(_ columns: [(String, Alignment)]) {
    self.columns = columns.map { (title: $0.0, alignment: $0.1) }
  }

  mutating func append(_ row: [String]) { rows.append(row) }

  /// The width of the widest rendered line.
  var width: Int {
    let widths = columnWidths
    return 2 + widths.reduce(0, +) + 2 * max(0, widths.count - 1)
  }

  private var columnWidths: [Int] {
    var widths = columns.map { DisplayWidth.of($0.title) }
    for row in rows {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], DisplayWidth.of(cell))
      }
    }
    return widths
  }

  /// The table as lines, each starting with `indent`.
  func render(indent: String = "  ") -> String {
    let widths = columnWidths
    func line(_ cells: [String]) -> String {
      var parts: [String] = []
      for (index, cell) in cells.enumerated() where index < widths.count {
        let padding = String(repeating: " ", count: widths[index] - DisplayWidth.of(cell))
        parts.append(columns[index].alignment == .left ? cell + padding : padding + cell)
      }
      var text = indent + parts.joined(separator: "  ")
      while text.last == " " { text.removeLast() }
      return text
    }
    return ([line(columns.map(\.title))] + rows.map(line)).joined(separator: "\n") + "\n"
  }

  /// The same table turned on its side — one row per column, one column per
  /// row — which is narrower when there are few rows and many columns.
  func transposed() -> TextTable {
    var table = TextTable([(columns[0].title, .left)] + rows.map { ($0.first ?? "", Alignment.right) })
    for (index, column) in columns.enumerated().dropFirst() {
      table.append([column.title] + rows.map { index < $0.count ? $0[index] : "" })
    }
    return table
  }

  /// The table, turned on its side if it would not fit in `maximumWidth` columns.
  func render(fitting maximumWidth: Int?) -> String {
    guard let maximumWidth, width > maximumWidth else { return render() }
    return transposed().render()
  }
}
