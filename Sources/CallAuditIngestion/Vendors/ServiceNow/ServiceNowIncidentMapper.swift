import CallAuditModel

/// Builds a contact from one ServiceNow incident's fields, the same way for the
/// XML export and the list exports.
///
/// | incident field | contact field |
/// |---|---|
/// | `number` (else `sys_id`) | id |
/// | `assignment_group` | site |
/// | `contact_type` | channel |
/// | `caller_id` | customer |
/// | `assigned_to` | agent |
/// | `category` | category |
/// | `opened_at` | opened |
/// | `closed_at`, else `resolved_at` | closed |
/// | `state`, else `incident_state` | status (``ServiceNowState``) |
/// | `close_code` (`canceled` for a Canceled incident without one) | resolution |
/// | `reassignment_count` | transfers |
/// | `escalation` (0 Normal; 1 Moderate, 2 High, 3 Overdue) | escalated |
/// | `description`, else `short_description` | the opening customer turn |
package struct ServiceNowIncidentMapper {
  /// The provider every incident gets: exports never name one.
  package var provider: String
  /// How all-numeric dates are read.
  package var dateOrder: Timestamp.DateOrder

  /// The contact for the incident whose fields `value` returns (trimmed, `nil`
  /// when blank), with its opening turn but no journal turns yet.
  /// - Throws: ``FieldError`` when the incident has no number or a date, count or
  ///   flag cannot be read.
  package func contact(_ value: (ServiceNowField) -> String?) throws(FieldError) -> Contact {
    guard let id = value(.number) ?? value(.sysID) else {
      throw FieldError(field: nil, value: "", expected: "", detail: "the incident has no number and no sys_id")
    }
    var contact = Contact(id: id, provider: provider)
    contact.site = value(.assignmentGroup)
    contact.channel = value(.contactType)?.lowercased()
    contact.customerID = value(.caller)
    contact.agentID = value(.assignedTo)
    contact.category = value(.category)?.lowercased()
    contact.openedAt = try time(.openedAt, value)
    if let closed = try time(.closedAt, value) {
      contact.closedAt = closed
    } else {
      contact.closedAt = try time(.resolvedAt, value)
    }
    var canceled = false
    if let state = value(.state) ?? value(.incidentState) {
      (contact.status, canceled) = ServiceNowState.read(state)
    }
    contact.resolution = value(.closeCode)?.lowercased() ?? (canceled ? "canceled" : nil)
    if let count = value(.reassignmentCount) {
      guard let transfers = count.utf8.parseDecimalInteger(), transfers >= 0 else {
        throw FieldError(
          field: nil, value: count, expected: "",
          detail: "reassignment_count '\(count)' is not a whole number, 0 or more")
      }
      contact.transfers = transfers
    }
    contact.escalated = value(.escalation).flatMap(Self.escalated)
    if let opening = value(.description) ?? value(.shortDescription) {
      contact.turns = [Turn(speaker: .customer, at: contact.openedAt, text: opening)]
    }
    return contact
  }

  /// Reads a date-time field; `nil` when blank.
  package func time(_ field: ServiceNowField, _ value: (ServiceNowField) -> String?) throws(FieldError) -> Timestamp? {
    guard let text = value(field) else { return nil }
    guard let time = Timestamp(spreadsheetText: text, order: dateOrder) else {
      // Say how numeric dates were read when another order would have worked.
      let other = Timestamp.DateOrder.allCases.first { $0 != dateOrder && Timestamp(spreadsheetText: text, order: $0) != nil }
      let note = other == nil ? "" : " (numeric dates are read \(dateOrder.words) in this file)"
      throw FieldError(
        field: nil, value: text, expected: "", detail: "\(field.name) '\(text)' is not a date and time\(note)",
        hint: DateOrderHint.hint(for: text, current: dateOrder, given: false))
    }
    return time
  }

  /// Whether an escalation code or label means escalated; `nil` for a value
  /// ServiceNow does not define (left unknown rather than guessed).
  private static func escalated(_ text: String) -> Bool? {
    switch text.lowercased() {
    case "0", "normal": false
    case "1", "2", "3", "moderate", "high", "overdue": true
    default: nil
    }
  }
}
