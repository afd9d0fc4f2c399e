import CZlib
import CallAuditModel

/// Streaming gzip decompression through zlib's `inflate`, fed by a caller's reads.
///
/// Handles multi-member files (as `cat a.gz b.gz` produces) and reports a stream
/// that ends before its trailer as damaged rather than as a short file.
package final class GzipInflater {
  /// Compressed bytes already read but not yet given to zlib.
  package var pendingInput: [UInt8] = []

  private let path: String
  // zlib keeps a pointer back to its z_stream, and to the input it was given,
  // so neither may move: both live in manually allocated memory.
  private let stream: UnsafeMutablePointer<z_stream>
  private let inputBuffer: UnsafeMutableRawBufferPointer
  private var inputEnded = false
  private var memberEnded = false

  package init(path: String) throws(InputError) {
    self.path = path
    stream = .allocate(capacity: 1)
    stream.initialize(to: z_stream())
    inputBuffer = .allocate(byteCount: 1 << 16, alignment: 16)
    // 16 + MAX_WBITS: expect a gzip header and trailer, not a raw zlib stream.
    let status = inflateInit2_(
      stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
    guard status == Z_OK else {
      stream.deallocate()
      inputBuffer.deallocate()
      throw .readFailed(path: path, reason: "cannot start gzip decoding (zlib status \(status))")
    }
  }

  deinit {
    inflateEnd(stream)
    stream.deallocate()
    inputBuffer.deallocate()
  }

  /// Fills `buffer` with decompressed bytes, pulling compressed bytes through `readRaw`;
  /// returns 0 at the end of the last member.
  package func inflate(
    into buffer: UnsafeMutableRawBufferPointer,
    readRaw: (UnsafeMutableRawBufferPointer) throws(InputError) -> Int
  ) throws(InputError) -> Int {
    guard buffer.count > 0 else { return 0 }
    while true {
      if stream.pointee.avail_in == 0, !inputEnded {
        let count: Int
        if pendingInput.isEmpty {
          count = try readRaw(inputBuffer)
        } else {
          count = pendingInput.count
          inputBuffer.copyBytes(from: pendingInput)
          pendingInput = []
        }
        if count == 0 {
          inputEnded = true
        } else {
          stream.pointee.next_in = inputBuffer.baseAddress!.assumingMemoryBound(to: Bytef.self)
          stream.pointee.avail_in = UInt32(count)
        }
      }
      if stream.pointee.avail_in == 0, inputEnded {
        guard memberEnded else { throw .readFailed(path: path, reason: "the gzip stream is truncated") }
        return 0
      }
      stream.pointee.next_out = buffer.baseAddress!.assumingMemoryBound(to: Bytef.self)
      stream.pointee.avail_out = UInt32(min(buffer.count, Int(UInt32.max)))
      let status = CZlib.inflate(stream, Z_NO_FLUSH)
      let produced = buffer.count - Int(stream.pointee.avail_out)
      switch status {
      case Z_OK, Z_BUF_ERROR:
        memberEnded = false
      case Z_STREAM_END:
        // Another gzip member may follow (concatenated files): start over on it.
        memberEnded = true
        inflateReset(stream)
      default:
        let message = stream.pointee.msg.map { String(cString: $0) } ?? "zlib status \(status)"
        throw .readFailed(path: path, reason: "the gzip data is damaged (\(message))")
      }
      if produced > 0 { return produced }
    }
  }
}
