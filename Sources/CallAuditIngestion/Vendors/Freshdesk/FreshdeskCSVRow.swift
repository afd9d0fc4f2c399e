import CallAuditModel

/// Which columns of a Freshdesk ticket export hold which field, and how one
/// row becomes a contact.
///
/// The export counts the agent's and the customer's messages (`Agent
/// interactions`, `Customer interactions`) but holds none of their text, so
/// its contacts carry no transcript; no turns are made up from the counts or
/// the subject.
package struct FreshdeskCSVRow: TicketCSVRow {
  package static let usualDateOrder = Timestamp.DateOrder.dayFirst
  package static let vendorName = "Freshdesk"
  package var dates = DateReading(order: usualDateOrder)
  private let id: Int
  private let status, source, type, agent, group, createdAt, resolvedAt, closedAt: Int?
  private let timeTracked, survey, contactID, fullName, category: Int?

  /// Finds the columns by their exported names.
  /// - Throws: ``InputError/missingColumn(path:column:)`` when there is no `Ticket ID` column.
  package init(header: CSVHeader, path: String) throws(InputError) {
    guard let id = header.index("Ticket ID") else { throw .missingColumn(path: path, column: "Ticket ID") }
    self.id = id
    status = header.index("Status")
    source = header.index("Source")
    type = header.index("Type")
    agent = header.index("Agent")
    group = header.index("Group")
    createdAt = header.index("Created time")
    resolvedAt = header.index("Resolved time")
    closedAt = header.index("Closed time")
    timeTracked = header.index("Time tracked")
    survey = header.index("Survey results")
    contactID = header.index("Contact ID")
    fullName = header.index("Full name")
    category = HelpdeskCategory.column(in: header)
  }

  /// The contact in `record`.
  ///
  /// - Parameter notes: remarks about values read as unknown, added to once each.
  /// - Throws: ``FieldError`` when the row has no id or a value cannot be read.
  package func contact(from record: CSVRecord, provider: String, notes: inout Set<String>) throws(FieldError) -> Contact {
    guard let ticket = record.value(id) else {
      throw HelpdeskValue.rejection("the ticket has no Ticket ID")
    }
    var contact = Contact(id: ticket, provider: provider)
    contact.customerID = record.value(contactID) ?? record.value(fullName)
    contact.agentID = record.value(agent)
    contact.site = record.value(group)
    contact.channel = HelpdeskChannel.canonical(record.value(source))
    // A custom category field wins; a custom ticket type is the next best thing.
    contact.category = record.value(category)?.lowercased() ?? HelpdeskCategory.fromType(record.value(type))
    if let label = record.value(status) {
      if let known = FreshdeskStatus.status(label: label) {
        contact.status = known
      } else {
        notes.insert("status '\(label)' is a custom Freshdesk status callaudit cannot place; read as unknown")
      }
    }
    // Freshdesk writes DD/MM/YYYY HH:MM; a date that cannot be day-first is read month-first.
    contact.openedAt = try HelpdeskValue.time(record.value(createdAt), column: "Created time", dates: dates)
    contact.closedAt = try HelpdeskValue.time(record.value(resolvedAt), column: "Resolved time", dates: dates)
    if contact.closedAt == nil {
      contact.closedAt = try HelpdeskValue.time(record.value(closedAt), column: "Closed time", dates: dates)
    }
    contact.handleSeconds = try HelpdeskDuration.seconds(record.value(timeTracked), column: "Time tracked")
    switch HelpdeskSatisfaction.read(record.value(survey)) {
    case .score(let score): contact.csat = score
    case .none: break
    case .unrecognized:
      notes.insert("survey result '\(record.value(survey) ?? "")' is not one callaudit reads; left empty")
    }
    return contact
  }
}
