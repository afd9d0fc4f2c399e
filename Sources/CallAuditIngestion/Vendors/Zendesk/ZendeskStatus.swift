import CallAuditModel

/// Zendesk's ticket states, by the numeric `status-id` of the XML export or
/// the label of the CSV export, folded onto ``ContactStatus``.
///
/// Zendesk closes a ticket only after it has been solved (an automation locks
/// solved tickets some days later), so `closed` is read as resolved, not as
/// "closed without a resolution". The one exception is a ticket merged into
/// another: Zendesk closes it and tags it `closed_by_merge`; it becomes closed
/// with the resolution code `duplicate`, which does not count as solved.
package enum ZendeskStatus {
  /// The tag Zendesk puts on a ticket it closes because it was merged into another.
  package static let mergedTag = "closed_by_merge"

  /// The status for a numeric `status-id`: 0 new, 1 open, 2 pending, 3 solved,
  /// 4 closed, 6 on-hold; `nil` for any other number.
  package static func status(id: Int) -> ContactStatus? {
    switch id {
    case 0, 1: .open
    case 2, 6: .pending
    case 3, 4: .resolved
    default: nil
    }
  }

  /// The status for a label (`New`, `Open`, `Pending`, `On-hold`, `Hold`,
  /// `Solved`, `Closed`, any case); `nil` for a label Zendesk does not use.
  package static func status(label: String) -> ContactStatus? {
    switch label.lowercased() {
    case "new", "open": .open
    case "pending", "hold", "on-hold", "on hold", "onhold": .pending
    case "solved", "closed": .resolved
    default: nil
    }
  }

  /// Applies the merge rule: a ticket tagged ``mergedTag`` is closed as a duplicate.
  package static func applyMerge(tags: some Sequence<Substring>, to contact: inout Contact) {
    guard tags.contains(where: { $0.lowercased() == mergedTag }) else { return }
    contact.status = .closed
    contact.resolution = "duplicate"
  }

  /// Splits Zendesk's tag list: tags are single words separated by blanks
  /// (the CSV export may also separate them with commas).
  package static func tags(_ text: String?) -> [Substring] {
    guard let text else { return [] }
    return text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" })
  }
}
