import CallAuditModel

/// Reads the journal columns of a ServiceNow list export (`comments`,
/// `work_notes`, `comments_and_work_notes`), where every entry is written as
///
///     2024-03-05 21:06:35 - ITIL User (Additional comments)
///     Spoke to customer, appears to need a new VPN token.
///
/// newest first, entries separated by a blank line, times in the exporting
/// user's format. A heading's label names the journal: `Work notes` entries are
/// notes, `Additional comments` entries comments. Text with no heading at all
/// becomes one entry of the column's own kind, without author or time.
package enum ServiceNowJournalText {
  /// The entries of one journal cell.
  package static func entries(
    in text: String, kind defaultKind: ServiceNowJournalEntry.Kind, order: Timestamp.DateOrder
  ) -> [ServiceNowJournalEntry] {
    var entries: [ServiceNowJournalEntry] = []
    var body: [Substring] = []
    var current: ServiceNowJournalEntry? = nil
    func close() {
      let joined = body.joined(separator: "\n").trimmingASCIIWhitespace()
      if var entry = current {
        entry.text = joined
        entries.append(entry)
      } else if !joined.isEmpty {
        entries.append(ServiceNowJournalEntry(kind: defaultKind, author: nil, at: nil, text: joined))
      }
      body = []
    }
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = line.hasSuffix("\r") ? line.dropLast() : line
      if let heading = heading(line, defaultKind: defaultKind, order: order) {
        close()
        current = heading
      } else {
        body.append(line)
      }
    }
    close()
    return entries
  }

  /// Reads `<time> - <author> (<journal label>)`, or `nil` when the line is not a heading.
  private static func heading(
    _ line: Substring, defaultKind: ServiceNowJournalEntry.Kind, order: Timestamp.DateOrder
  ) -> ServiceNowJournalEntry? {
    let line = line.trimmingASCIIWhitespace()
    guard line.hasSuffix(")"), let open = line.ranges(of: " (").last,
      let dash = line.firstRange(of: " - "), dash.upperBound <= open.lowerBound,
      let at = Timestamp(exportText: String(line[..<dash.lowerBound]), order: order)
    else { return nil }
    let author = line[dash.upperBound..<open.lowerBound].trimmingASCIIWhitespace()
    let label = line[open.upperBound..<line.index(before: line.endIndex)].lowercased()
    let kind: ServiceNowJournalEntry.Kind =
      label.containsUnextended("work note") ? .note : label.containsUnextended("comment") ? .comment : defaultKind
    return ServiceNowJournalEntry(kind: kind, author: author.isEmpty ? nil : author, at: at, text: "")
  }
}
