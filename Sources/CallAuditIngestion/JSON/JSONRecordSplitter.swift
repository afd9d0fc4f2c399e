import CallAuditModel

/// Cuts a JSON input into records as it streams, without parsing them, so that
/// memory holds one record at a time, never the document.
///
/// The layouts exports use:
/// - a top-level array: each element is a record;
/// - JSON Lines (NDJSON): each line is a record — a line that is not JSON is one
///   bad record, and the next line is read;
/// - one value per file, or values one after another over several lines: each
///   top-level value is a record (a speech-analytics file holds one call);
/// - with a records path (``forEachPiece(in:maximumRecordBytes:recordsAt:_:)``), an
///   object that wraps the records in an array — `{"conversations": [...]}` — gives
///   that array's elements; a top-level value without the array is a record itself,
///   so a file of single records reads too.
///
/// A record longer than the record-size limit is skipped to its end and reported,
/// not held.
package struct JSONRecordSplitter {
  /// What the splitter found next.
  package enum Piece: Equatable {
    /// A record's bytes, and the line it starts on.
    case record([UInt8], line: Int)
    /// A record larger than the limit, skipped.
    case tooLarge(line: Int)
    /// The input ends inside a record: it was cut short.
    case cut(line: Int)
    /// Text that is not part of a record, such as words between two records.
    case stray(line: Int, reason: String)
  }

  private enum Layout: Equatable {
    /// Nothing read yet but blanks.
    case unknown
    /// Inside a top-level array; `closed` once its `]` is read.
    case array(closed: Bool)
    /// Top-level values, possibly spanning lines.
    case values
    /// One record per line.
    case lines
    /// Top-level values walked for the records array at a path (``JSONWrapperWalker``).
    case wrapped
  }

  private let limit: Int
  private var layout = Layout.unknown
  private var record: [UInt8] = []
  private var recordLine = 0
  private var inRecord = false
  private var oversized = false
  private var depth = 0
  private var strings = JSONStringTracker()
  /// Whether the current top-level value has crossed a line break: a value that
  /// did not is taken as the first line of JSON Lines.
  private var crossedLine = false
  /// The first value ended on the line it began: if the line ends before another
  /// value begins, the input is JSON Lines; values back to back on the line (as
  /// Kinesis Data Firehose writes them) are values one after another.
  private var firstValueFitLine = false
  private var valueEnded = false
  private var line = 1
  /// Inside text that is no record, until the end of its line.
  private var straying = false
  /// Finds the records array in wrapping objects; `nil` without a records path.
  private var walker: JSONWrapperWalker?
  /// Reading the elements of the records array inside a wrapping object.
  private var nested = false
  /// The top-level value being walked may be a record itself: its bytes are kept.
  private var candidate = false

  private init(limit: Int, recordsAt path: [String]) {
    self.limit = limit
    walker = path.isEmpty ? nil : JSONWrapperWalker(path: path)
  }

  /// Reads `stream` to its end, handing each piece to `body` in order.
  /// - Parameter path: the keys, from the top-level object down, of the array that
  ///   holds the records in a wrapping object; empty when records are not wrapped.
  package static func forEachPiece(
    in stream: ByteStream, maximumRecordBytes: Int, recordsAt path: [String] = [], _ body: (Piece) -> Void
  ) throws(InputError) {
    var splitter = JSONRecordSplitter(limit: maximumRecordBytes, recordsAt: path)
    let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
    defer { chunk.deallocate() }
    while true {
      let count = try stream.read(into: chunk)
      if count == 0 { break }
      for byte in chunk[0..<count] { splitter.take(byte, body) }
    }
    splitter.finish(body)
  }

  /// Splits bytes held in memory (for tests and small inputs).
  package static func pieces(of bytes: [UInt8], maximumRecordBytes: Int, recordsAt path: [String] = []) -> [Piece] {
    var splitter = JSONRecordSplitter(limit: maximumRecordBytes, recordsAt: path)
    var pieces: [Piece] = []
    for byte in bytes { splitter.take(byte) { pieces.append($0) } }
    splitter.finish { pieces.append($0) }
    return pieces
  }

  private static let newline = UInt8(ascii: "\n")

  private static func isBlank(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
  }

  private mutating func take(_ byte: UInt8, _ body: (Piece) -> Void) {
    defer { if byte == Self.newline { line += 1 } }
    if straying {
      if byte == Self.newline { straying = false }
      return
    }
    switch layout {
    case .unknown:
      if Self.isBlank(byte) || byte == 0xEF || byte == 0xBB || byte == 0xBF { return }  // blanks, a BOM
      if byte == UInt8(ascii: "[") {
        layout = .array(closed: false)
        return
      }
      layout = walker == nil ? .values : .wrapped
      layout == .wrapped ? takeWrapped(byte, body) : takeValue(byte, body)
    case .array(let closed):
      if closed {
        if !Self.isBlank(byte) { stray(byte, reason: "text after the array that holds the records", body) }
        return
      }
      takeElement(byte, body)
    case .values: takeValue(byte, body)
    case .lines: takeLine(byte, body)
    case .wrapped: nested ? takeElement(byte, body) : takeWrapped(byte, body)
    }
  }

  /// Appends a record byte, or only counts it once the record is over the limit.
  private mutating func append(_ byte: UInt8) {
    guard !oversized else { return }
    if record.count >= limit {
      oversized = true
      record = []
      return
    }
    record.append(byte)
  }

  private mutating func start(_ byte: UInt8) {
    inRecord = true
    recordLine = line
    crossedLine = false
    record.removeAll(keepingCapacity: record.capacity <= 1 << 20)
    append(byte)
  }

  private mutating func end(_ body: (Piece) -> Void) {
    while let last = record.last, Self.isBlank(last) { record.removeLast() }
    body(oversized ? .tooLarge(line: recordLine) : .record(record, line: recordLine))
    inRecord = false
    oversized = false
    depth = 0
    strings = JSONStringTracker()
  }

  /// Whether the byte is structure, outside every string (``JSONStringTracker``).
  private mutating func track(_ byte: UInt8) -> Bool {
    strings.take(byte) == .structure
  }

  private mutating func takeElement(_ byte: UInt8, _ body: (Piece) -> Void) {
    guard inRecord else {
      if Self.isBlank(byte) || byte == UInt8(ascii: ",") { return }
      if byte == UInt8(ascii: "]") { return closeArray() }
      start(byte)
      _ = track(byte)
      if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") { depth = 1 }
      return
    }
    guard track(byte) else { return append(byte) }
    switch byte {
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      depth += 1
      append(byte)
    case UInt8(ascii: "}"), UInt8(ascii: "]"):
      if depth == 0, byte == UInt8(ascii: "]") {
        end(body)
        return closeArray()
      }
      depth -= 1
      append(byte)
    case UInt8(ascii: ","):
      if depth == 0 { return end(body) }
      append(byte)
    default:
      append(byte)
    }
  }

  /// The records array ends: the top-level one, or the one inside a wrapping object,
  /// whose walk goes on.
  private mutating func closeArray() {
    if nested {
      nested = false
    } else {
      layout = .array(closed: true)
    }
  }

  private mutating func takeWrapped(_ byte: UInt8, _ body: (Piece) -> Void) {
    // The walker is changed in place (`walker?.`): a copy per byte would copy its frames.
    if walker?.isInsideValue == false {
      if Self.isBlank(byte) { return }
      guard byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") else {
        return stray(byte, reason: "text that is not a JSON object or array", body)
      }
      start(byte)
      candidate = true
    } else if candidate {
      append(byte)
    }
    switch walker?.take(byte) {
    case .none?, nil: break
    case .recordsBegin?:
      // The value wraps records: it is not one, and its bytes so far are dropped.
      candidate = false
      inRecord = false
      oversized = false
      record = []
      nested = true
      depth = 0
      strings = JSONStringTracker()
    case .valueEnd?:
      if candidate { end(body) }
      candidate = false
    }
  }

  private mutating func takeValue(_ byte: UInt8, _ body: (Piece) -> Void) {
    guard inRecord else {
      if byte == Self.newline, firstValueFitLine {
        layout = .lines
        return
      }
      if Self.isBlank(byte) { return }
      firstValueFitLine = false
      guard byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") else {
        return stray(byte, reason: "text that is not a JSON object or array", body)
      }
      start(byte)
      depth = 1
      return
    }
    if byte == Self.newline { crossedLine = true }
    append(byte)
    guard track(byte) else { return }
    if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") { depth += 1 }
    if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
      depth -= 1
      if depth == 0 {
        // A first value that fits on its line may begin JSON Lines.
        if !valueEnded { firstValueFitLine = !crossedLine }
        valueEnded = true
        end(body)
      }
    }
  }

  private mutating func takeLine(_ byte: UInt8, _ body: (Piece) -> Void) {
    if byte == Self.newline {
      if inRecord { end(body) }
      return
    }
    if !inRecord {
      if Self.isBlank(byte) { return }
      start(byte)
      return
    }
    append(byte)
  }

  private mutating func stray(_ byte: UInt8, reason: String, _ body: (Piece) -> Void) {
    body(.stray(line: line, reason: reason))
    straying = byte != Self.newline
  }

  private mutating func finish(_ body: (Piece) -> Void) {
    switch layout {
    case .unknown: return
    case .array(let closed):
      if inRecord || !closed { body(.cut(line: inRecord ? recordLine : line)) }
    case .values:
      if inRecord { body(.cut(line: recordLine)) }
    case .lines:
      if inRecord { end(body) }
    case .wrapped:
      if inRecord || walker?.isInsideValue == true { body(.cut(line: inRecord ? recordLine : line)) }
    }
  }
}
