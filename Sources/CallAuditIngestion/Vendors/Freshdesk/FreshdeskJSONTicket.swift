import CallAuditModel

/// One Freshdesk ticket of the API v2's JSON, with its conversations, as a contact.
///
/// Follows the API reference's ticket (`id`, `status`, `source`, `type`,
/// `requester_id`, `responder_id`, `group_id`, `created_at`, `updated_at`,
/// `description_text`, and `stats` when included) and "View a Ticket" with
/// `include=conversations` (`conversations[]` with `body_text`, `body`, `incoming`,
/// `private`, `user_id`, `created_at`). The description is the ticket's first message,
/// the requester's (the agent's for an outbound email). A conversation marked
/// `incoming` came from outside, the customer; any other is an agent's reply. Private
/// notes are internal and are not turns. The group is the contact's site, so `--sites`
/// can say which groups an outsourcing vendor works.
enum FreshdeskJSONTicket {
  static func contact(_ ticket: JSONNode, _ record: JSONRecordReader.Record) throws(JSONRecordReader.Refusal) -> Contact {
    guard case .object = ticket else {
      throw JSONRecordReader.Refusal("not a JSON object: a Freshdesk ticket is an object")
    }
    guard let id = ticket["id"]?.scalarText else {
      throw JSONRecordReader.Refusal("no id: every Freshdesk ticket has one")
    }
    let source = ticket["source"]?.double.map { Int($0) }
    var contact = Contact(
      id: id, provider: record.provider, site: ticket["group_id"]?.scalarText, channel: source.flatMap(channel),
      customerID: ticket["requester_id"]?.scalarText, agentID: ticket["responder_id"]?.scalarText,
      category: HelpdeskCategory.fromType(ticket["type"]?.string),
      openedAt: time(ticket["created_at"]), updatedAt: time(ticket["updated_at"]),
      status: status(ticket["status"]))
    contact.closedAt = time(ticket["stats"]?["resolved_at"]) ?? time(ticket["stats"]?["closed_at"])
    // Without stats, as for the other ticket exports, the last update stands in for a solved ticket's end.
    if contact.closedAt == nil, contact.status == .resolved { contact.closedAt = contact.updatedAt }
    if let description = text(ticket, plain: "description_text", html: "description") {
      let speaker: Speaker = source == outboundEmail ? .agent : .customer
      contact.turns.append(Turn(speaker: speaker, at: contact.openedAt, text: description))
    }
    for (position, conversation) in (ticket["conversations"]?.elements ?? []).enumerated() {
      guard conversation["private"] != .bool(true) else { continue }
      guard case .bool(let incoming) = conversation["incoming"] else {
        throw JSONRecordReader.Refusal(
          "conversation \(position + 1) of ticket \(id) does not say whether it is incoming, "
            + "so callaudit cannot tell the customer's from the agent's")
      }
      guard let body = text(conversation, plain: "body_text", html: "body") else { continue }
      let at = time(conversation["created_at"])
      contact.turns.append(Turn(speaker: incoming ? .customer : .agent, at: at, text: body))
    }
    return contact
  }

  /// The source code of an email the agent sent first: its description is the agent's.
  private static let outboundEmail = 10

  /// The channel of the API's source code (1 email, 2 portal, 3 phone, 7 chat,
  /// 9 feedback widget, 10 outbound email); `nil` for another number.
  private static func channel(_ source: Int) -> String? {
    switch source {
    case 1, outboundEmail: "email"
    case 2, 9: "web"
    case 3: "call"
    case 7: "chat"
    default: nil
    }
  }

  /// The status of the API's code, or of a label where a tool wrote one instead.
  private static func status(_ node: JSONNode?) -> ContactStatus {
    if let code = node?.double { return FreshdeskStatus.status(code: Int(code)) ?? .unknown }
    if let label = node?.string { return FreshdeskStatus.status(label: label) ?? .unknown }
    return .unknown
  }

  /// A message's plain text, or its HTML read as text; `nil` when empty.
  private static func text(_ message: JSONNode, plain: String, html: String) -> String? {
    let text = message[plain]?.string?.trimmingASCIIWhitespace() ?? message[html]?.string.map(HTMLPlainText.plain)
    return text?.isEmpty == false ? text : nil
  }

  /// An ISO 8601 time, as the API writes every time.
  private static func time(_ node: JSONNode?) -> Timestamp? {
    node?.string.flatMap { Timestamp(iso8601: $0) }
  }
}
