/// A problem with the history database, with the file it concerns.
///
/// Its ``kind`` decides the exit status (docs/cron.md): a damaged history is a
/// data error, a history that cannot be opened or written a failed output, and
/// one the configuration puts where no file can be a configuration error.
public struct HistoryError: Error, CustomStringConvertible, Sendable {
  /// What went wrong, as far as the exit status is concerned.
  public enum Kind: Sendable, Equatable {
    /// The file is damaged, changed behind callaudit's back, or not a callaudit
    /// history: it is refused, never used or started afresh (exit 65).
    case damaged
    /// The history cannot be created, opened or written: a missing folder, no
    /// permission, a failing disk (exit 73).
    case unavailable
    /// The configured path can never hold a history: a folder, a device, a path
    /// through a file (exit 78, reported against the configuration's line).
    case misplaced
    /// There is no history at the path yet (exit 66, for `callaudit history`).
    case missing
    /// The configured customer key cannot be used with this history (exit 78,
    /// reported against the configuration's `privacy` line; ``CustomerKeys``).
    case keyRefused
  }

  /// The database file (or the folder or seal the message is about).
  public var path: String
  /// One sentence saying what is wrong, without the path.
  public var message: String
  /// What went wrong.
  public var kind: Kind

  /// Creates an error.
  public init(path: String, message: String, kind: Kind = .unavailable) {
    self.path = path
    self.message = message
    self.kind = kind
  }

  public var description: String { "\(path): \(message)" }
}

/// Stored data that cannot be what callaudit wrote: thrown where the database's
/// path is not known, and given it by ``HistoryDatabase`` (so a message never
/// has an empty place in it).
struct StoredDataDamage: Error {
  /// What is damaged, as a sentence without the path.
  var message: String
}
