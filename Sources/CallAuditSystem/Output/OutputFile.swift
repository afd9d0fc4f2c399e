#if canImport(Glibc)
  import Glibc
#endif

/// Whole outputs written at once, and the folders they go in.
public enum OutputFile {
  /// Writes `contents` to `path` through an ``OutputWriter``: a regular file is replaced
  /// whole, a device or pipe is written into.
  public static func write(_ contents: String, to path: String) throws(OutputError) {
    let writer = try OutputWriter(path: path)
    try writer.write(contents)
    try writer.commit()
  }

  /// Writes `bytes` to `path`, as the `String` one above writes text.
  public static func write(_ bytes: some Collection<UInt8>, to path: String) throws(OutputError) {
    let writer = try OutputWriter(path: path)
    try writer.write(bytes)
    try writer.commit()
  }

  /// Creates the folders above `path` that are missing, as `mkdir -p` would.
  public static func createFolders(above path: String) throws(OutputError) {
    var folder = ""
    let parts = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
    for (index, part) in parts.enumerated() {
      folder += (index == 0 ? "" : "/") + part
      guard !folder.isEmpty, !part.isEmpty, part != "." else { continue }
      if mkdir(folder, 0o755) != 0, errno != EEXIST {
        throw OutputError(
          path: path, reason: "cannot create the folder \(folder): \(currentErrorText())", stage: .create)
      }
    }
  }
}
