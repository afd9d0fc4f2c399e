/// One thing callaudit tells its user on standard error: how serious it is, where it
/// happened as far as that is known, and one sentence.
///
/// Every error a command can stop on turns into these (``DiagnosticConvertible``), and
/// the command line prints them in one place, so every message has the same shape:
/// `callaudit: error: exports/a.csv:12: the status 'x' is not one callaudit knows`.
public struct Diagnostic: Sendable, Equatable {
  /// How serious it is; the word that starts the line.
  public enum Severity: String, Sendable {
    case error, warning, note
  }

  public var severity: Severity
  /// The file (or other input, output or database) it is about, as the user named it.
  public var file: String?
  /// The 1-based line in `file`, when it is about one.
  public var line: Int?
  /// The 1-based column in `line`, when it is about one.
  public var column: Int?
  /// What happened, as a sentence without the place.
  public var sentence: String

  public init(_ severity: Severity = .error, file: String? = nil, line: Int? = nil, column: Int? = nil, sentence: String) {
    self.severity = severity
    self.file = file
    self.line = line
    self.column = column
    self.sentence = sentence
  }

  /// `severity: file:line:column: sentence`, with as much of the place as is known.
  public var rendered: String { "\(severity.rawValue): \(located)" }

  /// `file:line:column: sentence` without the severity, as an input's account in a report
  /// shows it.
  public var located: String {
    guard let file else { return sentence }
    var place = file
    if let line {
      place += ":\(line)"
      if let column { place += ":\(column)" }
    }
    return "\(place): \(sentence)"
  }
}

/// An error that says what went wrong as diagnostics, one per sentence.
public protocol DiagnosticConvertible: Error {
  var diagnostics: [Diagnostic] { get }
}
