import CallAuditModel
import CallAuditSystem
import Crypto

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// A sequential source of raw bytes: a file, standard input, or either one gzip-compressed.
///
/// Compression is recognised from the content (the gzip magic bytes), not the file name,
/// and decompressed as a stream. The first bytes can be looked at with ``peek(_:)``
/// before reading starts, which is how formats are detected without reading twice.
/// Once the text encoding is known, ``decodeText(as:)`` makes every read deliver
/// well-formed UTF-8 (see ``TextDecodingStage``).
public final class ByteStream {
  /// The path the stream was opened with; `-` is standard input.
  public let path: String
  /// The size of the file on disk, when it is a regular file (for progress).
  public let fileSize: UInt64?
  /// Whether the content is gzip-compressed.
  public var isCompressed: Bool { inflater != nil }
  /// Raw bytes read from the file so far (compressed bytes for a gzip file).
  public private(set) var rawBytesRead: UInt64 = 0
  /// Content bytes (after decompression, before decoding) read so far, and their hash.
  public private(set) var contentBytesRead: UInt64 = 0
  private var contentHasher = SHA256()

  /// The file read from; -1 for content held in memory.
  private let descriptor: Int32
  /// Content held in memory (``init(bytes:name:)``), read from `memoryOffset` on.
  private let memory: [UInt8]
  private var memoryOffset = 0
  private var inflater: GzipInflater?
  private var lookahead: [UInt8] = []
  private var lookaheadOffset = 0
  private var compressionChecked = false
  private var decoder: TextDecodingStage?
  /// A read failure met while peeking, raised once the peeked bytes are consumed,
  /// so the records before a damaged spot are read as they would be from a file.
  private var pendingError: InputError?

  /// Ill-formed UTF-8 sequences replaced by U+FFFD so far.
  public var replacedSequences: Int { decoder?.replacedSequences ?? 0 }
  /// The line of the first replaced sequence, if any was.
  public var firstReplacementLine: Int? { decoder?.firstReplacementLine }

  /// Opens a file, or standard input for `-`.
  /// - Throws: ``InputError/cannotOpen(path:reason:)`` when it cannot be opened or is a directory.
  public init(path: String) throws(InputError) {
    self.path = path
    memory = []
    if path == "-" {
      descriptor = dup(STDIN_FILENO)
      fileSize = nil
      return
    }
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw .cannotOpen(path: path, reason: currentErrorText()) }
    var info = stat()
    if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
      close(fd)
      throw .cannotOpen(path: path, reason: "it is a directory")
    }
    descriptor = fd
    fileSize = (info.st_mode & S_IFMT) == S_IFREG ? UInt64(info.st_size) : nil
  }

  /// Reads `bytes` as if they were a file named `name` (used in messages):
  /// for content that did not come from a file, and for fuzzing the readers.
  public init(bytes: [UInt8], name: String) {
    path = name
    memory = bytes
    descriptor = -1
    fileSize = UInt64(bytes.count)
  }

  deinit { if descriptor >= 0 { close(descriptor) } }

  /// From now on, delivers the content as UTF-8 decoded from `encoding`:
  /// Windows-1252 is transcoded, ill-formed UTF-8 replaced and counted, and
  /// an encoding an XML declaration names is left to the XML parser.
  /// Call it before the first ``read(into:)``.
  public func decodeText(as encoding: TextEncoding) {
    switch encoding {
    case .utf8, .windows1252: decoder = TextDecodingStage(encoding: encoding)
    case .declaredInXML: decoder = nil
    }
  }

  /// Returns up to `count` bytes from the start of the (decompressed) content
  /// without consuming them, as they are in the input (not decoded).
  public func peek(_ count: Int) throws(InputError) -> [UInt8] {
    try checkCompression()
    while pendingError == nil, lookahead.count - lookaheadOffset < count {
      let chunk = UnsafeMutableRawBufferPointer.allocate(
        byteCount: count - (lookahead.count - lookaheadOffset), alignment: 1)
      defer { chunk.deallocate() }
      let n: Int
      do {
        n = try readContent(into: chunk)
      } catch {
        guard lookahead.count > lookaheadOffset else { throw error }
        pendingError = error
        break
      }
      if n == 0 { break }
      lookahead.append(contentsOf: chunk[0..<n])
    }
    return Array(lookahead[lookaheadOffset..<min(lookahead.count, lookaheadOffset + count)])
  }

  /// Reads the next bytes into `buffer`; returns how many were read, 0 at the end.
  public func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int {
    guard let decoder else { return try readUndecoded(into: buffer) }
    return try decoder.read(into: buffer) { raw throws(InputError) in try readUndecoded(into: raw) }
  }

  /// Reads content bytes as they are: the peeked bytes first, then the rest.
  private func readUndecoded(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int {
    try checkCompression()
    guard lookaheadOffset < lookahead.count else {
      if let pendingError { throw pendingError }
      return try readContent(into: buffer)
    }
    let n = min(buffer.count, lookahead.count - lookaheadOffset)
    lookahead.withUnsafeBytes { source in
      buffer.baseAddress!.copyMemory(from: source.baseAddress! + lookaheadOffset, byteCount: n)
    }
    lookaheadOffset += n
    if lookaheadOffset == lookahead.count {
      lookahead = []
      lookaheadOffset = 0
    }
    return n
  }

  /// Decides once, from the first two bytes, whether the content goes through zlib.
  private func checkCompression() throws(InputError) {
    guard !compressionChecked else { return }
    compressionChecked = true
    let raw = UnsafeMutableRawBufferPointer.allocate(byteCount: 2, alignment: 1)
    defer { raw.deallocate() }
    var have = 0
    while have < 2 {
      let n = try readRaw(into: UnsafeMutableRawBufferPointer(rebasing: raw[have...]))
      if n == 0 { break }
      have += n
    }
    let head = Array(raw[0..<have])
    if head == [0x1F, 0x8B] {
      inflater = try GzipInflater(path: path)
      inflater?.pendingInput = head
    } else {
      lookahead = head
      contentHasher.update(data: head)
      contentBytesRead += UInt64(head.count)
    }
  }

  /// Reads content bytes: raw, or decompressed when the input is gzip.
  private func readContent(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int {
    let count: Int
    if let inflater {
      count = try inflater.inflate(into: buffer) { raw throws(InputError) in try readRaw(into: raw) }
    } else {
      count = try readRaw(into: buffer)
    }
    contentHasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[..<count]))
    contentBytesRead += UInt64(count)
    return count
  }

  /// The SHA-256 of the content read so far, in hex, with its length: two inputs
  /// with the same digest hold the same bytes once decompressed (`a.csv` and `a.csv.gz`).
  public var contentDigest: String {
    let hex = contentHasher.finalize().map { byte in
      let digits = Array("0123456789abcdef".utf8)
      return String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 15)]], as: UTF8.self)
    }
    return hex.joined() + ":\(contentBytesRead)"
  }

  private func readRaw(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int {
    guard buffer.count > 0 else { return 0 }
    if descriptor < 0 {
      let n = min(buffer.count, memory.count - memoryOffset)
      guard n > 0 else { return 0 }
      memory.withUnsafeBytes { source in
        buffer.baseAddress!.copyMemory(from: source.baseAddress! + memoryOffset, byteCount: n)
      }
      memoryOffset += n
      rawBytesRead += UInt64(n)
      return n
    }
    do throws(SystemIO.Failure) {
      let n = try SystemIO.read(descriptor, into: buffer)
      rawBytesRead += UInt64(n)
      return n
    } catch {
      throw .readFailed(path: path, reason: error.description)
    }
  }
}
