import CallAuditReporting
import GRDB

/// The audit history: one SQLite file, in WAL mode, opened through GRDB.
///
/// Every ingested file is written in one transaction, so a run killed in the
/// middle of a file leaves the database as it was before that file.
///
/// Nothing is read from a history before it is checked (docs/cron.md): an
/// existing file must be non-empty, match its seal (``HistorySeal``), be a
/// callaudit history, and pass `PRAGMA quick_check` — or, when no seal vouches
/// for it (the last writer did not finish, or there is no seal), the full
/// `PRAGMA integrity_check`. A damaged history is refused, never used and never
/// replaced by a fresh one.
public final class HistoryDatabase: Sendable {
  /// What the history is opened for.
  public enum Access: Sendable {
    /// Reading only (`callaudit history`).
    case read
    /// Writing (`audit`, `forget`): creates the history where no file is, and
    /// seals it again in ``close()``.
    case write
  }

  /// The database file.
  public let path: String
  /// What it was opened for.
  public let access: Access
  /// Remarks for the operator about how the history was checked (a run that did
  /// not finish, no seal): printed on standard error by the commands.
  public let remarks: [String]
  let queue: DatabaseQueue

  /// Checks, opens (creating it for writing where no file is) and migrates the history at `path`.
  /// - Throws: ``HistoryError`` saying why the history cannot be used, with its kind.
  public init(path: String, access: Access = .write) throws(HistoryError) {
    self.path = path
    self.access = access
    var remarks: [String] = []
    var thoroughly = false
    let existed: Bool
    switch try HistoryPlace.check(path, creating: access == .write) {
    case .file(let bytes):
      existed = true
      guard bytes > 0 else {
        throw HistoryError(
          path: path,
          message: "the file is empty (0 bytes), so it is not a history; callaudit starts a new history only "
            + "where no file is: restore the history from a backup, or delete the empty file to start a new one",
          kind: .damaged)
      }
      switch try HistorySeal.read(for: path) {
      case .sealed(let digest, let size):
        try HistorySeal.verify(path, sha256: digest, bytes: size)
      case .open:
        thoroughly = true
        remarks.append(
          "\(path): the last command that wrote this history did not finish (killed, or the machine stopped); "
            + "the whole file was checked with PRAGMA integrity_check before use")
      case .absent:
        thoroughly = true
        remarks.append(
          "\(path): the history had no seal (\(HistorySeal.path(for: path)): written by an older callaudit, or "
            + "restored without it); the whole file was checked with PRAGMA integrity_check before use")
      }
    case .nothing:
      existed = false
      guard try HistorySeal.read(for: path) == .absent else {
        throw HistoryError(
          path: path,
          message: "the history is missing but its seal \(HistorySeal.path(for: path)) is there: it was moved or "
            + "deleted; restore it, or delete the seal as well to start a new history", kind: .damaged)
      }
    }
    self.remarks = remarks

    var configuration = Configuration()
    // GRDB's WAL set-up writes (it creates and drops a table to start the log), which
    // would change a history that `history` only reads and break its seal: reads go
    // through a read-only connection, which leaves the file's bytes as they were.
    if access == .read { configuration.readonly = true } else { configuration.journalMode = .wal }
    // A second process that slipped past the lock waits briefly instead of failing at once.
    configuration.busyMode = .timeout(10)
    // Deleted rows (expired contacts, a forgotten customer) are overwritten, not left in free pages.
    configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA secure_delete = ON") }
    do {
      queue = try DatabaseQueue(path: path, configuration: configuration)
    } catch {
      throw Self.failure(error, path: path, doing: "cannot open the history database")
    }
    let migrator = HistorySchema.migrator
    do {
      let (problems, isHistory, superseded, current) = try queue.read { db in
        let problems = try String.fetchAll(db, sql: thoroughly ? "PRAGMA integrity_check" : "PRAGMA quick_check")
        let isHistory = try !existed || migrator.appliedIdentifiers(db).contains(HistorySchema.first)
        return (problems, isHistory, try migrator.hasBeenSuperseded(db), try migrator.hasCompletedMigrations(db))
      }
      guard problems == ["ok"] else {
        let check = thoroughly ? "integrity_check" : "quick_check"
        throw HistoryError(
          path: path,
          message: "SQLite's \(check) finds the history damaged (\(problems.first ?? "no answer")); it is not used: "
            + "restore it from a backup", kind: .damaged)
      }
      guard isHistory else {
        throw HistoryError(
          path: path, message: "the file is a SQLite database but not a callaudit history; it is not used",
          kind: .damaged)
      }
      guard !superseded else {
        throw HistoryError(
          path: path, message: "the history was written by a newer callaudit; use that version", kind: .unavailable)
      }
      if access == .write {
        try HistorySeal.markOpen(path)
        try migrator.migrate(queue)
      } else if !current {
        // An older history read by a newer callaudit: migrate it once, through a
        // connection of its own, and seal it again.
        try HistorySeal.markOpen(path)
        var writing = configuration
        writing.readonly = false
        writing.journalMode = .wal
        let writer = try DatabaseQueue(path: path, configuration: writing)
        try migrator.migrate(writer)
        try writer.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        try writer.close()
        try HistorySeal.seal(path)
      }
    } catch let error as HistoryError {
      throw error
    } catch {
      throw Self.failure(error, path: path, doing: "cannot open the history database")
    }
  }

  /// Ends a write: moves the write-ahead log into the file and seals it, so the
  /// next command can check every byte. A history opened for reading is left as it is.
  public func close() throws(HistoryError) {
    guard access == .write else { return }
    try close(sealing: true)
  }

  private func close(sealing: Bool) throws(HistoryError) {
    try checkpoint()
    if sealing { try HistorySeal.seal(path) }
  }

  /// Runs `body` in one write transaction, turning database errors into ``HistoryError``.
  func write<T>(_ body: (Database) throws -> T) throws(HistoryError) -> T {
    do {
      return try queue.write(body)
    } catch {
      throw Self.failure(error, path: path)
    }
  }

  /// Moves everything from the write-ahead log into the database file and empties the
  /// log, so deleted data does not linger in it.
  func checkpoint() throws(HistoryError) {
    do {
      try queue.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
    } catch {
      throw Self.failure(error, path: path)
    }
  }

  /// Runs `body` with read access.
  func read<T>(_ body: (Database) throws -> T) throws(HistoryError) -> T {
    do {
      return try queue.read(body)
    } catch {
      throw Self.failure(error, path: path)
    }
  }

  /// `error` as a ``HistoryError`` about this history: damage SQLite or callaudit
  /// found is `damaged`, anything else (a full disk, no permission) `unavailable`.
  static func failure(_ error: any Error, path: String, doing: String? = nil) -> HistoryError {
    if let error = error as? HistoryError { return error }
    if let refusal = error as? CustomerKeys.Refusal {
      return HistoryError(path: path, message: refusal.message, kind: .keyRefused)
    }
    if let damage = error as? StoredDataDamage {
      return HistoryError(path: path, message: damage.message + "; the history is not used", kind: .damaged)
    }
    let reason = Self.reason(error)
    if let error = error as? DatabaseError,
      [ResultCode.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode.primaryResultCode)
    {
      return HistoryError(path: path, message: "the history is damaged or not a database (\(reason)); it is not used", kind: .damaged)
    }
    return HistoryError(path: path, message: doing.map { "\($0): \(reason)" } ?? reason)
  }

  static func reason(_ error: any Error) -> String {
    if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
    return "\(error)"
  }
}
