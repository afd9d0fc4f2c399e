import CallAuditSystem
import Crypto

#if canImport(Glibc)
  import Glibc
#endif

/// The SHA-256 of a file's bytes as stored (compressed or not), in hex: how
/// the history recognises a file it has read before, whatever its name.
enum ContentHash {
  /// What hashing found.
  struct Hashed {
    /// The digest in hex.
    var hex: String
    /// The size in bytes.
    var bytes: Int64
    /// When the file was last modified, in seconds since the epoch.
    var modified: Int64
  }

  /// Hashes the regular file at `path`. Anything else — a FIFO, a socket, a
  /// device, a folder — is refused without a read: the file is opened
  /// non-blocking (so a FIFO without a writer does not wait) and checked with
  /// `fstat` on the opened descriptor, so a file swapped for a FIFO after the
  /// folder was listed is caught too.
  static func of(path: String) -> Result<Hashed, HashFailure> {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
    guard descriptor >= 0 else { return .failure(HashFailure(reason: String(cString: strerror(errno)))) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      return .failure(HashFailure(reason: String(cString: strerror(errno))))
    }
    let type = status.st_mode & S_IFMT
    guard type == S_IFREG else {
      return .failure(HashFailure(reason: InputPatterns.notRegular(type), notRegular: true))
    }
    var hasher = SHA256()
    var total: Int64 = 0
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
    defer { buffer.deallocate() }
    while true {
      let count: Int
      do throws(SystemIO.Failure) {
        count = try SystemIO.read(descriptor, into: buffer)
      } catch {
        return .failure(HashFailure(reason: error.description))
      }
      if count == 0 { break }
      hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[..<count]))
      total += Int64(count)
    }
    return .success(Hashed(hex: Hex.string(hasher.finalize()), bytes: total, modified: Int64(status.st_mtim.tv_sec)))
  }

  /// Why a file could not be hashed.
  struct HashFailure: Error {
    var reason: String
    /// The path is not a regular file, so it was not read at all.
    var notRegular = false
  }
}
