/// Reads callaudit's canonical CSV (docs/formats.md): a header row naming any of the
/// ``CanonicalField`` columns in any order and case, then one row per contact.
struct CanonicalCSVReader: ContactReader {
  var options: IngestionOptions

  func read(
    _ stream: ByteStream, into summary: inout InputSummary, emit: (Contact) -> Void
  ) throws(InputError) {
    var scanner = CSVRecordScanner(stream: stream, maximumRecordBytes: options.maximumRecordBytes)
    guard let header = try next(&scanner, stream.path) else { throw .empty(path: stream.path) }
    if let message = header.defectMessage() {
      throw .stoppedAt(path: stream.path, line: header.line, reason: "the header row is malformed: \(message)")
    }
    let layout = try ColumnLayout(header: header, path: stream.path, summary: &summary)
    let defaultProvider = options.defaultProvider ?? Contact.unspecifiedProvider
    while let record = try next(&scanner, stream.path) {
      if let message = record.defectMessage() {
        summary.reject(line: record.line, reason: message)
        continue
      }
      guard record.count == layout.fieldCount else {
        summary.reject(
          line: record.line,
          reason: "expected \(layout.fieldCount) fields as in the header, found \(record.count)")
        continue
      }
      var contact = Contact(id: "", provider: defaultProvider)
      do {
        for (field, column) in layout.columns where !record.isEmpty(column) {
          try field.apply(record.string(column), to: &contact)
        }
      } catch {
        summary.reject(line: record.line, reason: error.description)
        continue
      }
      guard !contact.id.isEmpty else {
        summary.reject(line: record.line, reason: "the contact has no contact_id")
        continue
      }
      summary.accept()
      emit(contact)
    }
  }

  private func next(_ scanner: inout CSVRecordScanner, _ path: String) throws(InputError) -> CSVRecord? {
    do {
      return try scanner.nextRecord()
    } catch {
      switch error {
      case .read(let inputError): throw inputError
      case .recordTooLarge(let line, let limit):
        throw .stoppedAt(
          path: path, line: line,
          reason: "a record grows past \(limit >> 20) MiB; a quote opened here is probably never closed")
      }
    }
  }
}

/// Which column holds which canonical field.
private struct ColumnLayout {
  var columns: [(CanonicalField, Int)] = []
  var fieldCount: Int

  init(header: CSVRecord, path: String, summary: inout InputSummary) throws(InputError) {
    fieldCount = header.count
    var unknown: [String] = []
    var seen: Set<String> = []
    for index in 0..<header.count {
      let name = header.string(index).trimmingASCIIWhitespace().lowercased()
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
