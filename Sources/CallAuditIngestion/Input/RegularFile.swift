#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Whether a path names a regular file, and how large it is: what code that opens
/// files outside their own reading (detection before a join, files beside an input,
/// choosing how to read one) checks first, since opening a FIFO would wait for a
/// writer or take the bytes its reading needs.
package enum RegularFile {
  /// The size in bytes of the regular file at `path` (links followed), or `nil`
  /// for anything else, standard input (`-`) included.
  package static func size(of path: String) -> Int? {
    var info = stat()
    guard path != "-", stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
    return Int(info.st_size)
  }
}
