import CallAuditSystem

#if canImport(Glibc)
  import Glibc
#endif

/// The seal beside a history (`history.sqlite.seal`): the SHA-256 of the database
/// file as callaudit left it after its last write, so that any byte changed
/// since — a flipped bit on the disk, a torn copy, another program's write — is
/// found before the history is used.
///
/// SQLite's own checks cannot promise that: `PRAGMA quick_check` reads the
/// b-trees' structure, `integrity_check` also that indexes match their tables,
/// but neither can tell a changed byte inside a stored value (a provider's
/// name, a digest) from the value written (docs/cron.md has the trials).
///
/// The seal is "open" while a command writes, and written again after the
/// write-ahead log is checkpointed into the file; a run that never finished
/// leaves it open, and the next one checks the whole file with
/// `PRAGMA integrity_check` instead.
enum HistorySeal {
  /// What the seal file says.
  enum State: Equatable {
    /// The file's digest and size after the last write.
    case sealed(sha256: String, bytes: Int64)
    /// A command was writing and did not finish.
    case open
    /// No seal: a history from before seals, or restored without its seal.
    case absent
  }

  private static let heading = "callaudit history seal 1"

  /// The seal's path for `database`.
  static func path(for database: String) -> String { database + ".seal" }

  /// Reads the seal of `database`.
  /// - Throws: ``HistoryError`` (damaged) when the seal exists but is not one callaudit wrote.
  static func read(for database: String) throws(HistoryError) -> State {
    let path = path(for: database)
    guard let text = SmallFile.read(path) else {
      if errno == ENOENT { return .absent }
      throw HistoryError(path: path, message: "the history's seal cannot be read: \(String(cString: strerror(errno)))")
    }
    let lines = text.split(separator: "\n").map(String.init)
    if lines == [heading, "open"] { return .open }
    if lines.count == 3, lines[0] == heading, lines[1].hasPrefix("sha256 "), lines[2].hasPrefix("bytes "),
      let bytes = Int64(lines[2].dropFirst(6))
    {
      let digest = String(lines[1].dropFirst(7))
      if digest.count == 64, digest.allSatisfy(\.isHexDigit) { return .sealed(sha256: digest, bytes: bytes) }
    }
    throw HistoryError(
      path: path, message: "the history's seal is damaged, so the history cannot be vouched for; restore both from a backup",
      kind: .damaged)
  }

  /// Checks `database` against a seal that says `sealed`.
  /// - Throws: ``HistoryError`` (damaged) when a byte differs or the log holds writes made since.
  static func verify(_ database: String, sha256: String, bytes: Int64) throws(HistoryError) {
    var status = stat()
    if stat(database + "-wal", &status) == 0, status.st_size > 0 {
      throw HistoryError(
        path: database,
        message: "the history was written by another program since callaudit sealed it (its write-ahead log is not empty); "
          + "it is not used", kind: .damaged)
    }
    let actual: (hex: String, bytes: Int64)
    switch ContentHash.of(path: database) {
    case .success(let value): actual = (value.hex, value.bytes)
    case .failure(let failure):
      throw HistoryError(path: database, message: "the history cannot be read: \(failure.reason)")
    }
    guard actual.hex == sha256, actual.bytes == bytes else {
      throw HistoryError(
        path: database,
        message: "the history differs from the seal callaudit wrote after its last write (\(path(for: database))): "
          + "it is damaged or was changed by another program, and is not used; restore it from a backup",
        kind: .damaged)
    }
  }

  /// Marks the seal open before the first write.
  static func markOpen(_ database: String) throws(HistoryError) {
    try write("\(heading)\nopen\n", for: database)
  }

  /// Seals `database` as it is now (its log already checkpointed).
  static func seal(_ database: String) throws(HistoryError) {
    switch ContentHash.of(path: database) {
    case .success(let value): try write("\(heading)\nsha256 \(value.hex)\nbytes \(value.bytes)\n", for: database)
    case .failure(let failure):
      throw HistoryError(path: database, message: "the history cannot be read to seal it: \(failure.reason)")
    }
  }

  /// Replaces the seal atomically and durably: a temporary file, synced, renamed over it, the folder synced.
  private static func write(_ text: String, for database: String) throws(HistoryError) {
    let target = path(for: database)
    let temporary = target + ".new"
    func failed(_ what: String) -> HistoryError {
      HistoryError(path: target, message: "the history's seal cannot be \(what): \(String(cString: strerror(errno)))")
    }
    let descriptor = Glibc.open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw failed("written") }
    var written = true
    do throws(SystemIO.Failure) {
      try SystemIO.writeAll(descriptor, Array(text.utf8))
    } catch {
      errno = error.errno.rawValue
      written = false
    }
    guard written, fsync(descriptor) == 0 else {
      let error = failed("written")
      close(descriptor)
      unlink(temporary)
      throw error
    }
    close(descriptor)
    guard rename(temporary, target) == 0 else {
      let error = failed("replaced")
      unlink(temporary)
      throw error
    }
    let folder = Glibc.open(HistoryPlace.parent(of: target), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if folder >= 0 {
      fsync(folder)
      close(folder)
    }
  }
}

/// The whole text of a small file, or `nil` with `errno` set.
enum SmallFile {
  static func read(_ path: String, limit: Int = 1 << 16) -> String? {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return nil }
    guard status.st_mode & S_IFMT == S_IFREG else {
      errno = EINVAL
      return nil
    }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while bytes.count < limit {
      let read = buffer.withUnsafeMutableBytes { raw in
        Result { () throws(SystemIO.Failure) in try SystemIO.read(descriptor, into: raw) }
      }
      guard case .success(let count) = read else {
        if case .failure(let failure) = read { errno = failure.errno.rawValue }
        return nil
      }
      if count == 0 { break }
      bytes += buffer[..<count]
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
