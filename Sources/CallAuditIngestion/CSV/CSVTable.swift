import CallAuditModel

/// A CSV input read as a table: an optional header row, then data rows handed
/// one at a time to a reader's row function, with the bookkeeping every CSV
/// reader shares — quoting defects, field counts, failed rows — done once here.
///
/// A row the function accepts is counted accepted; a row it rejects (by throwing
/// ``FieldError``) or that is malformed is counted rejected with its line.
package struct CSVTable: ~Copyable {
  private var scanner: CSVRecordScanner
  private let path: String
  /// The field delimiter.
  package let delimiter: UInt8

  /// Creates a table over `stream`.
  /// - Parameter delimiter: the field delimiter; by default `--delimiter`, else
  ///   the one the stream's header line shows (``CSVDialect/delimiter(in:)``).
  package init(stream: ByteStream, options: IngestionOptions, delimiter: UInt8? = nil) {
    let delimiter =
      delimiter ?? options.delimiter ?? CSVDialect.delimiter(in: (try? stream.peek(1 << 16)) ?? [])
    self.delimiter = delimiter
    scanner = CSVRecordScanner(
      stream: stream, delimiter: delimiter, maximumRecordBytes: options.maximumRecordBytes)
    path = stream.path
  }

  /// Reads the header row.
  /// - Throws: ``InputError/empty(path:)`` when there is no row at all, or
  ///   ``InputError/stoppedAt(path:line:reason:)`` when the header is malformed.
  package mutating func readHeader() throws(InputError) -> CSVHeader {
    guard let record = try next() else { throw .empty(path: path) }
    if let message = record.defectMessage() {
      throw .stoppedAt(path: path, line: record.line, reason: "the header row is malformed: \(message)")
    }
    if record.firstColumnHoldingNUL() != nil {
      throw .stoppedAt(path: path, line: record.line, reason: "the header row holds NUL bytes: \(Self.binaryData)")
    }
    return CSVHeader(
      names: (0..<record.count).map { record.string($0, upTo: CSVHeader.maximumNameBytes).trimmingASCIIWhitespace() })
  }

  /// Hands each remaining row to `body`, counting it in `summary`.
  ///
  /// - Parameters:
  ///   - fieldCount: when given, rows with another number of fields are rejected.
  ///   - body: reads one row; throws ``FieldError`` to reject it with that reason.
  package mutating func forEachRow(
    fieldCount: Int?, summary: inout InputSummary, _ body: (CSVRecord) throws(FieldError) -> Void
  ) throws(InputError) {
    // A record cut at the size limit is a record too: it is counted rejected.
    while let record = try next(cut: { line, reason in summary.reject(line: line, reason: reason) }) {
      if let message = record.defectMessage() {
        summary.reject(line: record.line, reason: message)
        continue
      }
      if let column = record.firstColumnHoldingNUL() {
        summary.reject(
          line: record.line,
          reason: "field \(column + 1) holds a NUL byte, which text exports never contain (the file may be damaged)")
        continue
      }
      if let fieldCount, record.count != fieldCount {
        let better = CSVDialect.betterDelimiter(for: record.allBytes, current: delimiter, expected: fieldCount)
        summary.reject(
          line: record.line, reason: "expected \(fieldCount) fields as in the header, found \(record.count)",
          hint: better.map { "--delimiter \(CSVDialect.name($0))" })
        continue
      }
      do {
        try body(record)
        summary.accept()
      } catch {
        summary.reject(line: record.line, reason: error.description, hint: error.hint)
      }
    }
  }

  /// What is said of NUL bytes in a CSV.
  private static let binaryData = "binary data, not text (the file may be damaged, or is not a CSV export)"

  /// The next record; `cut` is told of a record cut at the size limit (its
  /// line and why) before reading stops there.
  private mutating func next(cut: (Int, String) -> Void = { _, _ in }) throws(InputError) -> CSVRecord? {
    do {
      return try scanner.nextRecord()
    } catch {
      switch error {
      case .read(.readFailed(let path, let reason), let line):
        // Say where: the records before this line were read and kept.
        throw .stoppedAt(path: path, line: line, reason: "read failed: \(reason)")
      case .read(let inputError, _): throw inputError
      case .recordTooLarge(let line, let limit, let content):
        let size = byteCountText(limit)
        let reason =
          switch content {
          case .binary: "the record holds NUL bytes and grows past \(size): \(Self.binaryData)"
          case .openQuote: "a record grows past \(size); a quote opened here is probably never closed"
          case .unbrokenLine: "a record grows past \(size) without a line break"
          }
        cut(line, reason)
        throw .stoppedAt(path: path, line: line, reason: reason)
      }
    }
  }
}

/// The names in a CSV header row, looked up case-insensitively.
package struct CSVHeader {
  /// The bytes of a column name kept, at most. Every name a reader looks for is
  /// far shorter, so a longer name is only ever shown, clipped; without a limit
  /// one 60 MB name cost half a gigabyte in copies.
  package static let maximumNameBytes = 1_024

  /// The names as written, trimmed of blanks.
  package let names: [String]
  private let folded: [String]

  /// Creates a header from its names.
  package init(names: [String]) {
    self.names = names
    folded = names.map(Self.fold)
  }

  /// The number of columns.
  package var count: Int { names.count }

  /// The first column whose name matches any of `aliases`, ignoring case,
  /// blanks, `_` and `-` (so `Created at`, `created_at` and `CreatedAt` match).
  package func index(_ aliases: String...) -> Int? {
    for alias in aliases.map(Self.fold) {
      if let index = folded.firstIndex(of: alias) { return index }
    }
    return nil
  }

  /// Every column named `name` (for repeated columns such as Jira's `Comment`).
  package func indices(_ name: String) -> [Int] {
    let key = Self.fold(name)
    return folded.indices.filter { folded[$0] == key }
  }

  /// Whether the header names all of `names`.
  package func contains(_ names: String...) -> Bool {
    names.allSatisfy { folded.contains(Self.fold($0)) }
  }

  private static func fold(_ name: String) -> String {
    String(
      String.UnicodeScalarView(
        name.lowercased().unicodeScalars.filter { $0 != " " && $0 != "_" && $0 != "-" }))
  }
}

extension CSVRecord {
  /// Field `index` as trimmed text, or `nil` when the column is absent or blank.
  package func value(_ index: Int?) -> String? {
    guard let index, index < count, !isEmpty(index) else { return nil }
    let text = string(index).trimmingASCIIWhitespace()
    return text.isEmpty ? nil : text
  }
}
