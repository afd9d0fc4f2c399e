import CallAuditModel

/// Any other CSV, XML or JSON export, read as a mapping file (`--mapping FILE`) says.
///
/// Never detected: it is chosen by giving a mapping, which then applies to
/// every input. What it supplies depends on the mapping.
package enum MappingFormat: FormatDefinition {
  package static let summary = "any other CSV, XML or JSON export, read as a YAML mapping file describes it (--mapping FILE)"
  package static let detection = "not detected: chosen by --mapping FILE, for every input"
  /// A mapping may read transcript turns (a transcript column or turn columns).
  package static let suppliesText = true
  /// A mapping may read a sourcing column or list its sites' sourcing.
  package static let suppliesSourcing = true
  package static func matches(_ sample: FormatSample) -> Bool { false }
  package static func reader(options: IngestionOptions) -> any ContactReader {
    MappingReader(options: options)
  }
}

/// Picks the CSV, XML or JSON mapped reader for the mapping in the options.
package struct MappingReader: ContactReader {
  /// Settings shared by every reader, the mapping among them.
  package var options: IngestionOptions

  package func read(
    _ stream: ByteStream, into summary: inout InputSummary, emit: (Contact) -> Void
  ) throws(InputError) {
    guard var mapping = options.mapping else { throw .mappingRequired(path: stream.path) }
    summary.note("read with the mapping file \(mapping.file)")
    // The command line has the last word over the mapping file.
    if let order = options.dateOrder { mapping.dateOrder = order }
    switch mapping.layout {
    case .csv(let delimiter, let header):
      try MappedCSVReader(
        options: options, mapping: mapping, delimiter: options.delimiter ?? delimiter, hasHeader: header)
        .read(stream, into: &summary, emit: emit)
    case .xml(let recordPath):
      try MappedXMLReader(options: options, mapping: mapping, recordPath: recordPath)
        .read(stream, into: &summary, emit: emit)
    case .json(let recordsPath):
      try MappedJSONReader(options: options, mapping: mapping, recordsPath: recordsPath)
        .read(stream, into: &summary, emit: emit)
    }
  }
}
