/// A plain data table: a header row and rows of cells, numeric columns
/// right-aligned, wrapped so it scrolls sideways on a narrow screen instead of
/// widening the page.
struct HTMLTable {
  /// One column's heading and whether it holds numbers.
  struct Column {
    /// The heading text.
    var title: String
    /// Right-align the column (tabular figures).
    var numeric: Bool = false
  }

  /// One row: its cells (text) and optional `class` and `data-*` hooks.
  struct Row {
    /// The cells, one per column.
    var cells: [String]
    /// The row's class, e.g. `sparse`.
    var className: String? = nil
    /// The value of the row's `data-provider` hook.
    var provider: String? = nil
    /// The row's `id`, for links to it from elsewhere in the page.
    var id: String? = nil
    /// Cells shown as a link, by column: the in-page address (`#…`) each points to.
    var links: [Int: String] = [:]
  }

  /// The table's `class`.
  var className: String
  /// The caption, if any.
  var caption: String?
  /// The columns.
  var columns: [Column]
  /// The rows, top to bottom.
  var rows: [Row]

  /// Writes the table inside its scrolling wrapper.
  func write(to w: inout HTMLWriter) {
    w.element("div", [HTMLAttribute("class", "table-wrap")]) { w in
      w.element("table", [HTMLAttribute("class", className)]) { w in
        if let caption { w.element("caption", text: caption) }
        w.element("thead") { w in
          w.element("tr") { w in
            for column in columns {
              w.element("th", column.numeric ? [HTMLAttribute("class", "num"), HTMLAttribute("scope", "col")] : [HTMLAttribute("scope", "col")], text: column.title)
            }
          }
        }
        w.element("tbody") { w in
          for row in rows {
            var attributes: [HTMLAttribute] = []
            if let className = row.className { attributes.append(HTMLAttribute("class", className)) }
            if let provider = row.provider { attributes.append(HTMLAttribute("data-provider", provider)) }
            if let id = row.id { attributes.append(HTMLAttribute("id", id)) }
            w.element("tr", attributes) { w in
              for (index, cell) in row.cells.enumerated() {
                let numeric = index < columns.count && columns[index].numeric
                if let link = row.links[index] {
                  w.element("td", numeric ? [HTMLAttribute("class", "num")] : []) { w in
                    w.element("a", [HTMLAttribute("href", link)], text: cell)
                  }
                } else {
                  w.element("td", numeric ? [HTMLAttribute("class", "num")] : [], text: cell)
                }
              }
            }
            w.newline()
          }
        }
      }
    }
  }
}
