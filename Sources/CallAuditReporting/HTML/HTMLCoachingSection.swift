import CallAuditMetrics

/// The agents for coaching (`--coaching N`): per provider, a table of its highest-ranked
/// agents (``AgentCoachingRows``), each example contact linking to its evidence
/// (`#flagged-K`) when the page quotes it and plain text when it does not. Agents'
/// labels, pseudonyms or ids (`--show-agents`), are text like every string from an export.
///
/// Hooks: `section#coaching`, `div.coaching-provider[data-provider]`,
/// `table.coaching tr[data-rank][data-agent]`, `a.to-contact[href]`.
enum HTMLCoachingSection {
  /// The column of the example contacts.
  private static let examplesColumn = AgentCoachingRows.header.count - 1

  /// Writes the section's body; `quoting` says whether the page quotes flagged contacts
  /// (a comparison page does not, so its examples are plain text).
  static func write(_ report: AnalysisReport, agents: AgentCoachingReport, quoting: Bool, to w: inout HTMLWriter) {
    for note in AgentCoachingRows.notes(agents) { w.element("p", [HTMLAttribute("class", "meta")], text: note) }
    let quoted = quoting ? quotedPositions(report) : [:]
    for provider in agents.providers {
      w.newline()
      w.element("div", [HTMLAttribute("class", "coaching-provider"), HTMLAttribute("data-provider", provider.provider)]) { w in
        w.element("h3", text: provider.provider)
        if !provider.entries.isEmpty { writeTable(provider, quoted: quoted, to: &w) }
        for note in AgentCoachingRows.providerNotes(provider, limit: agents.limit, minimum: agents.minimumContacts) {
          w.element("p", [HTMLAttribute("class", "meta")], text: note)
        }
      }
    }
  }

  /// A quoted contact's identity: contact ids are unique only within a provider's export.
  private struct QuotedKey: Hashable {
    var provider: String
    var contactID: String
  }

  /// The position (1-based) of each contact the page quotes (``HTMLFlaggedSection``), the first when one repeats.
  private static func quotedPositions(_ report: AnalysisReport) -> [QuotedKey: Int] {
    var positions: [QuotedKey: Int] = [:]
    for (index, contact) in report.flagged.prefix(HTMLFlaggedSection.limit).enumerated() {
      let key = QuotedKey(provider: contact.measure.provider, contactID: contact.measure.contactID)
      if positions[key] == nil { positions[key] = index + 1 }
    }
    return positions
  }

  // The table is written here, not with ``HTMLTable``: one cell holds several links.
  private static func writeTable(_ provider: AgentCoachingReport.Provider, quoted: [QuotedKey: Int], to w: inout HTMLWriter) {
    let header = AgentCoachingRows.header
    w.element("div", [HTMLAttribute("class", "table-wrap")]) { w in
      w.element("table", [HTMLAttribute("class", "coaching")]) { w in
        w.element("thead") { w in
          w.element("tr") { w in
            for (column, title) in header.enumerated() {
              w.element("th", attributes(numeric: AgentCoachingRows.isNumeric(column)) + [HTMLAttribute("scope", "col")], text: title)
            }
          }
        }
        w.element("tbody") { w in
          for entry in provider.entries {
            w.element("tr", [
              HTMLAttribute("data-provider", provider.provider), HTMLAttribute("data-rank", entry.rank),
              HTMLAttribute("data-agent", entry.agent),
            ]) { w in
              for (column, cell) in AgentCoachingRows.row(entry).enumerated() {
                if column == examplesColumn, !entry.examples.isEmpty {
                  w.element("td") { w in writeExamples(entry.examples, provider: provider.provider, quoted: quoted, to: &w) }
                } else {
                  w.element("td", attributes(numeric: AgentCoachingRows.isNumeric(column)), text: cell)
                }
              }
            }
            w.newline()
          }
        }
      }
    }
  }

  /// The example contact ids, comma-separated; each quoted one links to its evidence.
  private static func writeExamples(_ examples: [String], provider: String, quoted: [QuotedKey: Int], to w: inout HTMLWriter) {
    for (index, contactID) in examples.enumerated() {
      if index > 0 { w.text(", ") }
      if let position = quoted[QuotedKey(provider: provider, contactID: contactID)] {
        w.element("a", [HTMLAttribute("class", "to-contact"), HTMLAttribute("href", "#" + HTMLCellIndex.contactID(position))]) { w in
          w.element("code", text: contactID)
        }
      } else {
        w.element("code", text: contactID)
      }
    }
  }

  private static func attributes(numeric: Bool) -> [HTMLAttribute] {
    numeric ? [HTMLAttribute("class", "num")] : []
  }
}
