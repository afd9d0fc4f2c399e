import ArgumentParser
import CallAudit
import CallAuditHistory
import CallAuditIngestion
import CallAuditModel
import CallAuditSystem

/// The exit statuses callaudit uses, from BSD's sysexits.h; README.md and docs/cron.md
/// document them, and `ExitStatusTests` holds the tables to this type.
///
/// A command throws an error (or one of these); the root command (`CallAuditCommand.main`)
/// is the one place that prints its diagnostics and picks the status, with ``init(for:)``.
enum ExitStatus: Int32, Error, CaseIterable {
  /// The run did its work.
  case success = 0
  /// An audit broke a threshold (or found an input pattern empty, or an export late);
  /// `forget` found nothing to delete.
  case attention = 1
  /// Bad arguments (EX_USAGE).
  case usage = 64
  /// An input was malformed (EX_DATAERR).
  case dataError = 65
  /// An input could not be opened (EX_NOINPUT).
  case noInput = 66
  /// An output file could not be created (EX_CANTCREAT).
  case cannotCreate = 73
  /// An output could not be written to its end: a full disk, a closed pipe, `/dev/full` (EX_IOERR).
  case ioError = 74
  /// Another audit holds the history database; try again later (EX_TEMPFAIL).
  case temporaryFailure = 75
  /// The configuration file is wrong (EX_CONFIG).
  case configurationError = 78

  /// An audit broke a threshold.
  static let thresholdBreached = ExitStatus.attention
  /// `forget` found nothing to delete.
  static let nothingDone = ExitStatus.attention

  /// The one mapping from an error a command stopped on to its status, or `nil` for the
  /// errors ArgumentParser reports itself (usage, `--help`, `--version`).
  init?(for error: any Error) {
    switch error {
    case let status as ExitStatus: self = status
    case let failure as CommandFailure: self = failure.status
    case let error as OutputError: self = error.stage == .create ? .cannotCreate : .ioError
    case is ConfigurationError: self = .configurationError
    case let failure as ShardStages.Failure:
      switch failure {
      // Given other settings than its input was made with: a usage mistake.
      case .settingsDiffer: self = .usage
      case .damaged: self = .dataError
      }
    case let failure as AuditFailure:
      switch failure {
      case .locked(.held): self = .temporaryFailure
      case .locked(.cannotOpen): self = .cannotCreate
      case .configuration: self = .configurationError
      case .history(let error):
        switch error.kind {
        case .damaged: self = .dataError
        case .unavailable: self = .cannotCreate
        case .missing: self = .noInput
        case .misplaced, .keyRefused: self = .configurationError
        }
      }
    default: return nil
    }
  }
}

/// A failure the command line finds itself (an input it cannot read, nothing to delete),
/// with what to say and the status to exit with.
struct CommandFailure: Error, DiagnosticConvertible {
  var diagnostics: [Diagnostic]
  var status: ExitStatus

  init(_ status: ExitStatus, _ diagnostic: Diagnostic) {
    self.diagnostics = [diagnostic]
    self.status = status
  }
}
