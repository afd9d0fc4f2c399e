import CallAuditModel

/// The comments of the CaseComment CSVs beside a Case CSV, grouped by case,
/// waiting to be joined to their cases as the Case CSV is read.
///
/// The comment rows are counted by the CaseComment CSV's own input, not here:
/// a row that cannot be read is simply left out (that input rejects it with
/// its line). Memory grows with the comments' text, which is bounded by
/// Salesforce at 4,000 bytes a comment.
package struct SalesforceCommentIndex {
  /// The CaseComment CSVs read, in name order.
  package private(set) var sources: [String] = []
  /// Why a CaseComment CSV beside the input could not be read in full.
  package private(set) var failures: [String] = []
  /// How many comments have been joined so far.
  package private(set) var joined = 0
  private var turnsByCase: [String: [Turn]] = [:]

  /// Reads every CaseComment CSV beside `path`.
  package init(beside path: String, options: IngestionOptions) {
    for source in SalesforceSiblingFiles.paths(beside: path, matching: SalesforceCaseCommentFormat.self) {
      sources.append(source)
      do throws(InputError) {
        try load(source, options: options)
      } catch {
        failures.append(error.description)
      }
    }
  }

  /// Takes the comments of the case with record id `recordID`, oldest first.
  package mutating func take(recordID: String) -> [Turn] {
    guard let turns = turnsByCase.removeValue(forKey: SalesforceID.key(recordID)) else { return [] }
    joined += turns.count
    // Exports list comments by id, not by time; ties keep the file order.
    return turns.enumerated().sorted { a, b in
      let (x, y) = (a.element.at, b.element.at)
      if x == y { return a.offset < b.offset }
      guard let x else { return false }
      guard let y else { return true }
      return x < y
    }.map(\.element)
  }

  private mutating func load(_ source: String, options: IngestionOptions) throws(InputError) {
    let stream = try ByteStream(path: source)
    let sample = try stream.peek(1 << 16)
    var table = CSVTable(stream: stream, options: options)
    let header = try table.readHeader()
    var row = try SalesforceCommentRow(header: header, path: source)
    row.dates = SalesforceCaseRow.dateReading(options: options, sample: sample)
    var scratch = InputSummary(path: source)
    try table.forEachRow(fieldCount: header.count, summary: &scratch) { record throws(FieldError) in
      let comment = try row.read(record)
      turnsByCase[SalesforceID.key(comment.parentID), default: []].append(comment.turn)
    }
  }
}
