import CallAuditText
/// Salesforce Case records as CSV (Data Export, Data Loader, or a report).
enum SalesforceCaseFormat: FormatDefinition {
  static let summary =
    "Salesforce Case CSV: one row per case; the description and any CaseComment CSV beside it make the transcript"
  static let detection = "a header with CaseNumber and Id (or Case ID) and a Status, Origin, IsClosed or Subject column"

  static func matches(_ sample: FormatSample) -> Bool {
    let header = HelpdeskHeaderSignature(sample)
    return header.contains("CaseNumber") && header.containsAny("Id", "Case ID")
      && header.containsAny("Status", "Origin", "IsClosed", "Subject")
  }

  static func reader(options: IngestionOptions) -> any ContactReader {
    SalesforceCaseReader(options: options)
  }
}
