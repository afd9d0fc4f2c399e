#if canImport(Glibc)
  import Glibc
#endif

/// Whether a history can be at the configured path, said before anything is
/// opened there: a missing folder is not "another audit is running", and a path
/// through a file is a mistake in the configuration, not a reason to retry.
enum HistoryPlace {
  /// What is at the path.
  enum Found {
    /// A regular file (perhaps a history).
    case file(bytes: Int64)
    /// Nothing yet; the folder above exists and takes new files.
    case nothing
  }

  /// Checks `database`; with `creating`, a missing file must be creatable.
  /// - Throws: ``HistoryError`` of kind `misplaced` (no history can ever be
  ///   there), `unavailable` (the folder is missing or not writable) or `missing`
  ///   (no file, when not `creating`).
  static func check(_ database: String, creating: Bool) throws(HistoryError) -> Found {
    var status = stat()
    if stat(database, &status) == 0 {
      let type = status.st_mode & S_IFMT
      guard type == S_IFREG else {
        throw HistoryError(
          path: database, message: "it is \(FileKind.name(type)), not a history file", kind: .misplaced)
      }
      if creating, access(database, W_OK) != 0 {
        throw HistoryError(
          path: database, message: "the history cannot be written: \(String(cString: strerror(errno)))")
      }
      return .file(bytes: Int64(status.st_size))
    }
    let failure = errno
    if failure == ENOTDIR { throw blockedByFile(database) }
    guard failure == ENOENT else {
      throw HistoryError(path: database, message: "the history cannot be opened: \(String(cString: strerror(failure)))")
    }
    let folder = parent(of: database)
    guard stat(folder, &status) == 0 else {
      if errno == ENOTDIR { throw blockedByFile(database) }
      if errno == ENOENT {
        throw HistoryError(
          path: folder,
          message: "the folder for the history does not exist; create it (callaudit does not, in case a disk is not mounted)")
      }
      throw HistoryError(path: folder, message: "the folder for the history cannot be used: \(String(cString: strerror(errno)))")
    }
    guard status.st_mode & S_IFMT == S_IFDIR else { throw blockedByFile(database) }
    guard creating else { throw HistoryError(path: database, message: "there is no history yet; run `callaudit audit` first", kind: .missing) }
    guard access(folder, W_OK | X_OK) == 0 else {
      throw HistoryError(
        path: folder, message: "the folder for the history is not writable: \(String(cString: strerror(errno)))")
    }
    return .nothing
  }

  /// The folder holding `path` (`.` for a bare name).
  static func parent(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    let folder = String(path[..<slash])
    return folder.isEmpty ? "/" : folder
  }

  /// The error for a path that goes through something that is not a folder: names the first such part.
  private static func blockedByFile(_ database: String) -> HistoryError {
    var prefix = database.hasPrefix("/") ? "" : "."
    for part in database.split(separator: "/").dropLast() {
      prefix = prefix.isEmpty ? "/" + part : (prefix == "." ? String(part) : prefix + "/" + part)
      var status = stat()
      if stat(prefix, &status) == 0, status.st_mode & S_IFMT != S_IFDIR {
        return HistoryError(
          path: database, message: "\(prefix) is \(FileKind.name(status.st_mode & S_IFMT)), not a folder",
          kind: .misplaced)
      }
    }
    return HistoryError(path: database, message: "a part of the path is not a folder", kind: .misplaced)
  }
}

/// Names of the kinds of file `stat` reports, for sentences.
enum FileKind {
  /// "a file", "a folder", "a FIFO (named pipe)", …
  static func name(_ type: mode_t) -> String {
    switch type {
    case S_IFREG: "a file"
    case S_IFDIR: "a folder"
    case S_IFIFO: "a FIFO (named pipe)"
    case S_IFSOCK: "a socket"
    case S_IFCHR: "a character device"
    case S_IFBLK: "a block device"
    case S_IFLNK: "a symbolic link"
    default: "not a regular file"
    }
  }
}
