import CallAuditMetrics
import CallAuditModel

/// Renders the flagged contacts as CSV (`--format csv`), one per row, for
/// spreadsheets.
///
/// A cell that a spreadsheet would read as a formula (starting with `=`, `+`,
/// `-`, `@`, tab or CR) gets a leading apostrophe, so hostile export text cannot
/// run in the reader's spreadsheet.
public struct FlaggedCSVRenderer: Sendable {
  /// Creates a renderer.
  public init() {}

  /// The flagged contacts, header first.
  public func render(_ report: AnalysisReport) -> String {
    var out = ""
    render(report) { out += $0 }
    return out
  }

  /// Writes the flagged contacts, header first, one row at a time, so a large run's
  /// rows never sit in memory together.
  public func render<Failure: Error>(
    _ report: AnalysisReport, to write: (String) throws(Failure) -> Void
  ) throws(Failure) {
    // The pivot columns come only with a breakdown (`--by`), so that a report without it keeps its bytes.
    let pivoted = !report.configuration.breakdown.isEmpty
    try write(
      "contact_id,provider,sourcing,category,reasons,script_score,lost,repeat_contact_id,"
        + "script_lines,customer_words,churn_words" + (pivoted ? "," + Self.pivotHeader : "") + "\n")
    for contact in report.flagged {
      let m = contact.measure
      var repeatID = ""
      if case .repeated(let id) = m.repeatStatus { repeatID = id }
      let cells = [
        m.contactID, m.provider, m.sourcing.rawValue, m.category ?? "",
        m.unresolvedReasons.map(\.rawValue).joined(separator: ";"),
        m.scriptScore.map { JSONValue.format(($0 * 1000).rounded() / 1000) } ?? "",
        m.lost ? "true" : "false", repeatID,
        contact.scriptLines.joined(separator: " | "), contact.customerWords ?? "", contact.churnWords ?? "",
      ] + (pivoted ? Self.pivotCells(m.pivot) : [])
      try write(cells.map { CSVField.quoted(Self.defused($0)) }.joined(separator: ",") + "\n")
    }
  }

  /// The pivot columns' names (`--by`): what a spreadsheet pivots the rows on.
  static let pivotHeader = "site,team,agent,week"

  /// A contact's pivot cells; empty where the export does not give the value.
  static func pivotCells(_ pivot: ContactMeasure.Pivot?) -> [String] {
    [pivot?.site ?? "", pivot?.team ?? "", pivot?.agent ?? "", pivot?.week ?? ""]
  }

  /// `cell` with a leading apostrophe when a spreadsheet would take it for a formula.
  static func defused(_ cell: String) -> String {
    guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return cell }
    return "'" + cell
  }
}
