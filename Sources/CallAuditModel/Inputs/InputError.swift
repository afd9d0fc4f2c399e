/// Why an input could not be read, or had to stop early.
///
/// Each case renders as one sentence that names the place it happened.
public enum InputError: Error, CustomStringConvertible, Sendable, Equatable, Codable {
  /// The file does not exist or cannot be opened.
  case cannotOpen(path: String, reason: String)
  /// Reading failed part-way (an I/O error or a damaged compressed stream).
  case readFailed(path: String, reason: String)
  /// The content matches no format callaudit knows, and none was named.
  case unrecognizedFormat(path: String)
  /// A format was named with `--input-format` that callaudit does not know.
  case unknownFormatName(String)
  /// The XML is not well-formed; reading stopped here.
  case malformedXML(path: String, line: Int, column: Int, message: String)
  /// A record makes the rest of the input unreadable (a broken header, a quote never closed).
  case stoppedAt(path: String, line: Int, reason: String)
  /// The header row lacks a column the format cannot do without.
  case missingColumn(path: String, column: String)
  /// The input is empty or holds no header row.
  case empty(path: String)
  /// The input is in a text encoding callaudit does not read (UTF-16, UTF-32).
  case unsupportedEncoding(path: String, encoding: String)
  /// The header row lacks a column the mapping file names.
  case missingMappedColumn(path: String, column: String, mapping: String)
  /// The input was to be read with a mapping file, but none was given.
  case mappingRequired(path: String)
  /// The content is something callaudit recognises but does not read (an
  /// Excel workbook, JSON, a table or XML no reader knows); `reason` says what
  /// it is and what to do, in one sentence.
  case notReadable(path: String, reason: String)
  /// Every record was rejected: the commonest reason, how many records it
  /// rejected and the line of the first, and what to try.
  case everyRecordRejected(path: String, records: Int, count: Int, line: Int, reason: String, hint: String?)

  public var description: String { diagnostic.located }

  /// The stop as a diagnostic: the place (file, line, column as far as known) and one sentence.
  public var diagnostic: Diagnostic {
    switch self {
    case .cannotOpen(let path, let reason): Diagnostic(file: path, sentence: "cannot open: \(reason)")
    case .readFailed(let path, let reason): Diagnostic(file: path, sentence: "read failed: \(reason)")
    case .unrecognizedFormat(let path):
      Diagnostic(file: path, sentence: "unrecognized content; name the format with --input-format (see `callaudit formats`)")
    case .unknownFormatName(let name):
      Diagnostic(sentence: "unknown input format '\(name)' (see `callaudit formats`)")
    case .malformedXML(let path, let line, let column, let message):
      Diagnostic(file: path, line: line, column: column, sentence: "XML is not well-formed, reading stopped: \(message)")
    case .stoppedAt(let path, let line, let reason):
      Diagnostic(file: path, line: line, sentence: "reading stopped: \(reason)")
    case .missingColumn(let path, let column):
      Diagnostic(file: path, line: 1, sentence: "the header has no '\(column)' column, which this format requires")
    case .empty(let path): Diagnostic(file: path, sentence: "the input is empty")
    case .unsupportedEncoding(let path, let encoding):
      Diagnostic(
        file: path, sentence: "the input is \(encoding), which callaudit does not read; save it as UTF-8 and try again")
    case .missingMappedColumn(let path, let column, let mapping):
      Diagnostic(file: path, line: 1, sentence: "the header has no '\(column)' column, which the mapping file \(mapping) names")
    case .mappingRequired(let path):
      Diagnostic(file: path, sentence: "the mapping format needs a mapping file (--mapping FILE)")
    case .notReadable(let path, let reason): Diagnostic(file: path, sentence: reason)
    case .everyRecordRejected(let path, let records, let count, let line, let reason, let hint):
      Diagnostic(
        file: path,
        sentence: "\(records == 1 ? "the only record was" : "all \(records) records were") rejected; "
          + (count == records
            ? "the reason, \(records == 1 ? "" : "for every one, ")" : "the commonest reason, for \(count) of them, ")
          + "first on line \(line): \(reason); "
          + (hint.map { "try \($0)" } ?? "see `callaudit formats` and docs/formats.md for the values this format takes"))
    }
  }

  /// Whether the input was never opened at all (exit status 66), as opposed to
  /// opened and found faulty (exit status 65).
  public var isUnreadable: Bool {
    if case .cannotOpen = self { return true }
    return false
  }
}
