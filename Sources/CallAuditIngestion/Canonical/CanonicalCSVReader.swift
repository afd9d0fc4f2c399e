import CallAuditModel

/// Reads callaudit's canonical CSV (docs/formats.md): a header row naming any of the
/// ``CanonicalField`` columns in any order and case, then one row per contact.
///
/// Dates are ISO 8601 as callaudit writes them, or as a spreadsheet saved
/// them: `01/03/2025 06:13`, `3/1/2025 6:13:00 AM`, `2025-03-01 06:13`, or an
/// Excel serial number. The order of day and month is `--date-order`'s, else
/// the values' own (``DateOrderDecision``).
package struct CanonicalCSVReader: ContactReader {
  package var options: IngestionOptions

  package func read(
    _ stream: ByteStream, into summary: inout InputSummary, emit: (Contact) -> Void
  ) throws(InputError) {
    var table = CSVTable(stream: stream, options: options)
    let header = try table.readHeader()
    let layout = try ColumnLayout(header: header, path: stream.path, summary: &summary)
    let defaultProvider = options.defaultProvider ?? Contact.unspecifiedProvider
    var dates = DateOrderDecision(given: options.dateOrder)
    // Contacts whose dates read either way wait here, in order, until a later
    // date decides the order (or the input ends).
    var waiting: [(contact: Contact, opened: String?, closed: String?)] = []
    var waitingBytes = 0
    func release(_ order: Timestamp.DateOrder) {
      for (contact, opened, closed) in waiting {
        var contact = contact
        // Both orders read these, so they read in the one decided.
        if let opened { contact.openedAt = Timestamp(spreadsheetText: opened, order: order) }
        if let closed { contact.closedAt = Timestamp(spreadsheetText: closed, order: order) }
        emit(contact)
      }
      waiting.removeAll()
      waitingBytes = 0
    }
    try table.forEachRow(fieldCount: header.count, summary: &summary) { record throws(FieldError) in
      // A rejected row may have decided the order.
      if let order = dates.order, !waiting.isEmpty { release(order) }
      var contact = Contact(id: "", provider: defaultProvider)
      var undecided: (opened: String?, closed: String?) = (nil, nil)
      for (field, column) in layout.columns where !record.isEmpty(column) {
        // The transcript, the largest field by far, is split into turns straight from the
        // read buffer: the same turns as from its `String` (invalid UTF-8 is repaired turn
        // by turn, and turns end at ASCII bytes), without copying it into one first.
        if field == .transcript, let bytes = record.bytesInPlace(column) {
          contact.turns = try TranscriptText.parse(utf8: bytes)
          continue
        }
        let text = record.string(column)
        switch field {
        case .openedAt, .closedAt:
          let value = text.trimmingASCIIWhitespace()
          guard !value.isEmpty else { continue }
          switch try dates.read(value, field: field, line: record.line) {
          case .time(let time):
            if field == .openedAt { contact.openedAt = time } else { contact.closedAt = time }
          case .eitherWay:
            if field == .openedAt { undecided.opened = value } else { undecided.closed = value }
          }
        default:
          try field.apply(text, to: &contact)
        }
      }
      guard !contact.id.isEmpty else {
        throw FieldError(field: nil, value: "", expected: "", detail: "the contact has no contact_id")
      }
      if let order = dates.order, !waiting.isEmpty { release(order) }
      if undecided.opened != nil || undecided.closed != nil || !waiting.isEmpty {
        waiting.append((contact, undecided.opened, undecided.closed))
        waitingBytes += record.allBytes.count
        // Memory stays bounded: past the limit, the usual order is taken.
        if waitingBytes > DateOrderDecision.waitingLimit {
          release(dates.assumeUsual(after: waiting.count))
        }
      } else {
        emit(contact)
      }
    }
    if !waiting.isEmpty { release(dates.order ?? dates.assumeUsual(after: nil)) }
    if let note = dates.note { summary.note(note) }
  }
}

/// Decides the order of day and month in one input's numeric dates from the
/// values themselves: the first date that only reads one way (`13/03/2025`
/// only day first, `3/13/2025` only month first) settles it for the whole
/// input. `--date-order` settles it beforehand. An input whose dates all read
/// either way is read day first, and a note says so.
package struct DateOrderDecision {
  /// The order when nothing decides: day first, as most of the world writes dates.
  package static let usual = Timestamp.DateOrder.dayFirst
  /// Bytes of contacts held while undecided, at most.
  package static let waitingLimit = 32 << 20

  /// What a date value gave.
  package enum Reading {
    /// The time.
    case time(Timestamp)
    /// A numeric date that reads both day first and month first, differently,
    /// while the order is still undecided.
    case eitherWay
  }

  /// The order, once given or decided.
  package private(set) var order: Timestamp.DateOrder?
  private let given: Bool
  /// Where the order was decided, for notes and reasons.
  private var decidedBy: (line: Int, value: String)?
  /// The note for the report, when the order was assumed.
  package private(set) var note: String?

  package init(given: Timestamp.DateOrder?) {
    order = given
    self.given = given != nil
  }

  /// Reads one date value (trimmed, not empty) of the row on `line`.
  /// - Throws: ``FieldError`` when it is no date-time in the order that holds.
  package mutating func read(_ value: String, field: CanonicalField, line: Int) throws(FieldError) -> Reading {
    // What callaudit writes comes first and costs nothing more than before.
    if let time = Timestamp(iso8601: value) { return .time(time) }
    if let order {
      if let time = Timestamp(spreadsheetText: value, order: order) { return .time(time) }
      throw failure(value, field: field)
    }
    let dayFirst = Timestamp(spreadsheetText: value, order: .dayFirst)
    let monthFirst = Timestamp(spreadsheetText: value, order: .monthFirst)
    switch (dayFirst, monthFirst) {
    case (nil, nil): throw failure(value, field: field)
    case (let time?, nil):
      decide(.dayFirst, line: line, value: value)
      return .time(time)
    case (nil, let time?):
      decide(.monthFirst, line: line, value: value)
      return .time(time)
    case (let a?, let b?): return a == b ? .time(a) : .eitherWay
    }
  }

  /// Takes the usual order, and returns it: nothing decided after `waiting`
  /// contacts (memory), or by the end of the input (`nil`).
  @discardableResult
  package mutating func assumeUsual(after waiting: Int?) -> Timestamp.DateOrder {
    order = Self.usual
    let other = Self.usual.swapped.map { " (--date-order \($0.optionName) says otherwise)" } ?? ""
    note =
      waiting.map { "the dates of the first \($0) contacts read either way (05/03/2025) and none decided the order; " }
      ?? "every numeric date reads either way (05/03/2025) and none decided the order; "
    note! += "read \(Self.usual.words), callaudit's usual order\(other)"
    return Self.usual
  }

  private mutating func decide(_ decided: Timestamp.DateOrder, line: Int, value: String) {
    order = decided
    decidedBy = (line, value)
    note = "numeric dates read \(decided.words): '\(value)' on line \(line) reads no other way"
  }

  private func failure(_ value: String, field: CanonicalField) -> FieldError {
    let readable = Timestamp.DateOrder.allCases.first {
      $0 != order && Timestamp(spreadsheetText: value, order: $0) != nil
    }
    var error = FieldError(
      field: field, value: value,
      expected: "a date and time (ISO 8601 such as 2025-03-01T09:30:00Z, or as a spreadsheet writes it)")
    if let readable, let order {
      let why =
        given ? "--date-order \(order.optionName)" : decidedBy.map { "'\($0.value)' on line \($0.line)" } ?? "the file"
      error.detail =
        "\(field.columnName) '\(value)' reads only \(readable.words), but \(why) says dates are \(order.words)"
    }
    error.hint = DateOrderHint.hint(for: value, current: order, given: given)
    return error
  }
}

/// Which column holds which canonical field.
private struct ColumnLayout {
  var columns: [(CanonicalField, Int)] = []

  init(header: CSVHeader, path: String, summary: inout InputSummary) throws(InputError) {
    // Named in a note, a few of them: a header may hold millions of names.
    var unknown = NameSample()
    var seen: Set<String> = []
    for index in 0..<header.count {
      let name = header.names[index].lowercased()
      guard let field = CanonicalField.allCases.first(where: { $0.columnName == name }) else {
        if !name.isEmpty { unknown.add(name) }
        continue
      }
      if !seen.insert(name).inserted {
        summary.note("column '\(name)' appears more than once; the first one is used")
        continue
      }
      columns.append((field, index))
    }
    guard seen.contains(CanonicalField.contactID.columnName) else {
      throw .missingColumn(path: path, column: CanonicalField.contactID.columnName)
    }
    if !unknown.isEmpty {
      summary.note("ignored unknown columns: \(unknown.text())")
    }
  }
}
