import CallAuditModel

/// The record ids of the cases in the Case CSVs beside a CaseComment CSV: the
/// cases its comments can be joined to.
///
/// A case counts when the Case CSV's own reader accepts its row, decided by
/// the same ``SalesforceCaseRow``, so that a comment is accepted here exactly
/// when it is joined there.
package struct SalesforceCaseIDs {
  /// The Case CSVs read, in name order.
  package private(set) var sources: [String] = []
  /// Why a Case CSV beside the input could not be read in full.
  package private(set) var failures: [String] = []
  private var ids: Set<String> = []

  /// Reads every Case CSV beside `path`.
  package init(beside path: String, options: IngestionOptions) {
    for source in SalesforceSiblingFiles.paths(beside: path, matching: SalesforceCaseFormat.self) {
      sources.append(source)
      do throws(InputError) {
        try load(source, options: options)
      } catch {
        failures.append(error.description)
      }
    }
  }

  /// Whether a case with record id `recordID` was read.
  package func contains(_ recordID: String) -> Bool { ids.contains(SalesforceID.key(recordID)) }

  private mutating func load(_ source: String, options: IngestionOptions) throws(InputError) {
    let stream = try ByteStream(path: source)
    let sample = try stream.peek(1 << 16)
    var table = CSVTable(stream: stream, options: options)
    let header = try table.readHeader()
    var row = try SalesforceCaseRow(header: header, path: source)
    row.dates = SalesforceCaseRow.dateReading(options: options, sample: sample)
    var scratch = InputSummary(path: source)
    var notes: Set<String> = []
    try table.forEachRow(fieldCount: header.count, summary: &scratch) { record throws(FieldError) in
      if let id = try row.read(record, provider: "", notes: &notes).recordID {
        ids.insert(SalesforceID.key(id))
      }
    }
  }
}
