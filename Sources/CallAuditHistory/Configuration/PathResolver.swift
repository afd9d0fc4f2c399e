#if canImport(Glibc)
  import Glibc
#endif

/// Resolves paths written in a configuration file against the file's folder.
struct PathResolver {
  /// The folder holding the configuration file, or `.`.
  let folder: String

  init(configurationPath: String) {
    if let slash = configurationPath.lastIndex(of: "/") {
      let parent = String(configurationPath[..<slash])
      folder = parent.isEmpty ? "/" : parent
    } else {
      folder = "."
    }
  }

  /// `path` itself when absolute, otherwise relative to the configuration's folder.
  func resolve(_ path: String) -> String {
    path.hasPrefix("/") ? path : (folder == "." ? path : "\(folder)/\(path)")
  }
}

/// Small whole-file reads for configuration files (never for exports, which stream).
enum FileText {
  /// The file's contents as UTF-8 text, or `nil` if it cannot be read.
  static func read(_ path: String) -> String? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = fread(&chunk, 1, chunk.count, file)
      if count > 0 { bytes.append(contentsOf: chunk[..<count]) }
      if count < chunk.count { break }
    }
    guard ferror(file) == 0 else { return nil }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Whether a file exists at `path`.
  static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

  /// The text of the last system error.
  static func lastError() -> String { String(cString: strerror(errno)) }
}
