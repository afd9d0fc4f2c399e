import CallAuditText
/// Salesforce CaseComment records as CSV, the comments of the cases in the
/// Case CSV beside them.
enum SalesforceCaseCommentFormat: FormatDefinition {
  static let summary =
    "Salesforce CaseComment CSV: comments joined into the cases of the Case CSV in the same directory;"
    + " no contacts of its own"
  static let detection = "a header with ParentId and CommentBody"

  static func matches(_ sample: FormatSample) -> Bool {
    HelpdeskHeaderSignature(sample).contains("ParentId", "CommentBody")
  }

  static func reader(options: IngestionOptions) -> any ContactReader {
    SalesforceCaseCommentReader(options: options)
  }
}
