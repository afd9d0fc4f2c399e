/// One record from ``CSVRecordScanner``: field ranges into the scanner's buffer.
///
/// Valid only until the scanner's next call; copy out what you keep.
package struct CSVRecord {
  /// A quoting rule the record breaks.
  package enum Defect: Equatable {
    /// A quoted field never closes before the end of the input.
    case unterminatedQuote(openedAt: Int)
    /// Characters follow a closing quote before the next delimiter.
    case textAfterClosingQuote(offset: Int)
    /// A quote appears inside a field that did not start with one.
    case quoteInUnquotedField(offset: Int)
  }

  package let base: UnsafeRawBufferPointer
  package let fields: [CSVFieldRange]
  /// The 1-based line on which the record starts.
  package let line: Int
  /// The quoting defect, if any; such a record's fields are not trustworthy.
  package let defect: Defect?

  package var count: Int { fields.count }

  /// The raw bytes of field `index` (quotes removed, doubled quotes not yet collapsed).
  package func rawBytes(_ index: Int) -> UnsafeRawBufferPointer {
    let field = fields[index]
    return UnsafeRawBufferPointer(rebasing: base[field.start..<field.end])
  }

  /// The bytes of the whole record, from its first field to its last.
  package var allBytes: UnsafeRawBufferPointer {
    guard let first = fields.first, let last = fields.last, last.end > first.start else {
      return UnsafeRawBufferPointer(start: nil, count: 0)
    }
    return UnsafeRawBufferPointer(rebasing: base[first.start..<last.end])
  }

  /// Whether field `index` is empty.
  package func isEmpty(_ index: Int) -> Bool { fields[index].start == fields[index].end }

  /// The raw bytes ``string(_:)`` decodes for field `index` (not yet UTF-8-repaired), when
  /// no doubled quotes need collapsing: read in place, with no `String` made of them.
  package func bytesInPlace(_ index: Int) -> UnsafeBufferPointer<UInt8>? {
    guard !fields[index].escaped else { return nil }
    return rawBytes(index).assumingMemoryBound(to: UInt8.self)
  }

  /// Field `index` decoded as UTF-8 (invalid bytes become U+FFFD), doubled quotes collapsed.
  package func string(_ index: Int) -> String { string(of: fields[index]) }

  /// The start of field `index`: at most its first `limit` bytes (cut at a
  /// character boundary), decoded as ``string(_:)`` decodes the whole field.
  package func string(_ index: Int, upTo limit: Int) -> String {
    var field = fields[index]
    if field.end - field.start > limit {
      var end = field.start + limit
      // Not inside a UTF-8 sequence: back over continuation bytes to its start.
      while end > field.start, base[end] & 0xC0 == 0x80 { end -= 1 }
      field.end = end
    }
    return string(of: field)
  }

  private func string(of field: CSVFieldRange) -> String {
    let bytes = UnsafeRawBufferPointer(rebasing: base[field.start..<field.end])
    guard field.escaped else { return String(decoding: bytes, as: UTF8.self) }
    // Run by run up to each quote, not byte by byte: a transcript is long and its quotes few.
    let utf8 = bytes.assumingMemoryBound(to: UInt8.self)
    let quote = UInt8(ascii: "\"")
    var unescaped: [UInt8] = []
    unescaped.reserveCapacity(utf8.count)
    var k = 0
    while k < utf8.count {
      guard let found = utf8.firstIndex(ofByte: quote, from: k) else {
        unescaped.append(contentsOf: utf8[k...])
        break
      }
      unescaped.append(contentsOf: utf8[k...found])  // the quote kept, its double skipped
      k = found + 1 < utf8.count && utf8[found + 1] == quote ? found + 2 : found + 1
    }
    return String(decoding: unescaped, as: UTF8.self)
  }

  /// The first field (0-based) holding a NUL byte, if any.
  package func firstColumnHoldingNUL() -> Int? {
    // One search over the record's bytes; fields are looked at only when it finds one.
    func holdsNUL(_ bytes: UnsafeRawBufferPointer) -> Bool {
      bytes.assumingMemoryBound(to: UInt8.self).firstIndex(ofByte: 0, from: 0) != nil
    }
    guard holdsNUL(allBytes) else { return nil }
    return fields.indices.first { holdsNUL(rawBytes($0)) }
  }

  /// A description of the defect for a problem line, with the column where it is.
  package func defectMessage() -> String? {
    switch defect {
    case nil: nil
    case .unterminatedQuote:
      // The fields before the quote are complete; the open one is the next.
      "a quoted field opens here (field \(fields.count + 1)) and never closes before the end of the input"
    case .textAfterClosingQuote:
      "text follows a closing quote before the next delimiter (broken quoting)"
    case .quoteInUnquotedField:
      "a quote appears inside an unquoted field (broken quoting)"
    }
  }
}
