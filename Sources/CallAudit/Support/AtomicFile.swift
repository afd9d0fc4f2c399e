#if canImport(Glibc)
  import Glibc
#endif

/// Why a report could not be written.
public struct OutputError: Error, CustomStringConvertible, Sendable {
  /// The file that could not be written.
  public var path: String
  /// What went wrong.
  public var reason: String

  public var description: String { "\(path): cannot write: \(reason)" }
}

/// Writes a file so that readers see the old content or the new, never half of it:
/// the text goes to a temporary file beside the target, is flushed to disk, and
/// is renamed over the target.
public enum AtomicFile {
  /// Replaces the file at `path` with `contents`.
  public static func write(_ contents: String, to path: String) throws(OutputError) {
    let directory = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
    let name = path.split(separator: "/").last.map(String.init) ?? path
    var template = Array("\(directory.isEmpty ? "/" : directory)/.\(name).tmp-XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else { throw OutputError(path: path, reason: currentErrorText()) }
    let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var failure: String? = nil
    var bytes = Array(contents.utf8)
    var offset = 0
    bytes.withUnsafeMutableBytes { raw in
      while offset < raw.count {
        let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          failure = currentErrorText()
          return
        }
        offset += n
      }
    }
    if failure == nil, fsync(fd) != 0 { failure = currentErrorText() }
    // mkstemp creates the file 0600; a report is an ordinary file.
    fchmod(fd, 0o644)
    close(fd)
    if failure == nil, rename(temporary, path) != 0 { failure = currentErrorText() }
    if let failure {
      unlink(temporary)
      throw OutputError(path: path, reason: failure)
    }
  }
}
