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

  /// Bytes written so far.
  package var size: Int { length.withLock { $0 } }

  /// Appends `bytes` and returns the offset they start at.
  package func append(_ bytes: [UInt8]) throws(Failure) -> Int {
    let result: Result<Int, Failure> = length.withLock { length in
      let start = length
      do throws(SystemIO.Failure) {
        try SystemIO.writeAll(descriptor, bytes, at: Int64(start))
      } catch {
        return .failure(Failure(reason: error.description))
      }
      length = start + bytes.count
      return .success(start)
    }
    return try result.get()
  }

  /// The `count` bytes at `offset`, which an earlier append wrote.
  package func read(offset: Int, count: Int) -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: count)
    let read = bytes.withUnsafeMutableBytes { raw in
      Result { () throws(SystemIO.Failure) in try SystemIO.readFully(descriptor, into: raw, at: Int64(offset)) }
    }
    // The file is private to this process and unlinked: a failure or a short read here is
    // a failing disk, which no report could be trusted after.
    switch read {
    case .success(let done): precondition(done == count, "reading back a temporary file ended early")
    case .failure(let error): preconditionFailure("reading back a temporary file failed: \(error)")
    }
    return bytes
  }
}
