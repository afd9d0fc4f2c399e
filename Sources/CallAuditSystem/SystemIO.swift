import SystemPackage

/// The reads and writes callaudit makes on file descriptors, in one place, over
/// swift-system's `FileDescriptor`: an interrupted call (EINTR) is retried, a short write
/// is continued, and a failure comes back with the C library's text.
///
/// Every loop over `read`, `write`, `pread` and `pwrite` in the package goes through here
/// (inputs, folders compared for copies, audit hashes, the history's seal, the spool and
/// standard error), so none handles interruption or short writes its own way.
package enum SystemIO {
  /// A read or write failed.
  package struct Failure: Error, CustomStringConvertible {
    /// The error number.
    package var errno: Errno
    /// The C library's text for it, lower-cased to sit inside a sentence.
    package var description: String { errorText(errno.rawValue) }

    package init(_ errno: Errno) { self.errno = errno }
    package init(caught error: any Error) { self.errno = (error as? Errno) ?? .ioError }
  }

  /// Reads at most `buffer.count` bytes; 0 at the end of the file.
  package static func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) throws(Failure) -> Int {
    do {
      return try FileDescriptor(rawValue: descriptor).read(into: buffer, retryOnInterrupt: true)
    } catch {
      throw Failure(caught: error)
    }
  }

  /// Reads until `buffer` is full or the file ends, and returns how many bytes it holds;
  /// from `offset` when one is given, else from the descriptor's position.
  package static func readFully(
    _ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int64? = nil
  ) throws(Failure) -> Int {
    let file = FileDescriptor(rawValue: descriptor)
    var filled = 0
    while filled < buffer.count {
      let rest = UnsafeMutableRawBufferPointer(rebasing: buffer[filled...])
      let count: Int
      do {
        if let offset {
          count = try file.read(fromAbsoluteOffset: offset + Int64(filled), into: rest, retryOnInterrupt: true)
        } else {
          count = try file.read(into: rest, retryOnInterrupt: true)
        }
      } catch {
        throw Failure(caught: error)
      }
      if count == 0 { break }
      filled += count
    }
    return filled
  }

  /// Writes all of `bytes`, at `offset` when one is given, else at the descriptor's position.
  package static func writeAll(_ descriptor: Int32, _ bytes: some Sequence<UInt8>, at offset: Int64? = nil) throws(Failure) {
    let file = FileDescriptor(rawValue: descriptor)
    do {
      if let offset {
        _ = try file.writeAll(toAbsoluteOffset: offset, bytes)
      } else {
        _ = try file.writeAll(bytes)
      }
    } catch {
      throw Failure(caught: error)
    }
  }
}
