import CallAuditModel

/// Reads a CSV export as a mapping file describes it: each rule's columns are
/// found in the header (or by number), then every row becomes one contact.
package struct MappedCSVReader: ContactReader {
  /// Settings shared by every reader.
  package var options: IngestionOptions
  /// The mapping that says which column is what.
  package var mapping: ContactMapping
  /// The field delimiter.
  package var delimiter: UInt8
  /// Whether the first row names the columns.
  package var hasHeader: Bool

  package func read(
    _ stream: ByteStream, into summary: inout InputSummary, emit: (Contact) -> Void
  ) throws(InputError) {
    var table = CSVTable(stream: stream, options: options, delimiter: delimiter)
    let fieldColumns: [[Int]]
    let turnColumns: [[Int]]
    var fieldCount: Int?
    if hasHeader {
      let header = try table.readHeader()
      fieldCount = header.count
      fieldColumns = try mapping.fields.map { rule throws(InputError) in try columns(rule.source, in: header, path: stream.path) }
      turnColumns = try mapping.turns.map { rule throws(InputError) in try columns(rule.source, in: header, path: stream.path) }
    } else {
      // Numbers were checked when the mapping was read.
      fieldColumns = mapping.fields.map { $0.source.references.map { Int($0)! - 1 } }
      turnColumns = mapping.turns.map { $0.source.references.map { Int($0)! - 1 } }
    }
    let turnRules = mapping.turns
    var builder = MappedContactBuilder(mapping: mapping, defaultProvider: options.defaultProvider)
    // Without a header, rows may be ragged; a row too short for a mapped column
    // just lacks that value.
    try table.forEachRow(fieldCount: fieldCount, summary: &summary) { record throws(FieldError) in
      let fieldValues = fieldColumns.map { columns in columns.compactMap { record.value($0) } }
      // Turns come in the order the mapping lists them.
      var turns: [Turn] = []
      for (rule, columns) in zip(turnRules, turnColumns) {
        for column in columns {
          if let text = record.value(column) { turns.append(Turn(speaker: rule.speaker, text: text)) }
        }
      }
      emit(try builder.contact(line: record.line, fieldValues: fieldValues, turns: turns))
    }
    if let note = builder.unknownStatusNote { summary.note(note) }
  }

  /// The header positions of a rule's columns.
  /// - Throws: ``InputError/missingMappedColumn(path:column:mapping:)`` for a column the header lacks.
  private func columns(
    _ source: ContactMapping.Source, in header: CSVHeader, path: String
  ) throws(InputError) -> [Int] {
    try source.references.map { name throws(InputError) in
      guard let index = header.index(name) else { throw .missingMappedColumn(path: path, column: name, mapping: mapping.file) }
      return index
    }
  }
}
