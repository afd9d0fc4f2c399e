/// Salesforce CaseComment records as CSV, the comments of the cases in the
/// Case CSV beside them.
package enum SalesforceCaseCommentFormat: FormatDefinition {
  package static let summary =
    "Salesforce CaseComment CSV: comments joined into the cases of the Case CSV in the same directory;"
    + " no contacts of its own"
  package static let detection = "a header with ParentId and CommentBody"

  package static func matches(_ sample: FormatSample) -> Bool {
    sample.headerSignature.contains("ParentId", "CommentBody")
  }

  package static func reader(options: IngestionOptions) -> any ContactReader {
    SalesforceCaseCommentReader(options: options)
  }
}
