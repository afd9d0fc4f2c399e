#if canImport(Glibc)
  import Glibc
#endif
import Synchronization

/// An anonymous temporary file that bytes are appended to and read back from.
///
/// It is unlinked as soon as it is created, so nothing is left behind, even
/// when the process is killed; the space is freed when the last reference goes.
/// It lives in `$TMPDIR`, or `/tmp`.
package final class SpoolFile: Sendable {
  /// Creating or writing the file failed.
  package struct Failure: Error, CustomStringConvertible {
    package var reason: String
    package var description: String { "cannot use a temporary file in \(SpoolFile.directory): \(reason)" }
  }

  private let descriptor: Int32
  /// Bytes written so far: where the next append goes.
  private let length = Mutex<Int>(0)

  package static var directory: String {
    guard let folder = getenv("TMPDIR").map({ String(cString: $0) }), !folder.isEmpty else { return "/tmp" }
    return folder
  }

  package init() throws(Failure) {
    var template = Array("\(Self.directory)/callaudit-spool-XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else { throw Failure(reason: String(cString: strerror(errno))) }
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    descriptor = fd
  }

  deinit {
    close(descriptor)
  }

  /// Appends `bytes` and returns the offset they start at.
  package func append(_ bytes: [UInt8]) throws(Failure) -> Int {
    let result: Result<Int, Failure> = length.withLock { length in
      let start = length
      var written = 0
      while written < bytes.count {
        let n = bytes.withUnsafeBytes { raw in
          pwrite(descriptor, raw.baseAddress! + written, raw.count - written, off_t(start + written))
        }
        if n < 0 {
          if errno == EINTR { continue }
          return .failure(Failure(reason: String(cString: strerror(errno))))
        }
        written += n
      }
      length = start + written
      return .success(start)
    }
    return try result.get()
  }

  /// The `count` bytes at `offset`, which an earlier append wrote.
  package func read(offset: Int, count: Int) -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: count)
    var done = 0
    while done < count {
      let n = bytes.withUnsafeMutableBytes { raw in
        pread(descriptor, raw.baseAddress! + done, count - done, off_t(offset + done))
      }
      if n < 0, errno == EINTR { continue }
      // The file is private to this process and unlinked: a failure here is a
      // failing disk, which no report could be trusted after.
      precondition(n > 0, "reading back a temporary file failed: \(String(cString: strerror(errno)))")
      done += n
    }
    return bytes
  }
}
