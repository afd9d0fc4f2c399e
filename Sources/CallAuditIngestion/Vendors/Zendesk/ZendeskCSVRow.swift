import CallAuditModel

/// Which columns of a Zendesk CSV ticket export hold which field, and how one
/// row becomes a contact.
///
/// The export has one row per ticket and no comments, so its contacts carry
/// no transcript: the subject is a title, not something anyone said, and is
/// not made into a turn.
package struct ZendeskCSVRow: TicketCSVRow {
  package static let usualDateOrder = Timestamp.DateOrder.monthFirst
  package static let vendorName = "Zendesk"
  package var dates = DateReading(order: usualDateOrder)
  private let id: Int
  private let requesterID, requester, requesterEmail, assignee, group, tags, status, via: Int?
  private let createdAt, solvedAt, updatedAt, satisfaction, groupStations, assigneeStations, category: Int?

  /// Finds the columns by their exported names.
  /// - Throws: ``InputError/missingColumn(path:column:)`` when there is no `Id` column.
  package init(header: CSVHeader, path: String) throws(InputError) {
    guard let id = header.index("Id") else { throw .missingColumn(path: path, column: "Id") }
    self.id = id
    requesterID = header.index("Requester id")
    requester = header.index("Requester")
    requesterEmail = header.index("Requester email")
    assignee = header.index("Assignee")
    group = header.index("Group")
    tags = header.index("Tags")
    status = header.index("Status")
    via = header.index("Via")
    createdAt = header.index("Created at")
    solvedAt = header.index("Solved at")
    updatedAt = header.index("Updated at")
    satisfaction = header.index("Satisfaction Score")
    groupStations = header.index("Group stations")
    assigneeStations = header.index("Assignee stations")
    category = HelpdeskCategory.column(in: header)
  }

  /// The contact in `record`.
  ///
  /// - Parameter notes: remarks about values read as unknown, added to once each.
  /// - Throws: ``FieldError`` when the row has no id or a value cannot be read.
  package func contact(from record: CSVRecord, provider: String, notes: inout Set<String>) throws(FieldError) -> Contact {
    guard let ticket = record.value(id) else {
      throw HelpdeskValue.rejection("the ticket has no Id")
    }
    var contact = Contact(id: ticket, provider: provider)
    contact.customerID = record.value(requesterID) ?? record.value(requesterEmail) ?? record.value(requester)
    contact.agentID = record.value(assignee)
    contact.site = record.value(group)
    contact.channel = HelpdeskChannel.canonical(record.value(via))
    contact.category = record.value(category)?.lowercased()
    contact.openedAt = try HelpdeskValue.time(record.value(createdAt), column: "Created at", dates: dates)
    if let label = record.value(status) {
      if let known = ZendeskStatus.status(label: label) {
        contact.status = known
      } else {
        // Custom statuses carry names the account chose; the common ones still read.
        contact.status = ContactStatus(label: label)
        if contact.status == .unknown {
          notes.insert("status '\(label)' is not a Zendesk status; such tickets are read with an unknown status")
        }
      }
    }
    contact.closedAt = try HelpdeskValue.time(record.value(solvedAt), column: "Solved at", dates: dates)
    contact.updatedAt = try HelpdeskValue.time(record.value(updatedAt), column: "Updated at", dates: dates)
    if contact.closedAt == nil, contact.status == .resolved {
      contact.closedAt = try HelpdeskValue.time(record.value(updatedAt), column: "Updated at", dates: dates)
    }
    ZendeskStatus.applyMerge(tags: ZendeskStatus.tags(record.value(tags)), to: &contact)
    switch HelpdeskSatisfaction.read(record.value(satisfaction)) {
    case .score(let score): contact.csat = score
    case .none: break
    case .unrecognized:
      notes.insert("satisfaction score '\(record.value(satisfaction) ?? "")' is not one callaudit reads; left empty")
    }
    contact.transfers = try transfers(record)
    return contact
  }

  /// Handoffs: each group or assignee after the first is one. The larger of
  /// the two counts is taken, since moving a ticket to another group usually
  /// changes its assignee too and adding them up would count that move twice.
  private func transfers(_ record: CSVRecord) throws(FieldError) -> Int? {
    let groups = try HelpdeskValue.count(record.value(groupStations), column: "Group stations")
    let assignees = try HelpdeskValue.count(record.value(assigneeStations), column: "Assignee stations")
    guard groups != nil || assignees != nil else { return nil }
    return max((groups ?? 0) - 1, (assignees ?? 0) - 1, 0)
  }
}
