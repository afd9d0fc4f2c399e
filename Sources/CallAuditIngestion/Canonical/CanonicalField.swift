import CallAuditModel

/// A field of the canonical contact formats, shared by the CSV and XML readers
/// so that the same value means the same thing in both.
package enum CanonicalField: CaseIterable {
  case contactID, provider, site, sourcing, channel, customerID, agentID, category
  case openedAt, closedAt, updatedAt, status, resolution, transfers, escalated, csat, handleSeconds
  case transcript
  /// Optional, and last so that the columns written without it keep their order.
  case team

  /// The CSV column name.
  package var columnName: String {
    switch self {
    case .contactID: "contact_id"
    case .provider: "provider"
    case .site: "site"
    case .sourcing: "sourcing"
    case .channel: "channel"
    case .customerID: "customer_id"
    case .agentID: "agent_id"
    case .category: "category"
    case .openedAt: "opened_at"
    case .closedAt: "closed_at"
    case .updatedAt: "updated_at"
    case .status: "status"
    case .resolution: "resolution"
    case .transfers: "transfers"
    case .escalated: "escalated"
    case .csat: "csat"
    case .handleSeconds: "handle_seconds"
    case .transcript: "transcript"
    case .team: "team"
    }
  }

  /// Stores `text` in `contact`; blank text leaves the field unset.
  /// - Throws: ``FieldError`` when the text is not a valid value for the field.
  package func apply(_ text: String, to contact: inout Contact) throws(FieldError) {
    // The transcript is read as it is: its lines keep their blanks, and a trimmed copy of
    // the largest field would only be thrown away.
    if self == .transcript {
      contact.turns = try TranscriptText.parse(text)
      return
    }
    let value = text.trimmingASCIIWhitespace()
    if value.isEmpty { return }
    switch self {
    case .contactID: contact.id = value
    case .provider: contact.provider = value
    case .site: contact.site = value
    case .team: contact.team = value
    case .sourcing:
      guard let sourcing = Sourcing(label: value) else {
        throw FieldError(field: self, value: value, expected: "in-house, outsourced or unknown")
      }
      contact.sourcing = sourcing
    case .channel: contact.channel = value.lowercasedIfNeeded()
    case .customerID: contact.customerID = value
    case .agentID: contact.agentID = value
    case .category: contact.category = value.lowercasedIfNeeded()
    case .openedAt: contact.openedAt = try timestamp(value)
    case .closedAt: contact.closedAt = try timestamp(value)
    case .updatedAt: contact.updatedAt = try timestamp(value)
    case .status: contact.status = ContactStatus(label: value)
    case .resolution: contact.resolution = value.lowercasedIfNeeded()
    case .transfers:
      guard let count = value.utf8.parseDecimalInteger(), count >= 0 else {
        throw FieldError(field: self, value: value, expected: "a whole number, 0 or more")
      }
      contact.transfers = count
    case .escalated:
      guard let flag = Self.parseFlag(value) else {
        throw FieldError(field: self, value: value, expected: "true or false")
      }
      contact.escalated = flag
    case .csat:
      guard let score = Double(value), score.isFinite else {
        throw FieldError(field: self, value: value, expected: "a number")
      }
      contact.csat = score
    case .handleSeconds:
      guard let seconds = Double(value), seconds.isFinite, seconds >= 0, seconds < 1e9 else {
        throw FieldError(field: self, value: value, expected: "a number of seconds, 0 or more")
      }
      contact.handleSeconds = Int(seconds.rounded())
    case .transcript:
      break  // read above
    }
  }

  private func timestamp(_ value: String) throws(FieldError) -> Timestamp {
    guard let time = Timestamp(iso8601: value) else {
      throw FieldError(field: self, value: value, expected: "an ISO 8601 time such as 2025-03-01T09:30:00Z")
    }
    return time
  }

  /// Parses the usual spellings of a yes/no flag.
  package static func parseFlag(_ value: String) -> Bool? {
    switch value.lowercased() {
    case "true", "yes", "y", "1", "t": true
    case "false", "no", "n", "0", "f": false
    default: nil
    }
  }
}

/// A field value that cannot be read; becomes the reason a record is rejected.
package struct FieldError: Error, CustomStringConvertible {
  package var field: CanonicalField?
  package var value: String
  package var expected: String
  package var detail: String? = nil
  /// What the user could try when every record fails this way (`--date-order mdy`).
  package var hint: String? = nil

  package var description: String {
    if let detail { return detail }
    let shown = value.count > 40 ? String(value.prefix(40)) + "…" : value
    return "\(field?.columnName ?? "value") '\(shown)' is not \(expected)"
  }
}
