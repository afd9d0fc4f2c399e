import CallAuditModel

/// One Zendesk ticket of the JSON the Support API writes, as a contact.
///
/// Follows the Tickets API's ticket object (`id`, `status`, `via.channel`,
/// `requester_id`, `submitter_id`, `assignee_id`, `group_id`, `tags`,
/// `satisfaction_rating`, `created_at`, `updated_at`, `description`) and the Ticket
/// Comments API's comment object (`author_id`, `body`, `html_body`, `public`,
/// `created_at`). A ticket that carries its `comments` (as a whole-account JSON
/// export writes it, one ticket per line) speaks in them; one without (a page of the
/// incremental ticket export) speaks only in its `description`, the first comment.
///
/// Zendesk marks no comment as the customer's: the author whose id is the ticket's
/// `requester_id` is the customer, anyone else an agent. A requester who is an agent,
/// or a customer in copy who writes, is therefore misplaced; Zendesk exports say no
/// more. Private comments are internal notes and are not turns. The group is the
/// contact's site, so `--sites` can say which groups an outsourcing vendor works.
enum ZendeskJSONTicket {
  static func contact(_ ticket: JSONNode, _ record: JSONRecordReader.Record) throws(JSONRecordReader.Refusal) -> Contact {
    guard case .object = ticket else {
      throw JSONRecordReader.Refusal("not a JSON object: a Zendesk ticket is an object")
    }
    guard let id = ticket["id"]?.scalarText else {
      throw JSONRecordReader.Refusal("no id: every Zendesk ticket has one")
    }
    let label = ticket["status"]?.string
    if label?.lowercased() == "deleted" {
      throw JSONRecordReader.Refusal(
        "ticket \(id) was deleted (status \"deleted\"): the incremental export lists deleted tickets, "
          + "which are no contacts to measure")
    }
    let requester = ticket["requester_id"]?.scalarText
    var contact = Contact(
      id: id, provider: record.provider, site: ticket["group_id"]?.scalarText,
      channel: ticket["via"]?["channel"]?.scalarText.flatMap(ZendeskVia.channel(type:)),
      customerID: requester, agentID: ticket["assignee_id"]?.scalarText,
      openedAt: time(ticket["created_at"]), updatedAt: time(ticket["updated_at"]),
      status: label.map { ZendeskStatus.status(label: $0) ?? ContactStatus(label: $0) } ?? .unknown)
    // The JSON has no solved time; as in the XML export, the last update stands in.
    if contact.status == .resolved { contact.closedAt = contact.updatedAt }
    ZendeskStatus.applyMerge(tags: tags(ticket["tags"]), to: &contact)
    if case .score(let score) = HelpdeskSatisfaction.read(ticket["satisfaction_rating"]?["score"]?.string) {
      contact.csat = score
    }
    contact.turns = try turns(ticket, id: id, requester: requester)
    return contact
  }

  /// The public comments as turns; without `comments`, the description by its submitter.
  private static func turns(
    _ ticket: JSONNode, id: String, requester: String?
  ) throws(JSONRecordReader.Refusal) -> [Turn] {
    guard let comments = ticket["comments"]?.elements, !comments.isEmpty else {
      guard let description = ticket["description"]?.string, !description.isEmpty else { return [] }
      let submitter = ticket["submitter_id"]?.scalarText ?? requester
      let speaker: Speaker = submitter == requester ? .customer : .agent
      return [Turn(speaker: speaker, at: time(ticket["created_at"]), text: description)]
    }
    // Without a requester, the first comment's author is taken as the customer.
    let customer = requester ?? comments.first?["author_id"]?.scalarText
    var turns: [Turn] = []
    for (position, comment) in comments.enumerated() where comment["public"] != .bool(false) {
      guard let text = commentText(comment), !text.isEmpty else { continue }
      guard let author = comment["author_id"]?.scalarText else {
        throw JSONRecordReader.Refusal(
          "comment \(position + 1) of ticket \(id) has no author_id, "
            + "so callaudit cannot tell the customer's from the agent's")
      }
      turns.append(Turn(speaker: author == customer ? .customer : .agent, at: time(comment["created_at"]), text: text))
    }
    return turns
  }

  /// A comment's text: `plain_body` or `body` as written, else `html_body` read as text.
  static func commentText(_ comment: JSONNode) -> String? {
    if let text = comment["plain_body"]?.string ?? comment["body"]?.string { return text.trimmingASCIIWhitespace() }
    return comment["html_body"]?.string.map(HTMLPlainText.plain)
  }

  /// An ISO 8601 time, as the API writes every time.
  static func time(_ node: JSONNode?) -> Timestamp? {
    node?.string.flatMap { Timestamp(iso8601: $0) }
  }

  /// The tags: an array of words, or (in older exports) one string of them.
  private static func tags(_ node: JSONNode?) -> [Substring] {
    if let text = node?.string { return ZendeskStatus.tags(text) }
    return node?.elements.compactMap { $0.string.map { Substring($0) } } ?? []
  }
}
