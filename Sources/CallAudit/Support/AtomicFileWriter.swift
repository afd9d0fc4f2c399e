#if canImport(Glibc)
  import Glibc
#endif

/// Streams text into a file that appears, whole, only when ``commit()`` is called:
/// the bytes go to a temporary file beside the target, which is flushed and
/// renamed over it. Abandoned writers leave nothing behind.
public final class AtomicFileWriter {
  /// The file that will be replaced.
  public let path: String
  private let temporaryPath: String
  private var descriptor: Int32
  private var buffer: [UInt8] = []
  private let bufferLimit = 1 << 20

  /// Starts writing to `path`; `-` streams to standard output instead.
  public init(path: String) throws(OutputError) {
    self.path = path
    if path == "-" {
      descriptor = STDOUT_FILENO
      temporaryPath = ""
      return
    }
    let slash = path.lastIndex(of: "/")
    let directory = slash.map { String(path[...$0]) } ?? "./"
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    var template = Array("\(directory).\(name).tmp-XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else { throw OutputError(path: path, reason: currentErrorText()) }
    // mkstemp creates the file 0600; an output is an ordinary file.
    fchmod(fd, 0o644)
    descriptor = fd
    temporaryPath = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  deinit {
    if descriptor >= 0, !temporaryPath.isEmpty {
      close(descriptor)
      unlink(temporaryPath)
    }
  }

  /// Appends `text`.
  public func write(_ text: String) throws(OutputError) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= bufferLimit { try flush() }
  }

  /// Appends `bytes` as they are.
  public func write(_ bytes: some Collection<UInt8>) throws(OutputError) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= bufferLimit { try flush() }
  }

  /// Flushes, syncs and renames the file into place.
  public func commit() throws(OutputError) {
    try flush()
    guard !temporaryPath.isEmpty else { return }
    defer { descriptor = -1 }
    if fsync(descriptor) != 0 {
      let reason = currentErrorText()
      close(descriptor)
      unlink(temporaryPath)
      throw OutputError(path: path, reason: reason)
    }
    close(descriptor)
    if rename(temporaryPath, path) != 0 {
      let reason = currentErrorText()
      unlink(temporaryPath)
      throw OutputError(path: path, reason: reason)
    }
  }

  private func flush() throws(OutputError) {
    var failure: String? = nil
    buffer.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let n = Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          failure = currentErrorText()
          return
        }
        offset += n
      }
    }
    buffer.removeAll(keepingCapacity: true)
    if let failure { throw OutputError(path: path, reason: failure) }
  }
}
