import CallAuditModel

/// Freshdesk's ticket statuses folded onto ``ContactStatus``.
///
/// Freshdesk closes resolved tickets automatically and exports no resolution
/// code, so `Closed` is its ordinary end for a solved ticket and is read as
/// resolved (read as plain "closed", every ticket would count as closed
/// without a resolution). The built-in `Waiting on Customer` and `Waiting on
/// Third Party` are pending. Accounts add their own statuses; those with a
/// common name (`In Progress`, `On Hold`) still read, others are unknown. The
/// API writes the built-in statuses as numbers (2 Open, 3 Pending, 4 Resolved,
/// 5 Closed) and custom ones as numbers no export explains.
package enum FreshdeskStatus {
  /// The status for an exported label; `nil` when callaudit cannot tell.
  package static func status(label: String) -> ContactStatus? {
    let name = label.lowercased()
    switch name {
    case "open": return .open
    case "pending": return .pending
    case "resolved", "closed": return .resolved
    default:
      if name.hasPrefix("waiting on") || name.hasPrefix("awaiting") { return .pending }
      let common = ContactStatus(label: name)
      return common == .unknown ? nil : common
    }
  }

  /// The status for the API's numeric code; `nil` for a custom status's number.
  package static func status(code: Int) -> ContactStatus? {
    switch code {
    case 2: .open
    case 3: .pending
    case 4, 5: .resolved
    default: nil
    }
  }
}
