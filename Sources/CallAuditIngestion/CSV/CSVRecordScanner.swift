import CallAuditModel

/// Splits a byte stream into RFC 4180 records without decoding text.
///
/// Reads the stream in large chunks into one reusable buffer and returns each record
/// as field ranges into that buffer (``CSVRecord``), valid until the next call.
/// Quoted fields may hold delimiters, doubled quotes and line breaks; LF, CRLF
/// and lone CR all end a record. Blank lines are skipped. A UTF-8 byte order mark
/// at the start is dropped.
///
/// A record that breaks the quoting rules is still returned, with ``CSVRecord/defect``
/// set and the scanner resynchronised at the next line break, so the caller can
/// reject it with its line number and go on.
package struct CSVRecordScanner: ~Copyable {
  /// The largest record accepted before reading stops with an error; this bounds
  /// memory when a quote is never closed.
  package static let defaultMaximumRecordBytes = IngestionOptions.defaultMaximumRecordBytes

  private let stream: ByteStream
  private let delimiter: UInt8
  private let maximumRecordBytes: Int
  private var buffer: UnsafeMutableRawBufferPointer
  private var start = 0
  private var end = 0
  private var streamEnded = false
  /// A read failure held back until the complete records before it are returned.
  private var pendingFailure: InputError?
  private var atStartOfInput = true
  /// The 1-based line on which the byte at `start` lies.
  private var line = 1
  private var fields: [CSVFieldRange] = []

  /// Creates a scanner over `stream`; `chunkBytes` is the initial buffer size.
  package init(
    stream: ByteStream, delimiter: UInt8 = UInt8(ascii: ","),
    chunkBytes: Int = 1 << 20, maximumRecordBytes: Int = Self.defaultMaximumRecordBytes
  ) {
    self.stream = stream
    self.delimiter = delimiter
    self.maximumRecordBytes = maximumRecordBytes
    buffer = .allocate(byteCount: chunkBytes, alignment: 16)
    fields.reserveCapacity(32)
  }

  deinit { buffer.deallocate() }

  /// Returns the next record, or `nil` at the end of the input.
  /// - Throws: ``CSVScanError`` when reading fails or a record outgrows the limit.
  package mutating func nextRecord() throws(CSVScanError) -> CSVRecord? {
    while true {
      if atStartOfInput {
        try fill(minimum: 3)
        if end - start >= 3, buffer[start] == 0xEF, buffer[start + 1] == 0xBB,
          buffer[start + 2] == 0xBF
        {
          start += 3
        }
        atStartOfInput = false
      }
      switch scanRecord() {
      case .record(let next, let defect):
        let recordLine = line
        line += countLineBreaks(from: start, to: next)
        start = next
        if fields.count == 1, fields[0].isEmptyUnquoted, defect == nil { continue }  // blank line
        return CSVRecord(
          base: UnsafeRawBufferPointer(buffer), fields: fields, line: recordLine, defect: defect)
      case .needMoreInput:
        if let pendingFailure { throw .read(pendingFailure, line: line) }
        if streamEnded {
          return nil
        }
        if end - start >= maximumRecordBytes {
          throw .recordTooLarge(line: line, limit: maximumRecordBytes, content: oversizedContent())
        }
        try fill(minimum: end - start + 1)
      }
    }
  }

  private enum ScanOutcome {
    case record(next: Int, defect: CSVRecord.Defect?)
    case needMoreInput
  }

  /// Scans one record starting at `start`, filling `fields`.
  private mutating func scanRecord() -> ScanOutcome {
    fields.removeAll(keepingCapacity: true)
    let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
    let delimiter = self.delimiter
    let base = buffer.baseAddress!.assumingMemoryBound(to: UInt8.self)
    let end = self.end, ended = streamEnded
    // What is read so far, for the quote searches.
    let read = UnsafeBufferPointer(start: base, count: end)
    if start == end { return .needMoreInput }
    var i = start
    while true {
      // One field starts at i.
      if i < end, base[i] == quote {
        var j = i + 1
        var escaped = false
        while true {
          guard let q = read.firstIndex(ofByte: quote, from: j) else {
            if ended { return .record(next: end, defect: .unterminatedQuote(openedAt: i - start)) }
            return .needMoreInput
          }
          if q + 1 < end, base[q + 1] == quote {
            escaped = true
            j = q + 2
            continue
          }
          if q + 1 == end, !ended { return .needMoreInput }
          fields.append(CSVFieldRange(start: i + 1, end: q, quoted: true, escaped: escaped))
          i = q + 1
          break
        }
        if i == end { return ended ? .record(next: i, defect: nil) : .needMoreInput }
        let byte = base[i]
        if byte == delimiter {
          i += 1
          if i == end && ended {
            fields.append(CSVFieldRange(start: i, end: i, quoted: false, escaped: false))
            return .record(next: i, defect: nil)
          }
          continue
        }
        if byte == lf { return .record(next: i + 1, defect: nil) }
        if byte == cr { return endOfLine(at: i, defect: nil) }
        return skipToEndOfLine(from: i, defect: .textAfterClosingQuote(offset: i - start))
      }
      var j = i
      while j < end {
        let byte = base[j]
        if byte == delimiter || byte == lf || byte == cr { break }
        if byte == quote {
          return skipToEndOfLine(from: j, defect: .quoteInUnquotedField(offset: j - start))
        }
        j += 1
      }
      if j == end && !ended { return .needMoreInput }
      fields.append(CSVFieldRange(start: i, end: j, quoted: false, escaped: false))
      if j == end { return .record(next: j, defect: nil) }
      let byte = base[j]
      if byte == delimiter {
        i = j + 1
        if i == end && ended {
          fields.append(CSVFieldRange(start: i, end: i, quoted: false, escaped: false))
          return .record(next: i, defect: nil)
        }
        continue
      }
      if byte == lf { return .record(next: j + 1, defect: nil) }
      return endOfLine(at: j, defect: nil)
    }
  }

  /// Ends a record at a CR, swallowing a following LF.
  private func endOfLine(at cr: Int, defect: CSVRecord.Defect?) -> ScanOutcome {
    if cr + 1 < end {
      return .record(next: buffer[cr + 1] == UInt8(ascii: "\n") ? cr + 2 : cr + 1, defect: defect)
    }
    return streamEnded ? .record(next: cr + 1, defect: defect) : .needMoreInput
  }

  /// Resynchronises after a quoting defect: the record ends at the next line break.
  private func skipToEndOfLine(from position: Int, defect: CSVRecord.Defect) -> ScanOutcome {
    var k = position
    while k < end {
      let byte = buffer[k]
      if byte == UInt8(ascii: "\n") { return .record(next: k + 1, defect: defect) }
      if byte == UInt8(ascii: "\r") { return endOfLine(at: k, defect: defect) }
      k += 1
    }
    return streamEnded ? .record(next: end, defect: defect) : .needMoreInput
  }

  /// What the record in the buffer, past the limit, looks like.
  private func oversizedContent() -> CSVScanError.OversizedContent {
    let read = UnsafeBufferPointer(start: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), count: end)
    if read.firstIndex(ofByte: 0, from: start) != nil { return .binary }
    if read.firstIndex(ofByte: UInt8(ascii: "\""), from: start) != nil { return .openQuote }
    return .unbrokenLine
  }

  /// Line breaks (LF, CRLF or lone CR) between two buffer positions.
  private func countLineBreaks(from lower: Int, to upper: Int) -> Int {
    guard upper > lower else { return 0 }
    let base = buffer.baseAddress!.assumingMemoryBound(to: UInt8.self)
    let record = UnsafeBufferPointer(start: base + lower, count: upper - lower)
    // Every LF, then every CR no LF follows (one at the end of what is read counts), each
    // found with `memchr` rather than by testing every byte.
    var count = record.lineFeedCount
    var next = record.firstIndex(ofByte: UInt8(ascii: "\r"), from: 0)
    while let cr = next {
      let k = lower + cr
      if k + 1 >= end || base[k + 1] != UInt8(ascii: "\n") { count += 1 }
      next = record.firstIndex(ofByte: UInt8(ascii: "\r"), from: cr + 1)
    }
    return count
  }

  /// Moves unconsumed bytes to the front, grows the buffer if `minimum` bytes
  /// would not fit, and reads until it holds at least `minimum` or the stream ends.
  private mutating func fill(minimum: Int) throws(CSVScanError) {
    if start > 0 {
      let remaining = end - start
      if remaining > 0 {
        buffer.baseAddress!.copyMemory(from: buffer.baseAddress! + start, byteCount: remaining)
      }
      start = 0
      end = remaining
    }
    if minimum > buffer.count {
      var capacity = buffer.count
      while capacity < minimum { capacity *= 2 }
      let grown = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 16)
      grown.baseAddress!.copyMemory(from: buffer.baseAddress!, byteCount: end)
      buffer.deallocate()
      buffer = grown
    }
    while end < minimum || end < buffer.count / 2, !streamEnded, pendingFailure == nil {
      let n: Int
      do {
        n = try stream.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[end...]))
      } catch {
        // Records already in the buffer are whole and good: hand them out first.
        guard end == 0 else {
          pendingFailure = error
          return
        }
        throw .read(error, line: line)
      }
      if n == 0 { streamEnded = true }
      end += n
      if end == buffer.count { break }
    }
  }
}

/// The byte range of one field inside the scanner's buffer.
package struct CSVFieldRange {
  package var start: Int
  package var end: Int
  /// The field was enclosed in quotes.
  package var quoted: Bool
  /// The field holds doubled quotes that must be collapsed.
  package var escaped: Bool

  package var isEmptyUnquoted: Bool { start == end && !quoted }
}

/// Why the scanner stopped.
package enum CSVScanError: Error {
  /// The underlying stream failed while reading the record that starts on `line`.
  case read(InputError, line: Int)
  /// One record outgrew the limit: a quote never closed, binary data, or one
  /// enormous line.
  case recordTooLarge(line: Int, limit: Int, content: OversizedContent)

  /// What a record past the limit holds.
  package enum OversizedContent {
    /// NUL bytes: binary data (zeros left by a crash, a file that is no CSV).
    case binary
    /// A quote, so almost always a quoted field never closed.
    case openQuote
    /// Neither: one line longer than the limit.
    case unbrokenLine
  }
}
