import CallAuditReporting

#if canImport(Glibc)
  import Glibc
#endif

/// Expands the configuration's input patterns into files, with the shell's glob
/// rules; a pattern that names a folder (`exports/`) reads every file under it,
/// as on `analyze`'s command line (names starting with `.` left out).
///
/// Only regular files are ever read. A FIFO, a socket or a device — matched by
/// a glob or found in a folder — is never opened (a FIFO without a writer would
/// block the run for ever, holding the lock): it is returned with the reason,
/// and the run names it and counts it against `tolerance.stopped_inputs`.
/// Links are followed to what they name; a folder is walked once, whatever
/// links lead back to it.
enum InputPatterns {
  /// What the patterns name.
  struct Expansion {
    /// Each regular file once, sorted by path so runs are repeatable, with the
    /// index of the first pattern (in configuration order) that matched it.
    var files: [(path: String, pattern: Int)] = []
    /// Paths matched but not read, with the reason, sorted by path.
    var refused: [(path: String, reason: String)] = []
    /// The indices of the patterns that match no file at all.
    var unmatched: [Int] = []
  }

  static func expand(_ patterns: [InputPattern]) -> Expansion {
    var chosen: [String: Int] = [:]
    var refused: [String: String] = [:]
    var unmatched: [Int] = []
    for (index, pattern) in patterns.enumerated() {
      var result = glob_t()
      defer { globfree(&result) }
      var walker = FolderWalker()
      if glob(pattern.pattern, 0, nil, &result) == 0 {
        for match in (0..<Int(result.gl_pathc)).compactMap({ result.gl_pathv[$0].map { String(cString: $0) } }) {
          walker.visit(match)
        }
      }
      if walker.files.isEmpty { unmatched.append(index) }
      for file in walker.files where chosen[file] == nil { chosen[file] = index }
      for (path, reason) in walker.refused { refused[path] = reason }
    }
    return Expansion(
      files: chosen.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
      refused: refused.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, unmatched: unmatched)
  }

  /// "it is a FIFO (named pipe); callaudit reads only regular files".
  static func notRegular(_ type: mode_t) -> String {
    "not read: it is \(FileKind.name(type)); callaudit reads only regular files"
  }
}

/// Walks what one pattern matched, classifying each path by `stat`.
private struct FolderWalker {
  var files: [String] = []
  var refused: [(String, String)] = []
  private var visited: Set<[UInt64]> = []

  /// Classifies `path`, walking a folder.
  mutating func visit(_ path: String) {
    var status = stat()
    guard stat(path, &status) == 0 else {
      refused.append((path, "not read: \(String(cString: strerror(errno)))"))
      return
    }
    switch status.st_mode & S_IFMT {
    case S_IFREG:
      files.append(path)
    case S_IFDIR:
      guard visited.insert([UInt64(status.st_dev), UInt64(status.st_ino)]).inserted else { return }
      guard let directory = opendir(path) else {
        refused.append((path, "not read: the folder cannot be listed: \(String(cString: strerror(errno)))"))
        return
      }
      var names: [String] = []
      while let entry = readdir(directory) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
          String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        if !name.hasPrefix(".") { names.append(name) }
      }
      closedir(directory)
      let base = path.hasSuffix("/") ? String(path.dropLast()) : path
      for name in names.sorted() { visit(base + "/" + name) }
    default:
      refused.append((path, InputPatterns.notRegular(status.st_mode & S_IFMT)))
    }
  }
}
