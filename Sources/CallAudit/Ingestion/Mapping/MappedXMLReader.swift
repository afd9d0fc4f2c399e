/// Reads an XML export as a mapping file describes it: every element at the
/// record path becomes one contact, its values found by relative paths.
struct MappedXMLReader: ContactReader {
  var options: IngestionOptions
  var mapping: ContactMapping
  var recordPath: [String]

  func read(
    _ stream: ByteStream, into summary: inout InputSummary, emit: (Contact) -> Void
  ) throws(InputError) {
    // Paths were checked when the mapping was read.
    let fieldPaths = mapping.fields.map { $0.source.references.compactMap(XMLValuePath.init) }
    let turnPaths = mapping.turns.map { $0.source.references.compactMap(XMLValuePath.init) }
    let recordPath = self.recordPath
    let reader = XMLRecordReader(isRecord: { $0 == recordPath }, textLimit: options.maximumRecordBytes)
    var builder = MappedContactBuilder(mapping: mapping, defaultProvider: options.defaultProvider)
    try reader.read(stream, into: &summary) { record throws(FieldError) in
      // A field takes the first value of each of its paths; a turn rule takes every one.
      let fieldValues = fieldPaths.map { paths in paths.compactMap { $0.values(in: record).first } }
      let turnValues = turnPaths.map { paths in paths.flatMap { $0.values(in: record) } }
      emit(try builder.contact(line: record.line, fieldValues: fieldValues, turnValues: turnValues))
    }
    if summary.records == 0 {
      summary.note("no element matched the mapping's record path \(recordPath.joined(separator: "/"))")
    }
    if let note = builder.unknownStatusNote { summary.note(note) }
  }
}
