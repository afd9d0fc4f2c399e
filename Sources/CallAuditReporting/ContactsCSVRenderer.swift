import CallAuditMetrics
import CallAuditModel

/// Renders every contact's measures as CSV (`--contacts-out`), one row per
/// contact, for spreadsheets and for checking callaudit against other labels.
public struct ContactsCSVRenderer: Sendable {
  /// Whether rows end with the pivot columns `site,team,agent,week` (with `--by`).
  public var pivotColumns: Bool

  /// Creates a renderer; with `pivotColumns`, rows end with the contact's site, team, agent and week.
  public init(pivotColumns: Bool = false) {
    self.pivotColumns = pivotColumns
  }

  /// The header line.
  public var header: String {
    "contact_id,provider,sourcing,category,channel,unresolved,unresolved_reasons,repeat,repeat_contact_id,"
      + "transferred_to,script_score,responsive,scripted,churn_risk,flagged,lost,outcome"
      + (pivotColumns ? "," + FlaggedCSVRenderer.pivotHeader : "") + "\n"
  }

  /// One contact's row.
  public func render(_ m: ContactMeasure) -> String {
    var repeatID = ""
    if case .repeated(let id) = m.repeatStatus { repeatID = id }
    let fields: [String] = [
      m.contactID, m.provider, m.sourcing.rawValue, m.category ?? "", m.channel ?? "",
      flag(m.unresolved), m.unresolvedReasons.map(\.rawValue).joined(separator: ";"),
      m.repeatStatus.label, repeatID, m.transferredTo ?? "",
      m.scriptScore.map { JSONValue.format((($0 * 1000).rounded()) / 1000) } ?? "",
      m.responsive.map(flag) ?? "", scored(m, m.scripted), flag(m.churnRisk), scored(m, m.flagged), scored(m, m.lost),
      m.outcome?.rawValue ?? "",
    ] + (pivotColumns ? FlaggedCSVRenderer.pivotCells(m.pivot) : [])
    return fields.map { CSVField.quoted(FlaggedCSVRenderer.defused($0)) }.joined(separator: ",") + "\n"
  }

  private func flag(_ value: Bool) -> String { value ? "true" : "false" }

  /// A measure that rests on the script score: empty when the score is not computed (no agent
  /// text, or text in a language the rules cannot read), never a "false" with no basis.
  private func scored(_ m: ContactMeasure, _ value: Bool) -> String { m.scriptScore == nil ? "" : flag(value) }
}
