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
