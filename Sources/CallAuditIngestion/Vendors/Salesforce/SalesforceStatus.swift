import CallAuditModel

/// A Salesforce case's `Status` and `IsClosed`, folded onto ``ContactStatus``
/// and a resolution code.
///
/// Salesforce has no resolution field. Its standard closed status, `Closed`,
/// is how an agent closes a solved case, so it reads as resolved (read as
/// plain "closed", every case would count as closed without a resolution).
/// Orgs that track outcomes add closed statuses with a qualifier — `Closed -
/// Duplicate`, `Closed (No Response)` — or closed statuses of their own
/// (`Cancelled`); those read as closed with the qualifier, or the status, as
/// the resolution code, so the non-resolving ones count as unresolved.
package enum SalesforceStatus {
  /// The canonical reading of a case's status.
  package struct Reading: Equatable {
    /// The state.
    package var status: ContactStatus
    /// The resolution code, lower-cased, when the status carries one.
    package var resolution: String?
  }

  /// Reads `label` (the `Status` value) with `isClosed` (the `IsClosed` flag,
  /// when exported); `nil` when the label is an open status callaudit cannot place.
  package static func read(label: String?, isClosed: Bool?) -> Reading? {
    let name = label?.lowercased()
    let common = name.map { ContactStatus(label: $0) } ?? .unknown
    if isClosed ?? (common == .closed || common == .resolved) {
      return closed(name: name, common: common)
    }
    guard let name else { return Reading(status: .unknown) }
    switch name {
    case "new", "working", "escalated", "in process", "in progress": return Reading(status: .open)
    default:
      if name.hasPrefix("waiting") || name.hasPrefix("awaiting") { return Reading(status: .pending) }
      return common == .unknown ? nil : Reading(status: common)
    }
  }

  private static func closed(name: String?, common: ContactStatus) -> Reading {
    guard let name, name != "closed", common != .resolved else { return Reading(status: .resolved) }
    guard name.hasPrefix("closed") else { return Reading(status: .closed, resolution: name) }
    // "closed - duplicate", "closed: no response", "closed (no response)"
    let qualifier = name.dropFirst("closed".count).drop { " -–:(".contains($0) }
    let code = String(qualifier.hasSuffix(")") ? qualifier.dropLast() : qualifier).trimmingASCIIWhitespace()
    if ContactStatus(label: code) == .resolved { return Reading(status: .resolved) }
    return Reading(status: .closed, resolution: code.isEmpty ? nil : code)
  }
}
