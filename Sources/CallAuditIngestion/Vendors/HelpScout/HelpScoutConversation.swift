import CallAuditModel

/// One Help Scout conversation as a contact.
///
/// Follows the Mailbox API 2.0 reference (conversations, threads): each conversation
/// carries its threads in `_embedded.threads`, each with a `type`, an HTML `body`,
/// `createdBy.type` and `createdAt`. `customer` threads are the customer's, `reply`
/// (and 1.0's `message`) the agent's; `chat`, `phone` and `beaconchat` threads are
/// whoever `createdBy` names; notes, line items (status changes, assignments) and
/// forwards are internal and are not turns. The API lists threads newest first:
/// turns are put in time order. A file may be a page of the list
/// (`_embedded.conversations`), an array, or one conversation per line. The mailbox
/// is the contact's site, so `--sites` can say which mailboxes an outsourcing vendor
/// answers.
enum HelpScoutConversation {
  static func contact(_ conversation: JSONNode, _ record: JSONRecordReader.Record) throws(JSONRecordReader.Refusal) -> Contact {
    guard case .object = conversation else {
      throw JSONRecordReader.Refusal("not a JSON object: a Help Scout conversation is an object")
    }
    guard let id = conversation["id"]?.scalarText else {
      throw JSONRecordReader.Refusal("no id: every Help Scout conversation has one")
    }
    var timed: [(at: Timestamp?, order: Int, turn: Turn)] = []
    var customerID = conversation["primaryCustomer"]?["id"]?.scalarText
    var agentID = conversation["assignee"]?["id"]?.scalarText
    for (position, thread) in (conversation["_embedded"]?["threads"]?.elements ?? []).enumerated() {
      let type = thread["type"]?.string?.lowercased() ?? ""
      let author = thread["createdBy"]?["type"]?.string?.lowercased()
      let speaker: Speaker
      switch (type, author) {
      case ("note", _), ("lineitem", _), ("forwardparent", _), ("forwardchild", _): continue
      case ("customer", _), ("chat", "customer"), ("phone", "customer"), ("beaconchat", "customer"):
        speaker = .customer
      case ("reply", _), ("message", _), ("chat", "user"), ("phone", "user"), ("beaconchat", "user"):
        speaker = .agent
      default:
        throw JSONRecordReader.Refusal(
          "thread \(position + 1) of conversation \(id) is of type \"\(type)\" by \"\(author ?? "nobody")\", "
            + "which callaudit cannot place as the customer's or the agent's")
      }
      guard let body = thread["body"]?.string else { continue }
      let text = HTMLPlainText.plain(body)
      guard !text.isEmpty else { continue }
      let who = thread["createdBy"]?["id"]?.scalarText
      if speaker == .customer, customerID == nil { customerID = who }
      if speaker == .agent, agentID == nil { agentID = who }
      let at = thread["createdAt"]?.string.flatMap { Timestamp(iso8601: $0) }
      timed.append((at, position, Turn(speaker: speaker, at: at, text: text)))
    }
    // Oldest first; threads without a time keep their place among those of the same time.
    timed.sort { a, b in
      switch (a.at, b.at) {
      case (let x?, let y?) where x != y: x < y
      default: a.order > b.order  // the API's newest-first order, reversed
      }
    }
    let status: ContactStatus =
      switch conversation["status"]?.string?.lowercased() {
      case "active", "open": .open
      case "pending": .pending
      case "closed": .closed
      default: .unknown
      }
    return Contact(
      id: id, provider: record.provider, site: conversation["mailboxId"]?.scalarText,
      channel: Self.channel(conversation["type"]?.string), customerID: customerID, agentID: agentID,
      openedAt: conversation["createdAt"]?.string.flatMap { Timestamp(iso8601: $0) },
      closedAt: conversation["closedAt"]?.string.flatMap { Timestamp(iso8601: $0) },
      updatedAt: conversation["userUpdatedAt"]?.string.flatMap { Timestamp(iso8601: $0) },
      status: status, turns: timed.map(\.turn))
  }

  private static func channel(_ type: String?) -> String? {
    switch type?.lowercased() {
    case nil: nil
    case "phone": "call"
    case let other?: other
    }
  }
}
