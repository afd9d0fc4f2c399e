import CallAuditModel

/// Reads ServiceNow list exports ("Export → CSV") and the UCI incident event log
/// (docs/formats.md, "ServiceNow").
///
/// Headers may be field names (`caller_id`) or display labels (`Caller`);
/// choice fields hold labels (`Resolved`, `3 - Moderate`); dates are in the
/// exporting user's format, whose day/month order is read from the first
/// 64 KiB (``DateOrderSniffer``).
///
/// One contact per incident number: when a number comes again — an event log
/// writes one row per update — the later row replaces the earlier, and the
/// earlier still counts as an accepted record. So every incident is held until
/// the input ends; memory grows with the number of incidents, not of rows.
package struct ServiceNowCSVReader: ContactReader {
  package var options: IngestionOptions
  /// Whether the input is the UCI event log, where `?` stands for an empty value.
  package var eventLog: Bool

  package func read(
    _ stream: ByteStream, into summary: inout InputSummary, emit: (Contact) -> Void
  ) throws(InputError) {
    // --date-order wins; otherwise the first 64 KiB decide, else month first.
    let sample = try stream.peek(1 << 16)
    let sniffed = options.dateOrder ?? DateOrderSniffer.sniff(sample)
    let mapper = ServiceNowIncidentMapper(
      provider: options.defaultProvider ?? Contact.unspecifiedProvider, dateOrder: sniffed ?? .monthFirst)
    var table = CSVTable(stream: stream, options: options)
    let header = try table.readHeader()
    let columns = ServiceNowColumns(header: header)
    guard columns[.number] != nil || columns[.sysID] != nil else {
      throw .missingColumn(path: stream.path, column: "number")
    }
    var held: [Contact] = []
    var indexByID: [String: Int] = [:]
    var replaced = 0
    var sawNumericDate = false
    let nullMarker = eventLog ? "?" : nil
    try table.forEachRow(fieldCount: header.count, summary: &summary) { record throws(FieldError) in
      let value: (ServiceNowField) -> String? = { field in
        guard let text = record.value(columns[field]), text != nullMarker else { return nil }
        return text
      }
      var contact = try mapper.contact(value)
      // Undecided order matters only if a date is numeric and could be read both ways.
      if sniffed == nil, !sawNumericDate, let opened = value(.openedAt) {
        sawNumericDate = Self.isAmbiguousNumericDate(opened)
      }
      let caller = ServiceNowCaller(displayName: contact.customerID, openerLogin: nil)
      let journal = Self.journal(value, order: mapper.dateOrder).map { $0.turn(caller: caller) }
      contact.turns = ServiceNowTranscript.assemble(opening: contact.turns.first, journal: journal)
      if let index = indexByID[contact.id] {
        held[index] = contact
        replaced += 1
      } else {
        indexByID[contact.id] = held.count
        held.append(contact)
      }
    }
    if sawNumericDate {
      summary.note(
        "numeric dates such as 05-03-2024 read either way and nothing in the first 64 KiB decided it; read month first")
    }
    if replaced > 0 {
      summary.note(
        eventLog
          ? "\(Self.rows(replaced)) held earlier update events of an incident with a later row; "
            + "each incident's last row is its contact"
          : "\(Self.rows(replaced)) repeated the number of an earlier incident; the later row is used")
    }
    held.forEach(emit)
  }

  /// The journal entries of a row's journal columns: `comments_and_work_notes`
  /// when present (it holds both), else `comments` and `work_notes`.
  private static func journal(
    _ value: (ServiceNowField) -> String?, order: Timestamp.DateOrder
  ) -> [ServiceNowJournalEntry] {
    if let both = value(.commentsAndWorkNotes) {
      return ServiceNowJournalText.entries(in: both, kind: .comment, order: order)
    }
    var entries: [ServiceNowJournalEntry] = []
    if let comments = value(.comments) {
      entries += ServiceNowJournalText.entries(in: comments, kind: .comment, order: order)
    }
    if let notes = value(.workNotes) {
      entries += ServiceNowJournalText.entries(in: notes, kind: .note, order: order)
    }
    return entries
  }

  /// "1 row" / "2 rows", for the notes.
  private static func rows(_ count: Int) -> String {
    count == 1 ? "1 row" : "\(count) rows"
  }

  /// Whether a date starts `a sep b sep yyyy` with both `a` and `b` at most 12.
  private static func isAmbiguousNumericDate(_ text: String) -> Bool {
    let parts = text.split(whereSeparator: { "/-. ".contains($0) }).prefix(3)
    guard parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), parts[2].count == 4 else { return false }
    return a <= 12 && b <= 12
  }
}
