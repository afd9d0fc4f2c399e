import CallAuditModel

/// Reads a Salesforce CaseComment CSV as an input of its own: it accounts for
/// every comment row but makes no contacts, since each comment is joined into
/// its case by the Case CSV beside it (``SalesforceCaseReader``).
///
/// A row is accepted when its case is in a Case CSV in the same directory —
/// exactly the comments that CSV joins — and rejected, with the reason,
/// when its case is not there, when there is no Case CSV beside it, or when
/// the row itself cannot be read.
package struct SalesforceCaseCommentReader: ContactReader {
  package var options: IngestionOptions

  package func read(
    _ stream: ByteStream, into summary: inout InputSummary, emit: (Contact) -> Void
  ) throws(InputError) {
    let sample = try stream.peek(1 << 16)
    var table = CSVTable(stream: stream, options: options)
    let header = try table.readHeader()
    var row = try SalesforceCommentRow(header: header, path: stream.path)
    row.dates = SalesforceCaseRow.dateReading(options: options, sample: sample)
    if let note = row.dates.note { summary.note(note) }
    let cases = SalesforceCaseIDs(beside: stream.path, options: options)
    if cases.sources.isEmpty {
      summary.note("no Salesforce Case CSV is beside this file, so its comments cannot be joined to their cases")
    } else {
      let files = cases.sources.joined(separator: ", ")
      summary.note("comments are joined into their cases by the Case CSV beside this file (\(files))")
    }
    for failure in cases.failures { summary.note("a Case CSV beside this file could not be read in full: \(failure)") }
    try table.forEachRow(fieldCount: header.count, summary: &summary) { record throws(FieldError) in
      let comment = try row.read(record)
      guard !cases.sources.isEmpty else {
        throw HelpdeskValue.rejection("no Case CSV is beside this file to join the comment to")
      }
      guard cases.contains(comment.parentID) else {
        throw HelpdeskValue.rejection("the comment's case \(comment.parentID) is not in the Case CSV beside this file")
      }
    }
  }
}
