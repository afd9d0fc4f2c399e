import CallAudit

#if canImport(Glibc)
  import Glibc
#endif

/// Expands the configuration's input patterns into files, with the shell's glob
/// rules; a pattern that names a directory (`exports/`) reads every file under it.
enum InputPatterns {
  /// The files matching `patterns`, each once, sorted by path so that runs are
  /// repeatable; patterns that match nothing are returned separately, and so
  /// is what the folders held that is not read (``InputPaths``), with why.
  static func expand(_ patterns: [String]) -> (files: [String], unmatched: [String], passedOver: [InputPaths.Entry]) {
    var files: Set<String> = []
    var passedOver: [InputPaths.Entry] = []
    var unmatched: [String] = []
    for pattern in patterns {
      var result = glob_t()
      defer { globfree(&result) }
      guard glob(pattern, 0, nil, &result) == 0 else {
        unmatched.append(pattern)
        continue
      }
      let matches = (0..<Int(result.gl_pathc)).compactMap { result.gl_pathv[$0].map { String(cString: $0) } }
      // A matched directory stands for every file under it, as on `analyze`'s command line.
      let listing = InputPaths.list(matches)
      files.formUnion(listing.files)
      passedOver += listing.entries.filter { !$0.isRead && !passedOver.contains($0) }
    }
    return (files.sorted(), unmatched, passedOver.sorted { $0.path < $1.path })
  }
}
