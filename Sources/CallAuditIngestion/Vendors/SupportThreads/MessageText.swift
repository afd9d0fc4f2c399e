/// Copies a message's text out of a CSV field as bytes, the way the platform
/// meant it: doubled quotes collapsed, the three HTML entities Twitter escapes
/// (`&gt;`, `&lt;`, `&amp;`) decoded, surrounding blanks dropped.
package enum MessageText {
  /// Appends field `column` of `record` to `arena`, decoded; returns the byte count appended.
  @discardableResult
  package static func append(_ record: CSVRecord, column: Int, to arena: inout [UInt8]) -> Int {
    guard column < record.count else { return 0 }
    let raw = record.rawBytes(column)
    let collapseQuotes = record.fields[column].escaped
    let start = arena.count
    var k = 0
    // Leading blanks are skipped before anything is copied.
    while k < raw.count, raw[k].isASCIIBlank { k += 1 }
    while k < raw.count {
      let byte = raw[k]
      if byte == UInt8(ascii: "\""), collapseQuotes, k + 1 < raw.count, raw[k + 1] == byte {
        arena.append(byte)
        k += 2
        continue
      }
      if byte == UInt8(ascii: "&"), let (decoded, length) = entity(in: raw, at: k) {
        arena.append(decoded)
        k += length
        continue
      }
      arena.append(byte)
      k += 1
    }
    while arena.count > start, arena[arena.count - 1].isASCIIBlank { arena.removeLast() }
    return arena.count - start
  }

  /// The byte an entity at `offset` stands for, and the entity's length.
  private static func entity(in raw: UnsafeRawBufferPointer, at offset: Int) -> (UInt8, Int)? {
    func matches(_ name: StaticString) -> Bool {
      name.withUTF8Buffer { spelled in
        guard offset + spelled.count <= raw.count else { return false }
        for index in 0..<spelled.count where raw[offset + index] != spelled[index] { return false }
        return true
      }
    }
    if matches("&gt;") { return (UInt8(ascii: ">"), 4) }
    if matches("&lt;") { return (UInt8(ascii: "<"), 4) }
    if matches("&amp;") { return (UInt8(ascii: "&"), 5) }
    return nil
  }
}
