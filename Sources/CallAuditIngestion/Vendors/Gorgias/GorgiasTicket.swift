import CallAuditModel

/// One Gorgias ticket with its messages, as a contact.
///
/// Follows Gorgias's REST API reference (the Ticket and TicketMessage objects): a
/// ticket has `id`, `status`, `channel`, `customer`, `assignee_user`,
/// `assignee_team`, `created_datetime`, `updated_datetime`, `closed_datetime`, a
/// `satisfaction_survey` and its `messages`, each with `from_agent`, `public`,
/// `sender`, `body_text` (or `body_html`), `created_datetime` and `sent_datetime`.
/// A message `from_agent` is the agent's (rules sending on the company's behalf
/// included), any other the customer's; internal notes (`public: false`) are not
/// turns. The assigned team is the contact's site, so `--sites` can say which teams
/// an outsourcing vendor staffs. A file may hold one ticket, an array, one per line,
/// or a page of the list (`data`).
enum GorgiasTicket {
  static func contact(_ ticket: JSONNode, _ record: JSONRecordReader.Record) throws(JSONRecordReader.Refusal) -> Contact {
    guard case .object = ticket else {
      throw JSONRecordReader.Refusal("not a JSON object: a Gorgias ticket is an object")
    }
    guard let id = ticket["id"]?.scalarText else {
      throw JSONRecordReader.Refusal("no id: every Gorgias ticket has one")
    }
    var contact = Contact(
      id: id, provider: record.provider, site: ticket["assignee_team"]?["id"]?.scalarText,
      channel: HelpdeskChannel.canonical(ticket["channel"]?.string),
      customerID: ticket["customer"]?["id"]?.scalarText, agentID: ticket["assignee_user"]?["id"]?.scalarText,
      openedAt: time(ticket["created_datetime"]), closedAt: time(ticket["closed_datetime"]),
      updatedAt: time(ticket["updated_datetime"]),
      status: ticket["status"]?.string.map { ContactStatus(label: $0) } ?? .unknown,
      csat: ticket["satisfaction_survey"]?["score"]?.double.flatMap { (1...5).contains($0) ? $0 : nil })
    let messages = ticket["messages"]?.elements ?? []
    for (position, message) in messages.enumerated() where message["public"] != .bool(false) {
      guard case .bool(let fromAgent) = message["from_agent"] else {
        throw JSONRecordReader.Refusal(
          "message \(position + 1) of ticket \(id) does not say whether it is from_agent, "
            + "so callaudit cannot tell the customer's from the agent's")
      }
      let text =
        message["body_text"]?.string?.trimmingASCIIWhitespace() ?? message["body_html"]?.string.map(HTMLPlainText.plain)
      guard let text, !text.isEmpty else { continue }
      let at = time(message["sent_datetime"]) ?? time(message["created_datetime"])
      if fromAgent, contact.agentID == nil { contact.agentID = message["sender"]?["id"]?.scalarText }
      if !fromAgent, contact.customerID == nil { contact.customerID = message["sender"]?["id"]?.scalarText }
      contact.turns.append(Turn(speaker: fromAgent ? .agent : .customer, at: at, text: text))
    }
    return contact
  }

  /// An ISO 8601 time, as the API writes every time (with microseconds and an offset).
  private static func time(_ node: JSONNode?) -> Timestamp? {
    node?.string.flatMap { Timestamp(iso8601: $0) }
  }
}
