import CallAuditModel

/// One Intercom conversation as a contact.
///
/// Follows Intercom's REST API reference (the conversation and conversation-part
/// models): the first message is `source` (its `body`, HTML, and `author`), the rest
/// are `conversation_parts.conversation_parts[]` with a `part_type`, `body`, `author`
/// and `created_at`. Authors of type `user`, `lead` or `contact` are the customer,
/// `admin` and `team` the agent; a `bot` (Intercom's Fin, custom bots) speaks in
/// system turns, since a bot reads its script by design. Notes (`part_type` `note`)
/// are internal and are not turns; parts without a body (assignments, closing) are
/// not turns either. A file may hold one conversation per line, an array of them, or
/// a `conversation.list` with them under `conversations`. The assigned team is the
/// contact's site, so `--sites` can say which teams are outsourced.
enum IntercomConversation {
  static func contact(_ conversation: JSONNode, _ record: JSONRecordReader.Record) throws(JSONRecordReader.Refusal) -> Contact {
    guard case .object = conversation else {
      throw JSONRecordReader.Refusal("not a JSON object: an Intercom conversation is an object")
    }
    guard let id = conversation["id"]?.scalarText else {
      throw JSONRecordReader.Refusal("no id: every Intercom conversation has one")
    }
    var turns: [Turn] = []
    var customerID: String?
    var agentID = conversation["admin_assignee_id"]?.scalarText.flatMap { $0 == "0" ? nil : $0 }
    func add(_ message: JSONNode, partType: String?) throws(JSONRecordReader.Refusal) {
      guard partType != "note", let body = message["body"]?.string else { return }
      let text = HTMLPlainText.plain(body)
      guard !text.isEmpty else { return }
      let author = message["author"]
      let speaker: Speaker
      switch author?["type"]?.string?.lowercased() {
      case "user", "lead", "contact":
        speaker = .customer
        if customerID == nil { customerID = author?["id"]?.scalarText }
      case "admin", "team":
        speaker = .agent
        if agentID == nil { agentID = author?["id"]?.scalarText }
      case "bot": speaker = .system
      default:
        throw JSONRecordReader.Refusal(
          "a message of conversation \(id) has an author of type \"\(author?["type"]?.string ?? "none")\", "
            + "not user, lead, contact, admin, team or bot")
      }
      let time = message["created_at"]?.double.flatMap(Self.time)
      turns.append(Turn(speaker: speaker, at: time, text: text))
    }
    if let source = conversation["source"] { try add(source, partType: nil) }
    for part in conversation["conversation_parts"]?["conversation_parts"]?.elements ?? [] {
      try add(part, partType: part["part_type"]?.string)
    }
    if customerID == nil {
      customerID = conversation["contacts"]?["contacts"]?.elements.first.flatMap { $0["id"]?.scalarText }
    }
    let state = conversation["state"]?.string
    return Contact(
      id: id, provider: record.provider, site: conversation["team_assignee_id"]?.scalarText,
      channel: Self.channel(conversation["source"]?["type"]?.string), customerID: customerID, agentID: agentID,
      openedAt: conversation["created_at"]?.double.flatMap(Self.time),
      updatedAt: conversation["updated_at"]?.double.flatMap(Self.time),
      status: state.map { $0 == "snoozed" ? .pending : ContactStatus(label: $0) } ?? .unknown,
      csat: conversation["conversation_rating"]?["rating"]?.double.flatMap { (1...5).contains($0) ? $0 : nil },
      turns: turns)
  }

  /// Seconds since 1970, as Intercom writes times; an impossible value gives none.
  private static func time(_ seconds: Double) -> Timestamp? {
    seconds > 0 && seconds < 1e11 ? Timestamp(secondsSinceEpoch: Int64(seconds)) : nil
  }

  /// The channel of a conversation's source type.
  private static func channel(_ type: String?) -> String? {
    switch type {
    case nil: nil
    case "conversation", "chat": "chat"
    case "email": "email"
    case "phone_call", "phone_switch": "call"
    case let other?: other
    }
  }
}
