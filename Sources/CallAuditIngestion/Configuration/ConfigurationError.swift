import CallAuditModel

/// A mistake in a configuration file (a mapping file, a sites file, …): which
/// file, which line, and what is wrong, shown as one sentence `file:line: message`.
///
/// The command line exits with status 78 (EX_CONFIG) on one of these.
public struct ConfigurationError: Error, CustomStringConvertible, Sendable, Equatable {
  /// The file as it was named.
  public var file: String
  /// The 1-based line the mistake is on, when it is on one.
  public var line: Int?
  /// What is wrong, as a sentence without the place.
  public var message: String

  /// Creates an error.
  public init(file: String, line: Int?, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  public var description: String {
    guard let line else { return "\(file): \(message)" }
    return "\(file):\(line): \(message)"
  }
}

extension ConfigurationError: DiagnosticConvertible {
  public var diagnostics: [Diagnostic] { [Diagnostic(file: file, line: line, sentence: message)] }
}
