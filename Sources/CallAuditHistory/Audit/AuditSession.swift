import CallAuditIngestion
import CallAuditModel
import CallAuditReporting

/// How every command that writes a history gets to it: the place checked, the
/// lock taken, the history checked and opened, and sealed again at the end —
/// after a failure too, unless the failure is that the history is damaged.
enum AuditSession {
  static func withHistory<T>(
    _ configuration: AuditConfiguration, access: HistoryDatabase.Access = .write,
    _ body: (HistoryDatabase) throws(AuditFailure) -> T
  ) throws(AuditFailure) -> T {
    do {
      _ = try HistoryPlace.check(configuration.database, creating: access == .write)
    } catch {
      throw AuditFailure(error, configuration: configuration)
    }
    let lock = try AuditLock.take(for: configuration.database)
    defer { withExtendedLifetime(lock) {} }
    let database: HistoryDatabase
    do {
      database = try HistoryDatabase(path: configuration.database, access: access)
    } catch {
      throw AuditFailure(error, configuration: configuration)
    }
    let result: T
    do {
      result = try body(database)
    } catch {
      // Every write is a transaction, so after any failure but damage the file is
      // whole and can be sealed; a damaged one keeps its seal open.
      if !error.isDamage { try? database.close() }
      throw error
    }
    do {
      try database.close()
    } catch {
      throw AuditFailure(error, configuration: configuration)
    }
    return result
  }
}

/// Why an audit, `history` or `forget` could not do its work; the command line
/// turns each case into its exit status (docs/cron.md).
public enum AuditFailure: Error, CustomStringConvertible, Sendable {
  /// The lock could not be taken: another audit holds it (75), or its file cannot be opened (73).
  case locked(AuditLockError)
  /// The history cannot be used: damaged (65), unavailable (73), missing (66).
  case history(HistoryError)
  /// The configuration names something the history contradicts or that cannot
  /// be: an unknown provider, a foreign customer key, a database path through a
  /// file (78); one error per line.
  case configuration([ConfigurationError])

  /// The failure for a history error: errors about what the configuration says
  /// are reported against its file and line.
  init(_ error: HistoryError, configuration: AuditConfiguration) {
    switch error.kind {
    case .misplaced:
      self = .configuration([
        ConfigurationError(
          file: configuration.path, line: configuration.databaseLine,
          message: "'database' names \(configuration.database), where no history can be: \(error.message)")
      ])
    case .keyRefused:
      self = .configuration([
        ConfigurationError(file: configuration.path, line: configuration.privacyLine, message: error.message)
      ])
    case .damaged, .unavailable, .missing:
      self = .history(error)
    }
  }

  /// Whether the history was found damaged (and must keep its seal open).
  var isDamage: Bool {
    if case .history(let error) = self { return error.kind == .damaged }
    return false
  }

  /// One sentence per line.
  public var messages: [String] {
    switch self {
    case .locked(let error): [error.description]
    case .history(let error): [error.description]
    case .configuration(let errors): errors.map(\.description)
    }
  }

  public var description: String { messages.joined(separator: "\n") }
}

extension AuditFailure: DiagnosticConvertible {
  public var diagnostics: [Diagnostic] {
    switch self {
    case .locked(.held(let path)):
      [Diagnostic(file: path, sentence: "another audit is running on this database; try again when it has finished")]
    case .locked(.cannotOpen(let path, let reason)): [Diagnostic(file: path, sentence: "cannot open the lock file: \(reason)")]
    case .history(let error): [Diagnostic(file: error.path, sentence: error.message)]
    case .configuration(let errors): errors.flatMap(\.diagnostics)
    }
  }
}
