/// Reads callaudit's canonical CSV (docs/formats.md): a header row naming any of the
/// ``CanonicalField`` columns in any order and case, then one row per contact.
struct CanonicalCSVReader: ContactReader {
  var options: IngestionOptions

  func read(
    _ stream: ByteStream, into summary: inout InputSummary, emit: (Contact) -> Void
  ) throws(InputError) {
    var table = CSVTable(stream: stream, options: options)
    let header = try table.readHeader()
    let layout = try ColumnLayout(header: header, path: stream.path, summary: &summary)
    let defaultProvider = options.defaultProvider ?? Contact.unspecifiedProvider
    try table.forEachRow(fieldCount: header.count, summary: &summary) { record throws(FieldError) in
      var contact = Contact(id: "", provider: defaultProvider)
      for (field, column) in layout.columns where !record.isEmpty(column) {
        try field.apply(record.string(column), to: &contact)
      }
      guard !contact.id.isEmpty else {
        throw FieldError(field: nil, value: "", expected: "", detail: "the contact has no contact_id")
      }
      emit(contact)
    }
  }
}

/// Which column holds which canonical field.
private struct ColumnLayout {
  var columns: [(CanonicalField, Int)] = []

  init(header: CSVHeader, path: String, summary: inout InputSummary) throws(InputError) {
    var unknown: [String] = []
    var seen: Set<String> = []
    for index in 0..<header.count {
      let name = header.names[index].lowercased()
      guard let field = CanonicalField.allCases.first(where: { $0.columnName == name }) else {
        if !name.isEmpty { unknown.append(name) }
        continue
      }
      if !seen.insert(name).inserted {
        summary.note("column '\(name)' appears more than once; the first one is used")
        continue
      }
      columns.append((field, index))
    }
    guard seen.contains(CanonicalField.contactID.columnName) else {
      throw .missingColumn(path: path, column: CanonicalField.contactID.columnName)
    }
    if !unknown.isEmpty {
      summary.note("ignored unknown columns: \(unknown.joined(separator: ", "))")
    }
  }
}
