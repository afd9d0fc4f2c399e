import CallAuditModel

/// Reads a Jira CSV export ("Export → CSV (all fields)"), one issue per row,
/// emitted as it is read (docs/formats.md, "Jira").
///
/// The mapping is the XML export's (``JiraItemMapper``): the description is the
/// reporter's opening turn, and each `Comment` cell a turn — the customer's
/// when its author is the reporter (by `Reporter Id` or name), the agent's
/// otherwise. Comment bodies are Jira wiki text, kept as written.
package struct JiraCSVReader: ContactReader {
  package var options: IngestionOptions

  package func read(
    _ stream: ByteStream, into summary: inout InputSummary, emit: (Contact) -> Void
  ) throws(InputError) {
    // Jira's own dates name the month (18/Jul/26); a numeric custom format is sniffed.
    let sample = try stream.peek(1 << 16)
    let order = options.dateOrder ?? DateOrderSniffer.sniff(sample) ?? .dayFirst
    var table = CSVTable(stream: stream, options: options)
    let header = try table.readHeader()
    let columns = JiraCSVColumns(header: header)
    guard columns[.key] != nil else { throw .missingColumn(path: stream.path, column: "Issue key") }
    let provider = options.defaultProvider ?? Contact.unspecifiedProvider
    try table.forEachRow(fieldCount: header.count, summary: &summary) { record throws(FieldError) in
      func value(_ field: JiraCSVColumns.Field) -> String? { record.value(columns[field]) }
      func time(_ field: JiraCSVColumns.Field) throws(FieldError) -> Timestamp? {
        guard let text = value(field) else { return nil }
        guard let time = Timestamp(spreadsheetText: text, order: order) else {
          throw FieldError(
            field: nil, value: text, expected: "", detail: "\(field.headers[0]) '\(text)' is not a date and time")
        }
        return time
      }
      guard let key = value(.key) else {
        throw FieldError(field: nil, value: "", expected: "", detail: "the row has no issue key")
      }
      var contact = Contact(id: key, provider: provider)
      contact.customerID = value(.reporter)
      contact.agentID = value(.assignee)
      contact.site = record.value(columns.custom("team")) ?? value(.projectName)
      contact.category = (record.value(columns.custom("request type")) ?? value(.component) ?? value(.issueType))?
        .lowercased()
      contact.openedAt = try time(.created)
      contact.closedAt = try time(.resolved)
      contact.resolution = value(.resolution)?.lowercased()
      contact.status = JiraStatus.status(
        name: value(.status), category: value(.statusCategory), resolved: contact.resolution != nil)
      contact.csat = (value(.satisfaction) ?? record.value(columns.custom("satisfaction")))
        .flatMap(JiraItemMapper.leadingNumber)
      if let spent = value(.timeSpent) {
        guard let seconds = spent.utf8.parseDecimalInteger(), seconds >= 0 else {
          throw FieldError(
            field: nil, value: spent, expected: "", detail: "Time Spent '\(spent)' is not a whole number of seconds")
        }
        contact.handleSeconds = seconds
      }
      let reporter = JiraIdentity(value(.reporterID), value(.reporter))
      if let opening = value(.description) ?? value(.summary) {
        contact.turns.append(Turn(speaker: .customer, at: contact.openedAt, text: opening))
      }
      for column in columns.comments {
        guard let cell = record.value(column) else { continue }
        let comment = try JiraCommentCell(cell, order: order)
        guard !comment.body.isEmpty else { continue }
        let speaker: Speaker = reporter.matches(comment.author) ? .customer : .agent
        contact.turns.append(Turn(speaker: speaker, at: comment.at, text: comment.body))
      }
      emit(contact)
    }
  }
}
