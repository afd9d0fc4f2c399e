import CallAuditModel

/// One record of Zendesk's incremental ticket event export: one update (audit) of
/// one ticket, with what it changed and, with `include=comment_events`, the comment
/// it added.
///
/// Follows Incremental Exports ("Incremental Ticket Event Export") and the Ticket
/// Audit events reference: a record has `ticket_id`, `created_at` (or `timestamp`,
/// seconds), `via` and `child_events`; a child event's `event_type` is `Create`,
/// `Change`, `Comment` (with `author_id`, `body`, `html_body`, `plain_body`,
/// `public`) or another kind callaudit does not need. A `Create` or `Change` names
/// its field either as the key of the value (`"status": "solved"`) or as
/// `field_name` with `value`; both are read. Private comments are internal notes and
/// are not kept.
struct ZendeskTicketEvent {
  /// A public comment, by an author the gathered ticket places later.
  struct Comment {
    var author: String
    var at: Timestamp?
    var text: String
  }

  /// The ticket fields callaudit reads from `Create` and `Change` events.
  static let fields = ["status", "requester_id", "assignee_id", "group_id"]

  var ticketID: String
  var at: Timestamp?
  /// Whether the update created the ticket.
  var creates = false
  /// How the update came in, as written (a via type or title, `Web form`, `Mail`).
  var via: String?
  /// The fields set, each to its value as text (`nil` when cleared).
  var changes: [String: String?] = [:]
  var comments: [Comment] = []

  static func event(_ node: JSONNode, _ record: JSONRecordReader.Record) throws(JSONRecordReader.Refusal) -> Self {
    guard case .object = node else {
      throw JSONRecordReader.Refusal("not a JSON object: a Zendesk ticket event is an object")
    }
    guard let ticketID = node["ticket_id"]?.scalarText else {
      throw JSONRecordReader.Refusal("no ticket_id: every Zendesk ticket event names its ticket")
    }
    let at = ZendeskJSONTicket.time(node["created_at"]) ?? node["timestamp"]?.double.flatMap(seconds)
    var event = ZendeskTicketEvent(ticketID: ticketID, at: at)
    event.via = node["via"]?.scalarText ?? node["via"]?["channel"]?.scalarText
    for (position, child) in (node["child_events"]?.elements ?? []).enumerated() {
      let kind = (child["event_type"] ?? child["type"])?.string
      switch kind {
      case "Create", "Change":
        if kind == "Create" { event.creates = true }
        if let name = child["field_name"]?.string, fields.contains(name) {
          event.changes.updateValue(child["value"]?.scalarText, forKey: name)
        }
        for name in fields where child[name] != nil { event.changes.updateValue(child[name]?.scalarText, forKey: name) }
      case "Comment", "VoiceComment":
        guard child["public"] != .bool(false) else { continue }
        guard let text = ZendeskJSONTicket.commentText(child), !text.isEmpty else { continue }
        guard let author = child["author_id"]?.scalarText else {
          throw JSONRecordReader.Refusal(
            "child event \(position + 1) of the event of ticket \(ticketID) is a comment without an author_id, "
              + "so callaudit cannot tell the customer's from the agent's")
        }
        let commented = ZendeskJSONTicket.time(child["created_at"]) ?? at
        event.comments.append(Comment(author: author, at: commented, text: text))
      default: continue
      }
    }
    return event
  }

  /// Seconds since 1970; an impossible value gives none.
  private static func seconds(_ value: Double) -> Timestamp? {
    value > 0 && value < 1e11 ? Timestamp(secondsSinceEpoch: Int64(value)) : nil
  }
}
