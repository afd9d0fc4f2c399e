#if canImport(Glibc)
  import Glibc
#endif

/// Expands the configuration's input patterns into files, with the shell's glob rules.
enum InputPatterns {
  /// The files matching `patterns`, each once, sorted by path so that runs are
  /// repeatable; patterns that match nothing are returned separately.
  static func expand(_ patterns: [String]) -> (files: [String], unmatched: [String]) {
    var files: Set<String> = []
    var unmatched: [String] = []
    for pattern in patterns {
      var result = glob_t()
      defer { globfree(&result) }
      guard glob(pattern, 0, nil, &result) == 0 else {
        unmatched.append(pattern)
        continue
      }
      for index in 0..<Int(result.gl_pathc) {
        guard let path = result.gl_pathv[index].map({ String(cString: $0) }) else { continue }
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG { files.insert(path) }
      }
    }
    return (files.sorted(), unmatched)
  }
}
