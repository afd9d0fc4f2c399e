import Crypto

#if canImport(Glibc)
  import Glibc
#endif

/// The SHA-256 of a file's bytes as stored (compressed or not), in hex: how
/// the history recognises a file it has read before, whatever its name.
enum ContentHash {
  /// Hashes the file at `path`, returning the digest and the size in bytes, or
  /// `nil` with the system's reason when it cannot be read.
  static func of(path: String) -> Result<(hex: String, bytes: Int64), HashFailure> {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return .failure(HashFailure(reason: String(cString: strerror(errno)))) }
    defer { close(descriptor) }
    var hasher = SHA256()
    var total: Int64 = 0
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
    defer { buffer.deallocate() }
    while true {
      let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
      if count < 0 {
        if errno == EINTR { continue }
        return .failure(HashFailure(reason: String(cString: strerror(errno))))
      }
      if count == 0 { break }
      hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[..<count]))
      total += Int64(count)
    }
    return .success((Hex.string(hasher.finalize()), total))
  }

  /// Why a file could not be hashed.
  struct HashFailure: Error {
    var reason: String
  }
}
