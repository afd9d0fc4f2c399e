import CallAudit
import GRDB

/// The audit history: one SQLite file, in WAL mode, opened through GRDB.
///
/// Every ingested file is written in one transaction, so a run killed in the
/// middle of a file leaves the database as it was before that file.
public final class HistoryDatabase: Sendable {
  /// The database file.
  public let path: String
  let queue: DatabaseQueue

  /// Opens (creating if needed) and migrates the history at `path`.
  /// - Throws: ``HistoryError`` when the file cannot be opened or is not a callaudit history.
  public init(path: String) throws(HistoryError) {
    self.path = path
    var configuration = Configuration()
    configuration.journalMode = .wal
    // A second process that slipped past the lock waits briefly instead of failing at once.
    configuration.busyMode = .timeout(10)
    // Deleted rows (expired contacts, a forgotten customer) are overwritten, not left in free pages.
    configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA secure_delete = ON") }
    do {
      queue = try DatabaseQueue(path: path, configuration: configuration)
      try HistorySchema.migrator.migrate(queue)
    } catch {
      throw HistoryError(path: path, message: "cannot open the history database: \(Self.reason(error))")
    }
  }

  /// Runs `body` in one write transaction, turning database errors into ``HistoryError``.
  func write<T>(_ body: (Database) throws -> T) throws(HistoryError) -> T {
    do {
      return try queue.write(body)
    } catch let error as HistoryError {
      throw error
    } catch {
      throw HistoryError(path: path, message: Self.reason(error))
    }
  }

  /// Moves everything from the write-ahead log into the database file and empties the
  /// log, so deleted data does not linger in it.
  func checkpoint() throws(HistoryError) {
    do {
      try queue.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
    } catch {
      throw HistoryError(path: path, message: Self.reason(error))
    }
  }

  /// Runs `body` with read access.
  func read<T>(_ body: (Database) throws -> T) throws(HistoryError) -> T {
    do {
      return try queue.read(body)
    } catch {
      throw HistoryError(path: path, message: Self.reason(error))
    }
  }

  static func reason(_ error: any Error) -> String {
    if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
    return "\(error)"
  }
}

/// A problem with the history database, with the file it concerns.
public struct HistoryError: Error, CustomStringConvertible, Sendable {
  /// The database file.
  public var path: String
  /// One sentence saying what is wrong.
  public var message: String

  /// Creates an error.
  public init(path: String, message: String) {
    self.path = path
    self.message = message
  }

  public var description: String { "\(path): \(message)" }
}
