/// A ServiceNow incident list export as CSV, with field-name or display-label headers.
package enum ServiceNowCSVFormat: FormatDefinition {
  package static let summary =
    "ServiceNow incident list export (CSV): field-name or label headers, journal columns read as turns"
  package static let detection =
    "a header with number/Number, a state column and caller, opened or assignment columns, "
    + "and a first row whose number looks like INC0010001"
  package static func matches(_ sample: FormatSample) -> Bool {
    // The sample's folded names answer first, so other content costs no header of its own.
    guard sample.headerSignature.contains("number"), sample.csvRows.count > 1 else { return false }
    let header = CSVHeader(names: sample.csvRows.first ?? [])
    guard let number = header.index("number"), sample.csvRows.count > 1,
      header.index("state", "incident_state", "incident state") != nil,
      header.index("caller_id", "caller", "opened_at", "opened", "assignment_group", "short_description")
        != nil
    else { return false }
    let first = sample.csvRows[1]
    return number < first.count && looksLikeRecordNumber(first[number])
  }

  /// ServiceNow numbers are a table prefix and at least seven digits: `INC0010001`, `CS0001234`.
  package static func looksLikeRecordNumber(_ text: String) -> Bool {
    let letters = text.prefix { $0.isASCII && $0.isLetter }
    let digits = text.dropFirst(letters.count)
    return (2...6).contains(letters.count) && digits.count >= 7 && digits.allSatisfy { $0.isASCII && $0.isNumber }
  }

  package static func reader(options: IngestionOptions) -> any ContactReader {
    ServiceNowCSVReader(options: options, eventLog: false)
  }
}
