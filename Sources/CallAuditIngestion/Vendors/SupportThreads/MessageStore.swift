/// Every message of one support-thread export, held compactly until the
/// threads can be rebuilt: a reply may come before the message it answers, so
/// no thread is complete before the last row is read.
///
/// Per message it keeps integers and one text slice — id, parent id, time,
/// interned author, the inbound flag, the row's line — in parallel arrays, and
/// all texts as bytes in one arena that spills to a temporary file
/// (``MessageTextArena``): about 40 bytes in the arrays and as much again in
/// the id index, instead of a `String`, a `Contact` and a dictionary entry
/// each. A 500 MB export of 2.8 million tweets keeps about 250 MB in memory.
package struct MessageStore {
  /// Marks a message that answers nothing.
  package static let noParent: Int64 = 0

  package private(set) var ids: [Int64] = []
  /// The id each message answers (`in_response_to_tweet_id`), or ``noParent``.
  package private(set) var parentIDs: [Int64] = []
  /// Seconds since the epoch.
  package private(set) var times: [Int64] = []
  /// Index into ``authorNames``.
  package private(set) var authors: [Int32] = []
  /// Whether the message is the customer's (`inbound`).
  package private(set) var inbound: [Bool] = []
  /// The line each message's row starts on, for problem reports.
  package private(set) var lines: [Int32] = []
  /// Every message's text, back to back, as UTF-8.
  private var texts = MessageTextArena()
  /// Author names, each once.
  package private(set) var authorNames: [String] = []
  private var authorIndex: [String: Int32] = [:]
  /// Message id → position in the arrays.
  package private(set) var positions: [Int64: Int32] = [:]
  /// Reply links read from `response_tweet_id`: pairs (answered id, reply id), flat.
  package private(set) var listedReplies: [Int64] = []

  /// Messages held.
  package var count: Int { ids.count }

  /// The position of an already stored message with `id`, if any.
  package func position(of id: Int64) -> Int? { positions[id].map(Int.init) }

  /// Stores one message whose text has just been appended with ``appendText(_:)``.
  package mutating func append(
    id: Int64, parent: Int64?, time: Int64, author: String, inbound: Bool, line: Int, replies: [Int64]
  ) {
    positions[id] = Int32(ids.count)
    ids.append(id)
    parentIDs.append(parent ?? Self.noParent)
    times.append(time)
    authors.append(intern(author))
    self.inbound.append(inbound)
    lines.append(Int32(clamping: line))
    texts.closeMessage()
    for reply in replies {
      listedReplies.append(id)
      listedReplies.append(reply)
    }
  }

  /// Drops the id index and the reply lists, once the threads' links are made.
  package mutating func releaseLinks() {
    positions = [:]
    listedReplies = []
  }

  /// Appends the text of `record`'s `column` to the message about to be appended.
  package mutating func appendText(_ record: CSVRecord, column: Int) {
    texts.appendText(record, column: column)
  }

  /// The text of the message at `position`, as UTF-8.
  package func textSlice(_ position: Int) -> ArraySlice<UInt8> { texts.bytes(position) }

  /// The text of the message at `position`.
  package func text(_ position: Int) -> String { String(decoding: textSlice(position), as: UTF8.self) }

  /// The interned index of author `name`, if any message has that author.
  package func authorIndex(of name: String) -> Int32? { authorIndex[name] }

  /// The author of message `position`.
  package func author(_ position: Int) -> String { authorNames[Int(authors[position])] }

  private mutating func intern(_ name: String) -> Int32 {
    if let index = authorIndex[name] { return index }
    let index = Int32(authorNames.count)
    authorNames.append(name)
    authorIndex[name] = index
    return index
  }
}
