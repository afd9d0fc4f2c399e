import CallAuditModel

/// Reads a Zendesk XML export: `<tickets type="array">` of `<ticket>`
/// elements, each with its `<comments>`, streamed one ticket at a time.
package struct ZendeskXMLReader: ContactReader {
  package var options: IngestionOptions

  package func read(
    _ stream: ByteStream, into summary: inout InputSummary, emit: (Contact) -> Void
  ) throws(InputError) {
    let provider = options.defaultProvider ?? Contact.unspecifiedProvider
    var notes: Set<String> = []
    defer { for note in notes.sorted() { summary.note(note) } }
    let records = XMLRecordReader(
      isRecord: { path in path.count == 2 && path[1] == "ticket" }, textLimit: options.maximumRecordBytes)
    try records.read(stream, into: &summary) { element throws(FieldError) in
      emit(try ZendeskXMLTicket(element: element).contact(provider: provider, notes: &notes))
    }
  }
}
