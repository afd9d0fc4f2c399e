/// Reads a Freshdesk ticket CSV export, one ticket per row.
struct FreshdeskCSVReader: ContactReader {
  var options: IngestionOptions

  func read(
    _ stream: ByteStream, into summary: inout InputSummary, emit: (Contact) -> Void
  ) throws(InputError) {
    var table = CSVTable(stream: stream, options: options)
    let header = try table.readHeader()
    let row = try FreshdeskCSVRow(header: header, path: stream.path)
    let provider = options.defaultProvider ?? Contact.unspecifiedProvider
    var notes: Set<String> = []
    defer { for note in notes.sorted() { summary.note(note) } }
    try table.forEachRow(fieldCount: header.count, summary: &summary) { record throws(FieldError) in
      emit(try row.contact(from: record, provider: provider, notes: &notes))
    }
  }
}
