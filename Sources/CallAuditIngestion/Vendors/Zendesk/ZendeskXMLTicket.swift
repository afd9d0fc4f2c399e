import CallAuditModel

/// One `<ticket>` element of a Zendesk XML export, read into a contact.
///
/// Zendesk writes Rails-style XML: one child element per field, typed with a
/// `type` attribute (`<nice-id type="integer">`) and `nil="true"` for empty
/// values. Users and groups appear by id only (their names are in the
/// export's separate `users.xml` and `groups.xml`).
package struct ZendeskXMLTicket {
  /// The `<ticket>` element.
  package let element: XMLElementNode

  /// The contact, with the ticket's comments as its turns.
  ///
  /// - Parameters:
  ///   - provider: the provider to give the contact (the export names none).
  ///   - notes: remarks about values read as unknown, added to once each.
  /// - Throws: ``FieldError`` when the ticket has no number or a value cannot be read.
  package func contact(provider: String, notes: inout Set<String>) throws(FieldError) -> Contact {
    guard let id = element.value("nice-id") ?? element.value("id") else {
      throw HelpdeskValue.rejection("the ticket has no nice-id")
    }
    var contact = Contact(id: id, provider: provider)
    contact.site = element.value("group-id")
    contact.agentID = element.value("assignee-id")
    contact.customerID = element.value("requester-id")
    contact.openedAt = try time("created-at")
    contact.status = try status(notes: &notes)
    if let via = element.value("via-id") {
      guard let number = Int(via) else {
        throw HelpdeskValue.error(column: "via-id", value: via, expected: "a whole number")
      }
      contact.channel = ZendeskVia.channel(id: number)
    } else {
      contact.channel = HelpdeskChannel.canonical(element.value("via"))
    }
    // A solved ticket's end is solved-at; the last update stands in when an
    // export leaves solved-at out.
    contact.closedAt = try time("solved-at")
    contact.updatedAt = try time("updated-at")
    if contact.closedAt == nil, contact.status == .resolved { contact.closedAt = try time("updated-at") }
    ZendeskStatus.applyMerge(tags: ZendeskStatus.tags(element.value("current-tags")), to: &contact)
    contact.csat = satisfaction(notes: &notes)
    contact.turns = try turns(notes: &notes)
    return contact
  }

  private func time(_ name: String) throws(FieldError) -> Timestamp? {
    try HelpdeskValue.time(element.value(name), column: name, dates: DateReading(order: .monthFirst))
  }

  private func status(notes: inout Set<String>) throws(FieldError) -> ContactStatus {
    if let text = element.value("status-id") {
      guard let id = Int(text) else {
        throw HelpdeskValue.error(column: "status-id", value: text, expected: "a whole number")
      }
      if let status = ZendeskStatus.status(id: id) { return status }
      notes.insert("status-id \(id) is not a Zendesk status; such tickets are read with an unknown status")
      return .unknown
    }
    guard let label = element.value("status") else { return .unknown }
    if let status = ZendeskStatus.status(label: label) { return status }
    notes.insert("status '\(label)' is not a Zendesk status; such tickets are read with an unknown status")
    return .unknown
  }

  /// The rating in `satisfaction-score` or `satisfaction-rating/score`, when it is one.
  private func satisfaction(notes: inout Set<String>) -> Double? {
    guard let text = element.value("satisfaction-score") ?? element.descendant("satisfaction-rating")?.value("score")
    else { return nil }
    // The legacy export may write the rating as a numeric code whose meaning
    // is not documented; only the words are read.
    guard Double(text) == nil, case .score(let score) = HelpdeskSatisfaction.read(text) else {
      notes.insert("satisfaction score '\(text)' is not good, bad, offered or unoffered; left empty")
      return nil
    }
    return score
  }

  /// The comments as turns: the requester's are the customer's, anyone
  /// else's the agent's; private comments (internal notes the customer never
  /// saw) are system turns, so that no metric reads them as said to the customer.
  private func turns(notes: inout Set<String>) throws(FieldError) -> [Turn] {
    let comments = element.child("comments")?.children("comment") ?? []
    var requester = element.value("requester-id")
    if requester == nil, let first = comments.first?.value("author-id") {
      requester = first
      notes.insert("tickets without a requester-id: the author of the first comment is taken as the customer")
    }
    var turns: [Turn] = []
    for (number, comment) in comments.enumerated() {
      guard let text = comment.value("value") else { continue }
      let at = try HelpdeskValue.time(
        comment.value("created-at"), column: "comment \(number + 1) created-at", dates: DateReading(order: .monthFirst))
      let isPublic =
        try HelpdeskValue.flag(comment.value("is-public"), column: "comment \(number + 1) is-public") ?? true
      let speaker: Speaker
      if !isPublic {
        speaker = .system
      } else if let author = comment.value("author-id"), author == requester {
        speaker = .customer
      } else {
        speaker = .agent
      }
      turns.append(Turn(speaker: speaker, at: at, text: text))
    }
    // An export without comments still has the description, the first
    // comment's text, written by the submitter.
    if comments.isEmpty, let description = element.value("description") {
      let submitter = element.value("submitter-id") ?? requester
      turns.append(
        Turn(speaker: submitter == requester ? .customer : .agent, at: try time("created-at"), text: description))
    }
    return turns
  }
}
