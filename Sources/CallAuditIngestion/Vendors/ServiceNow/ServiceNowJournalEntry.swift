import CallAuditModel

/// One entry of an incident's activity journal: an additional comment, which the
/// caller sees, or a work note, which only agents see.
package struct ServiceNowJournalEntry {
  /// Which journal field the entry belongs to.
  package enum Kind {
    /// `comments` (Additional comments): the conversation with the caller.
    case comment
    /// `work_notes` or any other journal field: internal to the service desk.
    case note
  }

  /// The journal field.
  package var kind: Kind
  /// The author's user name or display name, if known.
  package var author: String?
  /// When the entry was written.
  package var at: Timestamp?
  /// What was written.
  package var text: String

  /// The journal field for a `sys_journal_field` element name.
  package static func kind(ofElement element: String?) -> Kind {
    element?.trimmingASCIIWhitespace().lowercased() == "comments" ? .comment : .note
  }

  /// The entry as a turn: the caller's comments are the customer's, other
  /// comments the agents'; work notes are system turns, kept in the transcript
  /// but never read as something said to the customer.
  package func turn(caller: ServiceNowCaller) -> Turn {
    let speaker: Speaker
    switch kind {
    case .note: speaker = .system
    case .comment: speaker = caller.isCaller(author) ? .customer : .agent
    }
    return Turn(speaker: speaker, at: at, text: text)
  }
}
