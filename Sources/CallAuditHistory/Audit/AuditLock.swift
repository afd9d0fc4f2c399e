#if canImport(Glibc)
  import Glibc
#endif

/// An exclusive lock beside the history database, so two audits never write it at once.
///
/// Uses `flock` on `<database>.lock`: the kernel releases it when the process
/// ends however it ends (even `kill -9`), so a crashed run never leaves a stale lock.
public final class AuditLock {
  /// The lock file.
  public let path: String
  private let descriptor: Int32

  /// Takes the lock without waiting.
  /// - Throws: ``AuditLockError`` when another process holds it or the file cannot be opened.
  public init(database: String) throws(AuditLockError) {
    path = database + ".lock"
    descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
    }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      let held = errno == EWOULDBLOCK
      let reason = String(cString: strerror(errno))
      close(descriptor)
      throw held ? .held(path: path) : .cannotOpen(path: path, reason: reason)
    }
  }

  /// Takes the lock for an audit-wide operation, as an ``AuditFailure``.
  static func take(for database: String) throws(AuditFailure) -> AuditLock {
    do {
      return try AuditLock(database: database)
    } catch {
      throw .locked(error)
    }
  }

  deinit {
    flock(descriptor, LOCK_UN)
    close(descriptor)
  }
}

/// Why the audit lock could not be taken.
public enum AuditLockError: Error, CustomStringConvertible, Sendable {
  /// Another audit holds the lock.
  case held(path: String)
  /// The lock file cannot be created or opened.
  case cannotOpen(path: String, reason: String)

  public var description: String {
    switch self {
    case .held(let path): "\(path): another audit is running on this database; try again when it has finished"
    case .cannotOpen(let path, let reason): "\(path): cannot open the lock file: \(reason)"
    }
  }
}
