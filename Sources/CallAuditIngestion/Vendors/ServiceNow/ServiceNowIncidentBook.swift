import CallAuditModel

/// The incidents of a ServiceNow XML export, held until the end of the document
/// so that their journal entries can be joined to them.
///
/// The export writes journal entries (`sys_journal_field`) as records of their
/// own, linked to their incident only by `element_id` = the incident's `sys_id`,
/// and anywhere in the document. So every incident is held — as its contact
/// and the few caller spellings needed to attribute comments, not as XML —
/// and emitted when the document ends. Memory grows with the number of
/// incidents and the text of their journals, not with the attachments.
///
/// Accounting: an incident is accepted when it maps to a contact; a journal
/// entry is accepted when it joins its incident and rejected, at the end, when
/// no incident in the document has its `element_id`. Rejections are listed in
/// line order when the book finishes, since orphans are only known then.
package final class ServiceNowIncidentBook {
  /// Counts so far; rejections join it in ``finish(complete:emit:)``.
  package var summary: InputSummary

  private struct HeldIncident {
    var contact: Contact
    var caller: ServiceNowCaller
    var journal: [Turn] = []
  }

  private struct PendingEntry {
    var elementID: String
    var entry: ServiceNowJournalEntry
    var line: Int
  }

  private let mapper: ServiceNowIncidentMapper
  private var incidents: [HeldIncident] = []
  private var indexBySysID: [String: Int] = [:]
  private var pending: [PendingEntry] = []
  private var repeatedIncidents = 0
  private var rejections = RejectionLedger()

  /// Creates an empty book.
  package init(summary: InputSummary, mapper: ServiceNowIncidentMapper) {
    self.summary = summary
    self.mapper = mapper
  }

  /// Takes one `<incident>` or `<sys_journal_field>` record.
  package func take(_ record: ServiceNowUnloadRecord) {
    if record.overflowed {
      rejections.add(line: record.line, reason: "the record's text is longer than the record size limit")
      return
    }
    do {
      if record.table == "incident" {
        try takeIncident(record)
      } else {
        try takeJournalEntry(record)
      }
    } catch {
      rejections.add(line: record.line, reason: error.description)
    }
  }

  /// Counts a record that reading stopped inside as rejected.
  package func reject(cutOff record: ServiceNowUnloadRecord, reason: String) {
    rejections.add(line: record.line, reason: reason)
  }

  /// Joins the journal entries still waiting, rejects those whose incident
  /// never appeared, and hands every incident over in document order.
  /// - Parameter complete: whether the whole document was read (otherwise an
  ///   entry's incident may lie in the part that could not be read).
  package func finish(complete: Bool, emit: (Contact) -> Void) {
    for waiting in pending {
      if let index = indexBySysID[waiting.elementID] {
        incidents[index].journal.append(waiting.entry.turn(caller: incidents[index].caller))
        summary.accept()
      } else {
        let place = complete ? "in this file" : "in the part of the file that could be read"
        rejections.add(
          line: waiting.line,
          reason: "the journal entry belongs to element_id \(waiting.elementID), and no <incident> \(place) has that sys_id")
      }
    }
    pending = []
    rejections.flush(into: &summary)
    if repeatedIncidents > 0 {
      summary.note(
        "\(repeatedIncidents) <incident> records repeat the sys_id of an earlier one; the later record's fields are used")
    }
    for held in incidents {
      var contact = held.contact
      contact.turns = ServiceNowTranscript.assemble(opening: contact.turns.first, journal: held.journal)
      emit(contact)
    }
    incidents = []
    indexBySysID = [:]
  }

  private func takeIncident(_ record: ServiceNowUnloadRecord) throws(FieldError) {
    let contact = try mapper.contact { record.value($0.name) }
    let caller = ServiceNowCaller(
      displayName: record.value(ServiceNowField.caller.name),
      openerLogin: Self.callerOpened(record) ? record.value(ServiceNowField.createdBy.name) : nil)
    summary.accept()
    guard let sysID = record.rawValue(ServiceNowField.sysID.name) else {
      incidents.append(HeldIncident(contact: contact, caller: caller))
      return
    }
    if let index = indexBySysID[sysID] {
      repeatedIncidents += 1
      incidents[index].contact = contact
      incidents[index].caller = caller
    } else {
      indexBySysID[sysID] = incidents.count
      incidents.append(HeldIncident(contact: contact, caller: caller))
    }
  }

  private func takeJournalEntry(_ record: ServiceNowUnloadRecord) throws(FieldError) {
    guard let elementID = record.rawValue("element_id") else {
      throw FieldError(field: nil, value: "", expected: "", detail: "the journal entry has no element_id")
    }
    var at: Timestamp? = nil
    if let created = record.rawValue("sys_created_on") {
      guard let time = Timestamp(exportText: created) else {
        throw FieldError(
          field: nil, value: created, expected: "", detail: "sys_created_on '\(created)' is not a date and time")
      }
      at = time
    }
    let entry = ServiceNowJournalEntry(
      kind: ServiceNowJournalEntry.kind(ofElement: record.rawValue("element")),
      author: record.rawValue("sys_created_by"), at: at,
      text: record.fields["value"]?.text.trimmingASCIIWhitespace() ?? "")
    if let index = indexBySysID[elementID] {
      incidents[index].journal.append(entry.turn(caller: incidents[index].caller))
      summary.accept()
    } else {
      // The incident may still come later in the document.
      pending.append(PendingEntry(elementID: elementID, entry: entry, line: record.line))
    }
  }

  /// Whether the caller opened the incident themselves: `opened_by` and
  /// `caller_id` name the same user (by sys_id, or by display name when the
  /// export has no sys_ids).
  private static func callerOpened(_ record: ServiceNowUnloadRecord) -> Bool {
    let caller = ServiceNowField.caller.name, opener = ServiceNowField.openedBy.name
    if let callerID = record.rawValue(caller), let openerID = record.rawValue(opener) {
      return callerID == openerID
    }
    guard let callerName = record.value(caller), let openerName = record.value(opener) else { return false }
    return callerName == openerName
  }
}
