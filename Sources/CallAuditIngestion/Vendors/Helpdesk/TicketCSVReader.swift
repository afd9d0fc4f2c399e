import CallAuditModel

/// How one helpdesk's ticket CSV maps a row onto a contact: built once from the
/// header, then asked for each row.
package protocol TicketCSVRow {
  /// The order the helpdesk usually writes numeric dates in, and its name for notes.
  static var usualDateOrder: Timestamp.DateOrder { get }
  static var vendorName: String { get }
  /// How the input's numeric dates are read; set by the reader after `init`.
  var dates: DateReading { get set }
  /// Finds the columns the mapping needs.
  /// - Throws: ``InputError`` when a required column is missing.
  init(header: CSVHeader, path: String) throws(InputError)
  /// The row's contact; remarks that concern the whole file go to `notes`.
  func contact(from record: CSVRecord, provider: String, notes: inout Set<String>) throws(FieldError) -> Contact
}

/// Reads a one-ticket-per-row CSV export (Zendesk, Freshdesk) through its ``TicketCSVRow``.
package struct TicketCSVReader<Row: TicketCSVRow>: ContactReader {
  package var options: IngestionOptions

  package func read(
    _ stream: ByteStream, into summary: inout InputSummary, emit: (Contact) -> Void
  ) throws(InputError) {
    // The sample is taken before the table starts reading.
    let sample = try stream.peek(1 << 16)
    var table = CSVTable(stream: stream, options: options)
    let header = try table.readHeader()
    var row = try Row(header: header, path: stream.path)
    row.dates = DateReading(options: options, sample: sample, usual: Row.usualDateOrder, vendor: Row.vendorName)
    if let note = row.dates.note { summary.note(note) }
    let provider = options.defaultProvider ?? Contact.unspecifiedProvider
    var notes: Set<String> = []
    defer { for note in notes.sorted() { summary.note(note) } }
    try table.forEachRow(fieldCount: header.count, summary: &summary) { record throws(FieldError) in
      emit(try row.contact(from: record, provider: provider, notes: &notes))
    }
  }
}
