import CallAuditModel

/// Reads Zendesk's incremental ticket event export: each record is one update of a
/// ticket (``ZendeskTicketEvent``), so the updates are gathered by ticket and each
/// ticket is one contact once the input is read. Every update is counted accepted or
/// rejected; a ticket whose updates are all rejected is no contact.
///
/// The export is a window of time: a ticket created before it has no `Create` event
/// in it, so its opening time and channel are unknown, and its requester is known only
/// if a `Change` event names one. Speakers are placed once all of a ticket's updates
/// are read, by the ticket export's rule (``ZendeskJSONTicket``): the requester's
/// comments are the customer's, anyone else's an agent's.
package struct ZendeskTicketEventsReader: ContactReader {
  let options: IngestionOptions

  package init(options: IngestionOptions) { self.options = options }

  package func read(
    _ stream: ByteStream, into summary: inout InputSummary, emit: (Contact) -> Void
  ) throws(InputError) {
    var tickets: [GatheredTicket] = []
    var indexByID: [String: Int] = [:]
    let provider = options.defaultProvider ?? Contact.unspecifiedProvider
    try JSONRecordReader.forEachRecord(
      in: stream, options: options, recordsAt: ["ticket_events"], into: &summary, mapping: ZendeskTicketEvent.event
    ) { event in
      if let index = indexByID[event.ticketID] {
        tickets[index].add(event)
      } else {
        indexByID[event.ticketID] = tickets.count
        var ticket = GatheredTicket(contact: Contact(id: event.ticketID, provider: provider))
        ticket.add(event)
        tickets.append(ticket)
      }
    }
    var guessedRequesters = 0
    var deleted = 0
    for ticket in tickets {
      guard ticket.status?.lowercased() != "deleted" else {
        deleted += 1
        continue
      }
      if ticket.requester == nil, !ticket.authors.isEmpty { guessedRequesters += 1 }
      emit(ticket.placed())
    }
    if tickets.count < summary.accepted {
      summary.note("\(summary.accepted) ticket events were gathered by ticket into \(Self.tickets(tickets.count))")
    }
    if guessedRequesters > 0 {
      summary.note(
        "\(Self.tickets(guessedRequesters)) without a requester in the export's window: "
          + "the author of the first comment is taken as the customer")
    }
    if deleted > 0 { summary.note("left out: \(Self.tickets(deleted)) deleted in Zendesk") }
  }

  /// "1 ticket" / "2 tickets", for the notes.
  private static func tickets(_ count: Int) -> String {
    count == 1 ? "1 ticket" : "\(count) tickets"
  }
}

/// The updates of one ticket, gathered in the export's order (oldest first).
private struct GatheredTicket {
  var contact: Contact
  var requester: String?
  var status: String?
  /// The author of each turn, placed as customer or agent at the end.
  var authors: [String] = []

  mutating func add(_ event: ZendeskTicketEvent) {
    if event.creates {
      contact.openedAt = event.at
      contact.channel = event.via.flatMap(ZendeskVia.channel(type:))
    }
    if let at = event.at, contact.updatedAt.map({ $0 < at }) ?? true { contact.updatedAt = at }
    if let value = event.changes["requester_id"] { requester = value }
    if let value = event.changes["assignee_id"] { contact.agentID = value }
    if let value = event.changes["group_id"] { contact.site = value }
    if let value = event.changes["status"] {
      status = value
      contact.status = value.map { ZendeskStatus.status(label: $0) ?? ContactStatus(label: $0) } ?? .unknown
      contact.closedAt = contact.status == .resolved ? event.at : nil
    }
    for comment in event.comments {
      authors.append(comment.author)
      contact.turns.append(Turn(speaker: .agent, at: comment.at, text: comment.text))
    }
  }

  /// The contact, its turns placed: the requester's (else the first author's) are the customer's.
  func placed() -> Contact {
    var contact = contact
    let customer = requester ?? authors.first
    contact.customerID = customer
    for index in contact.turns.indices where authors[index] == customer { contact.turns[index].speaker = .customer }
    return contact
  }
}
