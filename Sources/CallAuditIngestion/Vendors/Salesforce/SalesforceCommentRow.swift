import CallAuditModel

/// Which columns of a Salesforce CaseComment CSV hold which field, and how
/// one row becomes a comment waiting to be joined to its case.
///
/// A comment's author (`CreatedById`) is a Salesforce user, which cannot be
/// told apart from the customer in the export; published comments are read as
/// the agent's. Unpublished comments are internal notes the customer never
/// saw: they become system turns, so that no metric reads them as said to
/// the customer.
package struct SalesforceCommentRow {
  /// How the file's numeric dates are read (month first unless the file or `--date-order` says otherwise).
  package var dates = DateReading(order: .monthFirst)
  /// One comment read from its row.
  package struct Comment {
    /// The `ParentId`: the record id of the case the comment belongs to.
    package var parentID: String
    /// The comment as a turn of that case.
    package var turn: Turn
  }

  private let parentID, body: Int
  private let isPublished, isDeleted, createdDate: Int?

  /// Finds the columns by their API names (or report labels).
  /// - Throws: ``InputError/missingColumn(path:column:)`` without `ParentId` or `CommentBody`.
  package init(header: CSVHeader, path: String) throws(InputError) {
    guard let parentID = header.index("ParentId", "Parent ID") else {
      throw .missingColumn(path: path, column: "ParentId")
    }
    guard let body = header.index("CommentBody", "Body") else {
      throw .missingColumn(path: path, column: "CommentBody")
    }
    self.parentID = parentID
    self.body = body
    isPublished = header.index("IsPublished", "Published")
    isDeleted = header.index("IsDeleted", "Deleted")
    createdDate = header.index("CreatedDate", "Created Date")
  }

  /// The comment in `record`.
  /// - Throws: ``FieldError`` when the comment names no case, has no text, is
  ///   deleted, or a value cannot be read.
  package func read(_ record: CSVRecord) throws(FieldError) -> Comment {
    guard let parent = record.value(parentID) else {
      throw HelpdeskValue.rejection("the comment has no ParentId")
    }
    if try HelpdeskValue.flag(record.value(isDeleted), column: "IsDeleted") == true {
      throw HelpdeskValue.rejection("the comment is deleted (IsDeleted is true)")
    }
    guard let text = record.value(body) else {
      throw HelpdeskValue.rejection("the comment has no CommentBody")
    }
    let at = try HelpdeskValue.time(record.value(createdDate), column: "CreatedDate", dates: dates)
    let published = try HelpdeskValue.flag(record.value(isPublished), column: "IsPublished") ?? true
    return Comment(parentID: parent, turn: Turn(speaker: published ? .agent : .system, at: at, text: text))
  }
}
