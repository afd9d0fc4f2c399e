/// Writes ground-truth labels as CSV, one row per contact:
/// `contact_id,provider,sourcing,category,scripted,unresolved,churn_risk,flagged,lost`,
/// with `true`/`false` flags. Rows join to the contacts on (provider, contact_id).
public struct LabelsCSVWriter: Sendable {
  /// Creates a writer.
  public init() {}

  /// The header line, with its line break.
  public var header: String {
    "contact_id,provider,sourcing,category,scripted,unresolved,churn_risk,flagged,lost\n"
  }

  /// One contact's row, with its line break.
  public func render(_ labeled: LabeledContact) -> String {
    let c = labeled.contact, t = labeled.truth
    var row = Self.quoted(c.id)
    for field in [c.provider, c.sourcing == .unknown ? "" : c.sourcing.rawValue, c.category ?? ""] {
      row += "," + Self.quoted(field)
    }
    for flag in [t.scripted, t.unresolved, t.churnRisk, t.flagged, t.lost] {
      row += flag ? ",true" : ",false"
    }
    return row + "\n"
  }

  /// The field, quoted when it holds a comma, quote, line break or edge blank.
  static func quoted(_ field: String) -> String {
    let special = field.utf8.contains { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 }
    let blankEdge = field.utf8.first == 32 || field.utf8.last == 32
    guard special || blankEdge else { return field }
    var out = "\""
    for character in field {
      if character == "\"" { out += "\"\"" } else { out.append(character) }
    }
    return out + "\""
  }
}
