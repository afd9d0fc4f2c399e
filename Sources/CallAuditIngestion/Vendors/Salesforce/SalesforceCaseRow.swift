import CallAuditModel

/// Which columns of a Salesforce Case CSV hold which field, and how one row
/// becomes a contact.
///
/// Columns are found by their API names (`CaseNumber`, `CreatedDate`, as in
/// the Data Export and Data Loader) or by the labels a report export uses
/// (`Case Number`, `Date/Time Opened`).
package struct SalesforceCaseRow {
  /// How the file's numeric dates are read (month first unless the file or `--date-order` says otherwise).
  package var dates = DateReading(order: .monthFirst)
  /// One case read from its row.
  package struct Case {
    /// The record `Id` that CaseComment rows name as their `ParentId`, if exported.
    package var recordID: String?
    /// The case as a contact; its only turn so far is the description.
    package var contact: Contact
  }

  private let recordID, caseNumber: Int?
  private let status, isClosed, isDeleted, isEscalated, origin, reason, type, category, description: Int?
  private let createdDate, closedDate, owner, contactID, accountID, suppliedEmail, suppliedPhone: Int?

  /// How a Salesforce CSV's numeric dates are read: the Data Export writes ISO
  /// 8601; a report or a spreadsheet round trip writes the user's locale,
  /// month first in Salesforce's default (US) one.
  package static func dateReading(options: IngestionOptions, sample: [UInt8]) -> DateReading {
    DateReading(options: options, sample: sample, usual: .monthFirst, vendor: "Salesforce")
  }

  /// Finds the columns.
  /// - Throws: ``InputError/missingColumn(path:column:)`` when there is neither `Id` nor `CaseNumber`.
  package init(header: CSVHeader, path: String) throws(InputError) {
    recordID = header.index("Id", "Case ID")
    caseNumber = header.index("CaseNumber")
    guard recordID != nil || caseNumber != nil else { throw .missingColumn(path: path, column: "Id") }
    status = header.index("Status")
    isClosed = header.index("IsClosed", "Closed")
    isDeleted = header.index("IsDeleted", "Deleted")
    isEscalated = header.index("IsEscalated", "Escalated")
    origin = header.index("Origin", "Case Origin")
    reason = header.index("Reason", "Case Reason")
    type = header.index("Type", "Case Type")
    category = HelpdeskCategory.column(in: header)
    description = header.index("Description")
    createdDate = header.index("CreatedDate", "Date/Time Opened", "Opened Date")
    closedDate = header.index("ClosedDate", "Date/Time Closed", "Closed Date")
    owner = header.index("OwnerId", "Case Owner")
    contactID = header.index("ContactId", "Contact Name")
    accountID = header.index("AccountId", "Account Name")
    suppliedEmail = header.index("SuppliedEmail", "Web Email")
    suppliedPhone = header.index("SuppliedPhone", "Web Phone")
  }

  /// Whether the file has the `Id` column that comments are joined on.
  package var hasRecordID: Bool { recordID != nil }

  /// The case in `record`.
  ///
  /// - Parameter notes: remarks about values read as unknown, added to once each.
  /// - Throws: ``FieldError`` when the case has no id, is deleted, or a value cannot be read.
  package func read(_ record: CSVRecord, provider: String, notes: inout Set<String>) throws(FieldError) -> Case {
    guard let id = record.value(caseNumber) ?? record.value(recordID) else {
      throw HelpdeskValue.rejection("the case has neither a CaseNumber nor an Id")
    }
    // The weekly export keeps deleted cases (merged duplicates, spam) with IsDeleted set.
    if try HelpdeskValue.flag(record.value(isDeleted), column: "IsDeleted") == true {
      throw HelpdeskValue.rejection("the case is deleted (IsDeleted is true)")
    }
    var contact = Contact(id: id, provider: provider)
    if let owner = record.value(owner) {
      // A case still owned by a queue has no agent yet; the queue is where it waits.
      if SalesforceID.isQueue(owner) { contact.site = owner } else { contact.agentID = owner }
    }
    contact.customerID =
      record.value(contactID) ?? record.value(accountID) ?? record.value(suppliedEmail) ?? record.value(suppliedPhone)
    contact.channel = HelpdeskChannel.canonical(record.value(origin))
    contact.category =
      record.value(category)?.lowercased() ?? record.value(reason)?.lowercased()
      ?? HelpdeskCategory.fromType(record.value(type))
    contact.openedAt = try HelpdeskValue.time(record.value(createdDate), column: "CreatedDate", dates: dates)
    contact.closedAt = try HelpdeskValue.time(record.value(closedDate), column: "ClosedDate", dates: dates)
    contact.escalated = try HelpdeskValue.flag(record.value(isEscalated), column: "IsEscalated")
    let closed = try HelpdeskValue.flag(record.value(isClosed), column: "IsClosed")
    let label = record.value(status)
    if let reading = SalesforceStatus.read(label: label, isClosed: closed) {
      contact.status = reading.status
      contact.resolution = reading.resolution
    } else if let label {
      notes.insert("status '\(label)' is a custom Salesforce status callaudit cannot place; read as unknown")
    }
    // Email-to-Case and Web-to-Case copy the customer's own words into the
    // description; for phone cases it is the agent's note of what the customer said.
    if let text = record.value(description) {
      contact.turns = [Turn(speaker: .customer, at: contact.openedAt, text: text)]
    }
    return Case(recordID: record.value(recordID), contact: contact)
  }
}
