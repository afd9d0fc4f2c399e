import CallAuditModel

/// Reads support threads stored one message per row (the "Customer Support on
/// Twitter" layout, docs/formats.md) and turns each reply chain into a contact.
///
/// Rows come in any order, so every message is held (compactly, in a
/// ``MessageStore``) until the end of the input; then ``ThreadAssembler``
/// rebuilds the threads. A row is accepted when its message is stored — every
/// stored message ends up in exactly one thread — and rejected, with its line,
/// when it cannot be read.
package struct SupportThreadsReader: ContactReader {
  package var options: IngestionOptions

  package func read(
    _ stream: ByteStream, into summary: inout InputSummary, emit: (Contact) -> Void
  ) throws(InputError) {
    var table = CSVTable(stream: stream, options: options)
    let header = try table.readHeader()
    let columns = try Columns(header: header, path: stream.path)
    var store = MessageStore()
    var badListItems = 0
    try table.forEachRow(fieldCount: header.count, summary: &summary) { record throws(FieldError) in
      try Self.store(record, columns: columns, into: &store, badListItems: &badListItems)
    }
    if badListItems > 0 {
      summary.note("\(badListItems) response_tweet_id item(s) are not tweet ids and were ignored")
    }
    var assembler = ThreadAssembler(
      store: consume store, fallbackProvider: options.defaultProvider ?? Contact.unspecifiedProvider)
    assembler.emitThreads(emit)
    for note in assembler.notes { summary.note(note) }
  }

  /// Reads one row into `store`, or throws why it cannot be read.
  private static func store(
    _ record: CSVRecord, columns: Columns, into store: inout MessageStore, badListItems: inout Int
  ) throws(FieldError) {
    let idText = record.value(columns.id) ?? ""
    guard let id = MessageID.parse(idText) else {
      throw FieldError(field: nil, value: idText, expected: "", detail: "tweet_id '\(idText)' is not a whole number")
    }
    if let earlier = store.position(of: id) {
      throw FieldError(
        field: nil, value: idText, expected: "",
        detail: "tweet_id \(id) was already read from line \(store.lines[earlier]); the repeated row is skipped")
    }
    guard let author = record.value(columns.author) else {
      throw FieldError(field: nil, value: "", expected: "", detail: "the message has no author_id")
    }
    let flagText = record.value(columns.inbound) ?? ""
    // `True`/`False` as pandas writes them, `TRUE`/`FALSE` after Excel, and the usual variants.
    guard let inbound = CanonicalField.parseFlag(flagText) else {
      throw FieldError(field: nil, value: flagText, expected: "", detail: "inbound '\(flagText)' is not true or false")
    }
    let timeText = record.value(columns.createdAt) ?? ""
    guard let time = Timestamp(exportText: timeText) else {
      throw FieldError(field: nil, value: timeText, expected: "", detail: "created_at '\(timeText)' is not a date and time")
    }
    var parent: Int64? = nil
    if let parentText = record.value(columns.parent) {
      guard let parsed = MessageID.parse(parentText) else {
        throw FieldError(
          field: nil, value: parentText, expected: "",
          detail: "in_response_to_tweet_id '\(parentText)' is not a tweet id")
      }
      parent = parsed
    }
    let replies = record.value(columns.replies).map { MessageID.list($0, invalid: &badListItems) } ?? []
    if let text = columns.text { store.appendText(record, column: text) }
    store.append(
      id: id, parent: parent, time: time.secondsSinceEpoch, author: author, inbound: inbound,
      line: record.line, replies: replies)
  }
}

/// Where each column of the layout is; an extra leading index column (pandas'
/// unnamed one) is simply not looked at.
private struct Columns {
  let id: Int
  let author: Int
  let inbound: Int
  let createdAt: Int
  let text: Int?
  let replies: Int?
  let parent: Int

  init(header: CSVHeader, path: String) throws(InputError) {
    func required(_ name: String) throws(InputError) -> Int {
      guard let index = header.index(name) else { throw .missingColumn(path: path, column: name) }
      return index
    }
    id = try required("tweet_id")
    author = try required("author_id")
    inbound = try required("inbound")
    createdAt = try required("created_at")
    parent = try required("in_response_to_tweet_id")
    text = header.index("text")
    replies = header.index("response_tweet_id")
  }
}
