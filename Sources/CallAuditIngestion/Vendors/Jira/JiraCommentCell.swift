import CallAuditModel

/// One cell of a Jira CSV `Comment` column: `date;author;body`, where the
/// author is a user name or accountId and the body, which may itself hold `;`
/// and line breaks, is everything after the second `;`.
package struct JiraCommentCell {
  /// When the comment was written.
  package var at: Timestamp
  /// The author's user name or accountId.
  package var author: String
  /// The comment text.
  package var body: String

  /// Splits a cell.
  /// - Throws: ``FieldError`` when the cell has fewer than three parts or its date cannot be read.
  package init(_ cell: String, order: Timestamp.DateOrder) throws(FieldError) {
    let parts = cell.split(separator: ";", maxSplits: 2, omittingEmptySubsequences: false)
    guard parts.count == 3 else {
      throw FieldError(
        field: nil, value: cell, expected: "",
        detail: "a Comment cell '\(Self.shortened(cell))' is not 'date;author;body'")
    }
    guard let at = Timestamp(exportText: String(parts[0]), order: order) else {
      throw FieldError(
        field: nil, value: cell, expected: "",
        detail: "a Comment cell's date '\(parts[0])' is not a date and time")
    }
    self.at = at
    author = parts[1].trimmingASCIIWhitespace()
    body = parts[2].trimmingASCIIWhitespace()
  }

  private static func shortened(_ text: String) -> String {
    text.count > 40 ? String(text.prefix(40)) + "…" : text
  }
}
