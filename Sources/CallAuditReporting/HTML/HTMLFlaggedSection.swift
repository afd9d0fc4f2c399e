import CallAuditMetrics

/// The flagged contacts, worst first, each with its evidence: the script lines
/// the agent read (in `<mark>`), the customer's words, the repeat contact and
/// the words about leaving. At most ``limit`` are shown; the total is stated.
enum HTMLFlaggedSection {
  /// The most flagged contacts one page shows.
  static let limit = 50

  /// Writes the section's body: the count sentence and one `<article class="flagged">` per contact.
  /// With a breakdown (`cells`), each contact links to its cell's row.
  static func write(_ report: AnalysisReport, cells: HTMLCellIndex? = nil, to w: inout HTMLWriter) {
    let shown = report.flagged.prefix(limit)
    w.element("p", [HTMLAttribute("class", "lede"), HTMLAttribute("data-flagged-total", report.flaggedTotal)]) { w in
      if report.flaggedTotal == 0 {
        w.text("No contact was both scripted and unresolved.")
        return
      }
      w.text("\(HTMLFormat.plural(report.flaggedTotal, "contact was", "contacts were")) scripted and unresolved")
      w.text(shown.count < report.flaggedTotal ? "; the worst \(shown.count) are shown" : "; all are shown")
      w.text(", customers who then spoke of leaving first, then by how much of the agent's talk was script.")
    }
    for (index, contact) in shown.enumerated() {
      writeContact(contact, index: index, cells: cells, to: &w)
      w.newline()
    }
  }

  private static func writeContact(_ contact: FlaggedContact, index: Int, cells: HTMLCellIndex?, to w: inout HTMLWriter) {
    let m = contact.measure
    w.element("article", [
      HTMLAttribute("class", "flagged"), HTMLAttribute("id", "flagged-\(index + 1)"),
      HTMLAttribute("data-contact-id", m.contactID), HTMLAttribute("data-provider", m.provider),
      HTMLAttribute("data-sourcing", m.sourcing.rawValue), HTMLAttribute("data-lost", m.lost ? "true" : "false"),
    ]) { w in
      w.element("h3") { w in
        w.element("code", [HTMLAttribute("class", "contact-id")], text: m.contactID)
        if m.lost {
          w.text(" ")
          w.element("span", [HTMLAttribute("class", "badge lost")], text: "lost")
        }
      }
      var meta = [m.provider, m.sourcing.rawValue, m.category ?? "no category"]
      if let channel = m.channel { meta.append(channel) }
      if let score = m.scriptScore { meta.append(HTMLFormat.fixed(score * 100, places: 0) + "% of the agent's words were script") }
      w.element("p", [HTMLAttribute("class", "meta")], text: meta.joined(separator: " · "))
      if let cells, let values = contact.cell { writeCell(values, number: cells.number(provider: m.provider, values: values), cells: cells, to: &w) }
      if !m.unresolvedReasons.isEmpty {
        w.element("p", [HTMLAttribute("class", "meta reasons")],
                  text: "Unresolved: " + m.unresolvedReasons.map(HTMLLabels.reason).joined(separator: ", "))
      }
      w.element("div", [HTMLAttribute("class", "evidence")]) { w in writeEvidence(contact, to: &w) }
    }
  }

  /// The contact's breakdown values, linked to its cell's row in the breakdown table.
  private static func writeCell(_ values: [BreakdownCell.Value], number: Int?, cells: HTMLCellIndex, to w: inout HTMLWriter) {
    let names = BreakdownRows.dimensionNames(cells.breakdown)
    let text = zip(names, values).map { "\($0): \($1.label)" }.joined(separator: " · ")
    w.element("p", [HTMLAttribute("class", "meta cell")]) { w in
      w.text("In ")
      if let number {
        w.element("a", [HTMLAttribute("href", "#" + HTMLCellIndex.rowID(number))], text: text)
      } else {
        w.text(text)
      }
    }
  }

  private static func writeEvidence(_ contact: FlaggedContact, to w: inout HTMLWriter) {
    if !contact.scriptLines.isEmpty {
      w.element("p", [HTMLAttribute("class", "evidence-script")]) { w in
        w.element("span", [HTMLAttribute("class", "who")], text: "Agent read")
      }
      w.element("ol", [HTMLAttribute("class", "script-lines")]) { w in
        for line in contact.scriptLines {
          w.element("li") { w in w.element("mark", [HTMLAttribute("class", "script")], text: line) }
        }
      }
    }
    let sameWords = contact.customerWords != nil && contact.customerWords == contact.churnWords
    if let words = contact.customerWords {
      w.element("p", [HTMLAttribute("class", "evidence-customer")]) { w in
        w.element("span", [HTMLAttribute("class", "who")], text: sameWords ? "Customer, leaving" : "Customer")
        w.text(" ")
        w.element("q", [HTMLAttribute("class", sameWords ? "customer churn" : "customer")], text: words)
      }
    }
    if case .repeated(let id) = contact.measure.repeatStatus {
      w.element("p", [HTMLAttribute("class", "evidence-repeat")]) { w in
        w.element("span", [HTMLAttribute("class", "who")], text: "Then")
        w.text(" came back as ")
        w.element("code", [HTMLAttribute("class", "repeat-id")], text: id)
      }
    }
    if let words = contact.churnWords, !sameWords {
      w.element("p", [HTMLAttribute("class", "evidence-churn")]) { w in
        w.element("span", [HTMLAttribute("class", "who")], text: "Leaving")
        w.text(" ")
        w.element("q", [HTMLAttribute("class", "churn")], text: words)
      }
    }
  }
}
