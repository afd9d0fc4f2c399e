#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Finds the files that sit beside an input in its directory and hold a given
/// Salesforce object, recognised by their content as every input is, never
/// by their names.
///
/// This is how a Case CSV and its CaseComment CSV find each other: a data
/// export puts one file per object in one directory.
package enum SalesforceSiblingFiles {
  /// The other regular files in the directory of `path` whose first bytes
  /// `format` recognises, sorted by name; empty for standard input (`-`).
  package static func paths(beside path: String, matching format: any FormatDefinition.Type) -> [String] {
    guard path != "-" else { return [] }
    let (directory, own) = split(path)
    guard let handle = opendir(directory.isEmpty ? "." : directory) else { return [] }
    defer { closedir(handle) }
    var names: [String] = []
    while let entry = readdir(handle) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      // Hidden files are editor and system leftovers, not exports.
      guard name != own, !name.hasPrefix(".") else { continue }
      names.append(name)
    }
    return names.sorted().map { directory.isEmpty ? $0 : directory + "/" + $0 }.filter { holds(format, at: $0) }
  }

  /// Splits `path` into its directory (empty for the current one) and file name.
  private static func split(_ path: String) -> (directory: String, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return ("", path) }
    let directory = String(path[..<slash])
    return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
  }

  /// Whether `path` is a regular file whose start `format` recognises. Only
  /// regular files are opened: opening a FIFO would wait for a writer.
  private static func holds(_ format: any FormatDefinition.Type, at path: String) -> Bool {
    guard RegularFile.size(of: path) != nil, let stream = try? ByteStream(path: path),
      let prefix = try? stream.peek(1 << 16), !prefix.isEmpty
    else { return false }
    return format.matches(FormatSample(prefix: prefix))
  }
}
