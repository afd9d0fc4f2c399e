import CallAuditMetrics

/// Per breakdown cell with flagged contacts, a list linking to those of them the page
/// quotes (`#flagged-K`), saying how many it does not list and why. Plain anchors:
/// no script is needed to follow them.
///
/// Hooks: `div.cell-flagged[id^=cell-][data-flagged][data-listed]`, `a.to-contact[href]`.
enum HTMLCellDrilldown {
  /// Writes the section's body.
  static func write(_ index: HTMLCellIndex, to w: inout HTMLWriter) {
    let breakdown = index.breakdown
    w.element("p", [HTMLAttribute("class", "meta")],
              text: "Each cell's flagged contacts, linked to their evidence below. The page quotes "
                + (index.quoted < index.flaggedTotal
                  ? "the worst \(index.quoted) of \(HTMLFormat.plural(index.flaggedTotal, "flagged contact"))"
                  : "every flagged contact")
                + "; --format json and --format csv list every flagged contact.")
    for (_, cells) in BreakdownRows.byProvider(breakdown) {
      for cell in cells.prefix(HTMLBreakdownSection.cellsShown) where index.hasList(cell) {
        guard let number = index.number(of: cell) else { continue }
        writeCell(cell, number: number, index: index, to: &w)
        w.newline()
      }
    }
  }

  private static func writeCell(_ cell: BreakdownCell, number: Int, index: HTMLCellIndex, to w: inout HTMLWriter) {
    let listed = index.quotedContacts(inCell: number)
    w.element("div", [
      HTMLAttribute("class", "cell-flagged"), HTMLAttribute("id", HTMLCellIndex.listID(number)),
      HTMLAttribute("data-provider", cell.provider), HTMLAttribute("data-flagged", cell.flagged),
      HTMLAttribute("data-listed", listed.count),
    ]) { w in
      w.element("h3") { w in
        w.text(cell.provider + " · " + HTMLCellIndex.label(cell) + " ")
        w.element("a", [HTMLAttribute("class", "to-row"), HTMLAttribute("href", "#" + HTMLCellIndex.rowID(number))],
                  text: "↑ row")
      }
      let missing = cell.flagged - listed.count
      var sentence = HTMLFormat.plural(cell.flagged, "flagged contact")
      if listed.isEmpty {
        sentence += cell.flagged == 1 ? "; it is not among those quoted on this page." : "; none is among those quoted on this page."
      } else if missing > 0 {
        sentence += ": \(listed.count) quoted below, \(missing) not listed here."
      } else {
        sentence += ", all quoted below."
      }
      w.element("p", [HTMLAttribute("class", "meta")], text: sentence)
      guard !listed.isEmpty else { return }
      w.element("ul", [HTMLAttribute("class", "cell-contacts")]) { w in
        for contact in listed {
          w.element("li") { w in
            w.element("a", [HTMLAttribute("class", "to-contact"), HTMLAttribute("href", "#" + HTMLCellIndex.contactID(contact.position))]) { w in
              w.element("code", text: contact.contactID)
            }
            if contact.lost {
              w.text(" ")
              w.element("span", [HTMLAttribute("class", "badge lost")], text: "lost")
            }
          }
        }
      }
    }
  }
}
