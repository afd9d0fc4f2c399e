import CallAuditModel

/// Reads a Salesforce Case CSV, one case per row, joining the comments of any
/// CaseComment CSV in the same directory into each case's transcript.
///
/// Inputs are read independently (and in parallel), so the Case CSV does not
/// wait for its comments to be named as an input: it looks beside itself,
/// where a Salesforce data export puts them. The comment rows are counted by
/// the CaseComment CSV when it is an input too (see
/// ``SalesforceCaseCommentReader``); here each case counts as one record.
package struct SalesforceCaseReader: ContactReader {
  package var options: IngestionOptions

  package func read(
    _ stream: ByteStream, into summary: inout InputSummary, emit: (Contact) -> Void
  ) throws(InputError) {
    let sample = try stream.peek(1 << 16)
    var table = CSVTable(stream: stream, options: options)
    let header = try table.readHeader()
    var row = try SalesforceCaseRow(header: header, path: stream.path)
    row.dates = SalesforceCaseRow.dateReading(options: options, sample: sample)
    if let note = row.dates.note { summary.note(note) }
    var comments = SalesforceCommentIndex(beside: stream.path, options: options)
    let provider = options.defaultProvider ?? Contact.unspecifiedProvider
    var notes: Set<String> = []
    var seen: Set<String> = []
    defer {
      for note in notes.sorted() { summary.note(note) }
      note(comments, hasRecordID: row.hasRecordID, in: &summary)
    }
    try table.forEachRow(fieldCount: header.count, summary: &summary) { record throws(FieldError) in
      var item = try row.read(record, provider: provider, notes: &notes)
      let key = item.recordID.map(SalesforceID.key) ?? item.contact.id
      guard seen.insert(key).inserted else {
        throw HelpdeskValue.rejection("the case \(key) appears more than once")
      }
      if let recordID = item.recordID { item.contact.turns += comments.take(recordID: recordID) }
      emit(item.contact)
    }
  }

  /// Says which comment files were joined, and what went wrong with any.
  private func note(_ comments: SalesforceCommentIndex, hasRecordID: Bool, in summary: inout InputSummary) {
    guard !comments.sources.isEmpty else { return }
    let files = comments.sources.joined(separator: ", ")
    if hasRecordID {
      summary.note("joined \(comments.joined) comments from the CaseComment CSV beside it (\(files))")
    } else {
      summary.note("the CaseComment CSV beside it (\(files)) was not joined: this file has no Id column")
    }
    for failure in comments.failures {
      summary.note("a CaseComment CSV beside it could not be read in full: \(failure)")
    }
  }
}
