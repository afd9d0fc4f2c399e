/// Salesforce Case records as CSV (Data Export, Data Loader, or a report).
package enum SalesforceCaseFormat: FormatDefinition {
  package static let summary =
    "Salesforce Case CSV: one row per case; the description and any CaseComment CSV beside it make the transcript"
  package static let detection = "a header with CaseNumber and Id (or Case ID) and a Status, Origin, IsClosed or Subject column"

  package static func matches(_ sample: FormatSample) -> Bool {
    let header = sample.headerSignature
    return header.contains("CaseNumber") && header.containsAny("Id", "Case ID")
      && header.containsAny("Status", "Origin", "IsClosed", "Subject")
  }

  package static func reader(options: IngestionOptions) -> any ContactReader {
    SalesforceCaseReader(options: options)
  }
}
