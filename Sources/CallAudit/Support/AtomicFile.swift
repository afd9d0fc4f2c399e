#if canImport(Glibc)
  import Glibc
#endif

/// Why an output could not be written.
public struct OutputError: Error, CustomStringConvertible, Sendable {
  /// The file that could not be written.
  public var path: String
  /// What went wrong.
  public var reason: String

  /// Creates an error.
  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  public var description: String { "\(path): cannot write: \(reason)" }
}

/// Writes a whole file so that readers see the old content or the new, never half of it.
public enum AtomicFile {
  /// Replaces the file at `path` with `contents`.
  public static func write(_ contents: String, to path: String) throws(OutputError) {
    let writer = try AtomicFileWriter(path: path)
    try writer.write(contents)
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
        throw OutputError(path: path, reason: "cannot create the folder \(folder): \(currentErrorText())")
      }
    }
  }
}
