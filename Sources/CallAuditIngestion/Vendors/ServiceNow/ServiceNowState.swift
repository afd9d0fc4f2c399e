import CallAuditModel

/// ServiceNow's incident states, as the numeric codes of the XML export or the
/// labels of list exports, folded onto ``ContactStatus``.
///
/// Codes 1–8 follow the incident state model (1 New, 2 In Progress, 3 On Hold,
/// 6 Resolved, 7 Closed, 8 Canceled). Releases before Helsinki used 2 Active,
/// 3 Awaiting Problem, 4 Awaiting User Info and 5 Awaiting Evidence, which the
/// UCI event log still shows as labels; they fold the same way.
package enum ServiceNowState {
  /// The status for a state code or label, and whether it was Canceled.
  package static func read(_ text: String) -> (status: ContactStatus, canceled: Bool) {
    var label = text.trimmingASCIIWhitespace().lowercased()
    // A list export may show a choice as "6 - Resolved": the label decides.
    if let dash = label.firstRange(of: " - "), label[..<dash.lowerBound].allSatisfy(\.isNumber) {
      label = String(label[dash.upperBound...])
    }
    switch label {
    case "1", "2": return (.open, false)
    case "3", "4", "5": return (.pending, false)
    case "6": return (.resolved, false)
    case "7": return (.closed, false)
    case "8", "canceled", "cancelled": return (.closed, true)
    default:
      if label.hasPrefix("awaiting") { return (.pending, false) }
      return (ContactStatus(label: label), false)
    }
  }
}
