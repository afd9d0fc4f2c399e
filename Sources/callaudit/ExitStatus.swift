import ArgumentParser
import CallAudit
import CallAuditHistory
import CallAuditReporting
import CallAuditSystem

/// The exit statuses callaudit uses, from BSD's sysexits.h; documented in README.md.
enum ExitStatus {
  /// An audit broke a threshold (or found an input pattern empty, or an export late).
  static let thresholdBreached = ExitCode(1)
  /// `forget` found nothing to delete.
  static let nothingDone = ExitCode(1)
  /// Bad arguments (EX_USAGE).
  static let usage = ExitCode(64)
  /// An input was malformed (EX_DATAERR).
  static let dataError = ExitCode(65)
  /// An input could not be opened (EX_NOINPUT).
  static let noInput = ExitCode(66)
  /// An output file could not be written (EX_CANTCREAT).
  static let cannotCreate = ExitCode(73)
  /// An output could not be written to its end: a full disk, a closed pipe, `/dev/full` (EX_IOERR).
  static let ioError = ExitCode(74)
  /// Another audit holds the history database; try again later (EX_TEMPFAIL).
  static let temporaryFailure = ExitCode(75)
  /// The configuration file is wrong (EX_CONFIG).
  static let configurationError = ExitCode(78)
}

extension ExitStatus {
  /// Says why an output failed, in one line, and gives its status: 73 when it could not be
  /// created, 74 when writing it failed.
  static func outputFailed(_ error: OutputError) -> ExitCode {
    StandardError.line("error: \(error)")
    return error.stage == .create ? cannotCreate : ioError
  }
}

extension ExitStatus {
  /// The status for an audit, `history` or `forget` that could not do its work (docs/cron.md).
  static func of(_ failure: AuditFailure) -> ExitCode {
    switch failure {
    case .locked(.held): temporaryFailure
    case .locked(.cannotOpen): cannotCreate
    case .configuration: configurationError
    case .history(let error):
      switch error.kind {
      case .damaged: dataError
      case .unavailable: cannotCreate
      case .missing: noInput
      case .misplaced, .keyRefused: configurationError
      }
    }
  }

  /// Says why an audit command failed, one sentence per line, and gives its status.
  static func auditFailed(_ failure: AuditFailure) -> ExitCode {
    for message in failure.messages { StandardError.line(message) }
    return of(failure)
  }
}

extension ExitStatus {
  /// The status for a shard stage that could not go on: 64 when it was given other settings than
  /// its input was made with (a usage mistake), 65 for damaged shard data.
  static func status(for failure: ShardStages.Failure) -> ExitCode {
    switch failure {
    case .damaged: dataError
    case .settingsDiffer: usage
    }
  }
}
