#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Byte searches with `memchr`, which reads many bytes at a time: the readers' loops that
/// tested each byte of a record or a transcript for a quote or a line break were most of
/// their own time (callgrind, stop 38).
extension UnsafeBufferPointer where Element == UInt8 {
  /// The position of the first `byte` at or after `start`, if any.
  /// - Complexity: O(*n*) in the bytes searched.
  package func firstIndex(ofByte byte: UInt8, from start: Int) -> Int? {
    guard let base = baseAddress, start < count,
      let found = memchr(base + start, Int32(byte), count - start)
    else { return nil }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
  }

  /// The LF bytes in the buffer, found from one to the next.
  ///
  /// A counting loop (`for byte in self where byte == 10`) is vectorised with a 64-bit
  /// counter per lane on the SSE2 baseline: four bytes a step, three instructions a byte.
  /// Lines of text are tens of bytes long, so hopping from LF to LF is cheaper.
  /// - Complexity: O(*n*) in the bytes.
  package var lineFeedCount: Int {
    var count = 0
    var next = firstIndex(ofByte: 10, from: 0)
    while let feed = next {
      count += 1
      next = firstIndex(ofByte: 10, from: feed + 1)
    }
    return count
  }
}
