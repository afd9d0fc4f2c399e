import CallAuditModel

/// Why an output could not be written.
public struct OutputError: Error, CustomStringConvertible, Sendable {
  /// How far writing got before it failed; the two have different exit statuses.
  public enum Stage: Sendable {
    /// The output could not be opened or created (nothing was written).
    case create
    /// Writing, syncing or putting the finished file in place failed.
    case write
  }

  /// The output as the user named it.
  public var path: String
  /// What went wrong, as a phrase.
  public var reason: String
  /// Whether the output could not be created or could not be written.
  public var stage: Stage

  /// Creates an error.
  public init(path: String, reason: String, stage: Stage = .write) {
    self.path = path
    self.reason = reason
    self.stage = stage
  }

  public var description: String {
    switch stage {
    case .create: "\(path): cannot create: \(reason)"
    case .write: "\(path): cannot write: \(reason)"
    }
  }
}

extension OutputError: DiagnosticConvertible {
  public var diagnostics: [Diagnostic] {
    [Diagnostic(file: path, sentence: stage == .create ? "cannot create: \(reason)" : "cannot write: \(reason)")]
  }
}
