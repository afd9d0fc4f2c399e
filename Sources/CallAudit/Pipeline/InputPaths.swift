#if canImport(Glibc)
  import Glibc
#endif

/// Turns the inputs named on a command line into files: a directory stands
/// for every regular file under it (hidden ones excepted), in path order, so
/// one `analyze exports/` reads a night's mixed exports.
public enum InputPaths {
  /// The files named by `inputs`, directories expanded; `-` and files stay as given.
  public static func expand(_ inputs: [String]) -> [String] {
    inputs.flatMap { input -> [String] in
      guard input != "-", isDirectory(input) else { return [input] }
      return files(under: input)
    }
  }

  /// Whether `path` is a directory.
  public static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  private static func files(under folder: String) -> [String] {
    guard let directory = opendir(folder) else { return [] }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if !name.hasPrefix(".") { names.append(name) }
    }
    let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
    return names.sorted().flatMap { name -> [String] in
      let path = base + "/" + name
      if isDirectory(path) { return files(under: path) }
      var info = stat()
      return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? [path] : []
    }
  }
}
