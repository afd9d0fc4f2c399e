/// A plain-text table with a header row, right-aligned numeric columns and
/// columns sized to their widest cell (counted in characters, not bytes).
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

  /// The table as lines, each starting with `indent`.
  func render(indent: String = "  ") -> String {
    var widths = columns.map { $0.title.count }
    for row in rows {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], cell.count)
      }
    }
    func line(_ cells: [String]) -> String {
      var parts: [String] = []
      for (index, cell) in cells.enumerated() where index < widths.count {
        let padding = String(repeating: " ", count: widths[index] - cell.count)
        parts.append(columns[index].alignment == .left ? cell + padding : padding + cell)
      }
      var text = indent + parts.joined(separator: "  ")
      while text.last == " " { text.removeLast() }
      return text
    }
    return ([line(columns.map(\.title))] + rows.map(line)).joined(separator: "\n") + "\n"
  }
}
