/// A problem in an audit configuration file, with the place it happened.
public struct AuditConfigurationError: Error, CustomStringConvertible, Sendable {
  /// The configuration file.
  public var path: String
  /// The 1-based line, when the problem has one.
  public var line: Int?
  /// One sentence saying what is wrong.
  public var message: String

  /// Creates an error.
  public init(path: String, line: Int? = nil, message: String) {
    self.path = path
    self.line = line
    self.message = message
  }

  public var description: String {
    line.map { "\(path):\($0): \(message)" } ?? "\(path): \(message)"
  }
}
