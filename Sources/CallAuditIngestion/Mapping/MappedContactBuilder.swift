import CallAuditModel

/// Builds one contact from the values a mapping's rules found in a record,
/// shared by the CSV and XML mapped readers so both read values the same way.
package struct MappedContactBuilder {
  private let mapping: ContactMapping
  private let provider: String
  /// Status spellings that neither the value map nor the usual synonyms know,
  /// kept (up to a few) for one note at the end.
  package private(set) var unknownStatuses: [String] = []

  /// A builder for `mapping`; `defaultProvider` (`--provider`) applies when the mapping names none.
  package init(mapping: ContactMapping, defaultProvider: String?) {
    self.mapping = mapping
    provider = mapping.provider ?? defaultProvider ?? Contact.unspecifiedProvider
  }

  /// The contact for one record.
  /// - Parameters:
  ///   - line: where the record starts, for `row_ids`.
  ///   - fieldValues: per field rule, the values found (blanks already left out).
  ///   - turns: the record's turns in speaking order.
  /// - Throws: ``FieldError`` when a value cannot be read; the record is rejected.
  package mutating func contact(line: Int, fieldValues: [[String]], turns: [Turn]) throws(FieldError) -> Contact {
    var contact = Contact(id: mapping.rowIDs ? "line \(line)" : "", provider: provider)
    for (rule, values) in zip(mapping.fields, fieldValues) where !values.isEmpty {
      // Several columns make one value (a date and a time); a transcript keeps its lines.
      try set(rule.field, values.joined(separator: rule.field == .transcript ? "\n" : " "), in: &contact)
    }
    contact.turns.append(contentsOf: turns)
    guard !contact.id.isEmpty else {
      throw FieldError(field: nil, value: "", expected: "", detail: "the record has no contact_id")
    }
    if contact.sourcing == .unknown, let site = contact.site, let sourcing = mapping.sites[site] {
      contact.sourcing = sourcing
    }
    return contact
  }

  /// The note about unrecognised statuses, if there were any.
  package var unknownStatusNote: String? {
    guard !unknownStatuses.isEmpty else { return nil }
    let listed = unknownStatuses.map { "'\($0)'" }.joined(separator: ", ")
    return "status values read as unknown: \(listed) (map them under values: status: in the mapping file)"
  }

  private mutating func set(_ field: CanonicalField, _ text: String, in contact: inout Contact) throws(FieldError) {
    let value = mapping.mappedValue(text, for: field) ?? text
    switch field {
    case .openedAt, .closedAt, .updatedAt:
      guard let time = Timestamp(spreadsheetText: value, order: mapping.dateOrder) else {
        let order = mapping.dateOrder.words.replacing(" ", with: "-")
        throw FieldError(
          field: field, value: value,
          expected: "a date-time (ISO 8601, or numeric \(order) as date_order says)",
          hint: DateOrderHint.hint(for: value, current: mapping.dateOrder, given: true))
      }
      switch field {
      case .openedAt: contact.openedAt = time
      case .closedAt: contact.closedAt = time
      default: contact.updatedAt = time
      }
    case .handleSeconds:
      if let seconds = Self.clockDuration(value) {
        contact.handleSeconds = seconds
      } else {
        try field.apply(value, to: &contact)
      }
    case .status:
      contact.status = ContactStatus(label: value)
      if contact.status == .unknown, value.lowercased() != "unknown", unknownStatuses.count < 8,
        !unknownStatuses.contains(value)
      {
        unknownStatuses.append(value)
      }
    default:
      try field.apply(value, to: &contact)
    }
  }

  /// Seconds in an `H:MM:SS` or `M:SS` duration, as helpdesks export handle times.
  package static func clockDuration(_ text: String) -> Int? {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard (2...3).contains(parts.count) else { return nil }
    var seconds = 0
    for (index, part) in parts.enumerated() {
      guard let number = part.utf8.parseDecimalInteger(), number >= 0, index == 0 || number < 60 else {
        return nil
      }
      seconds = seconds * 60 + number
    }
    return seconds
  }
}
