import CallAuditModel

/// Reads a ServiceNow XML export ("Export → XML"): `<unload>` holding
/// `<incident>` records and the `<sys_journal_field>` records that carry their
/// additional comments and work notes (docs/formats.md, "ServiceNow").
///
/// Incidents are held until the document ends (``ServiceNowIncidentBook``);
/// attachment records are skipped and counted in a note.
package struct ServiceNowXMLReader: ContactReader {
  package var options: IngestionOptions

  package func read(
    _ stream: ByteStream, into summary: inout InputSummary, emit: (Contact) -> Void
  ) throws(InputError) {
    let mapper = ServiceNowIncidentMapper(
      provider: options.defaultProvider ?? Contact.unspecifiedProvider, dateOrder: .dayFirst)
    let book = ServiceNowIncidentBook(summary: summary, mapper: mapper)
    let records = ServiceNowUnloadParser(
      tables: ["incident", "sys_journal_field"], textLimit: options.maximumRecordBytes, deliver: book.take)
    defer { summary = book.summary }
    var failure: InputError? = nil
    let parser = XMLStreamParser(handler: records)
    defer { if let note = XMLStreamParser.entityNote(parser.emptiedEntities) { book.summary.note(note) } }
    do {
      try parser.parse(stream)
    } catch let error as InputError {
      if let open = records.abandonOpenRecord() {
        book.reject(cutOff: open, reason: "reading stopped inside this record")
      }
      failure = error
    } catch let error as XMLStreamParser.WellFormednessError {
      if let open = records.abandonOpenRecord() {
        book.reject(cutOff: open, reason: "the record is cut off by the XML error at line \(error.line)")
      }
      failure = .malformedXML(path: stream.path, line: error.line, column: error.column, message: error.message)
    } catch {
      failure = .readFailed(path: stream.path, reason: "\(error)")
    }
    Self.noteSkipped(records.skipped, in: &book.summary)
    // Incidents read before a failure are complete records: they are kept.
    book.finish(complete: failure == nil, emit: emit)
    if let failure { throw failure }
  }

  /// Says which records of other tables were passed over, so that the count of
  /// records read is not mistaken for everything in the file.
  private static func noteSkipped(_ skipped: [String: Int], in summary: inout InputSummary) {
    guard !skipped.isEmpty else { return }
    // A few tables by name: a file may hold millions of distinct element names.
    let tables = skipped.sorted { $0.key < $1.key }
    var list = tables.prefix(NameSample.shownLimit).map { "\($0.value) <\(NameSample.clipped($0.key))>" }
      .joined(separator: ", ")
    list += " records"
    if tables.count > NameSample.shownLimit {
      let others = tables.dropFirst(NameSample.shownLimit)
      list += " and \(others.reduce(0) { $0 + $1.value }) more of \(others.count) other tables"
    }
    let why =
      skipped.keys.allSatisfy { $0.hasPrefix("sys_attachment") }
      ? "attachments are files, not conversation" : "callaudit reads incidents and their journal entries"
    summary.note("skipped \(list), not counted: \(why)")
  }
}
