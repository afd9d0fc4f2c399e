/// The Windows-1252 code page ("ANSI" on Western Windows, what Excel saves as
/// "CSV" there), mapped to UTF-8.
///
/// Bytes below 0x80 are ASCII; 0xA0–0xFF are Latin-1; 0x80–0x9F hold
/// typographic quotes, dashes, the euro sign and a few letters. The five bytes
/// the code page leaves undefined map to the C1 controls of the same value, as
/// the WHATWG Encoding Standard does, so no byte is ever lost.
package enum Windows1252 {
  /// The scalars of bytes 0x80–0x9F.
  private static let upperControls: [UInt16] = [
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
  ]

  /// The UTF-8 bytes of each byte 0x80–0xFF, packed little-end first, with their count.
  package static let utf8: [(bytes: UInt32, count: Int)] = (0x80...0xFF).map { byte in
    let scalar = byte < 0xA0 ? UInt32(upperControls[byte - 0x80]) : UInt32(byte)
    if scalar < 0x800 {
      return (0xC0 | scalar >> 6 | (0x80 | scalar & 0x3F) << 8, 2)
    }
    return (0xE0 | scalar >> 12 | (0x80 | scalar >> 6 & 0x3F) << 8 | (0x80 | scalar & 0x3F) << 16, 3)
  }

  /// Transcodes `input` into `output` until either runs out, never splitting a
  /// character; returns the bytes consumed and produced. `output` must hold at least 3 bytes.
  package static func transcode(
    _ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer
  ) -> (consumed: Int, produced: Int) {
    guard let source = input.baseAddress, let target = output.baseAddress else { return (0, 0) }
    let inputCount = input.count, outputCount = output.count
    var i = 0, o = 0
    while i < inputCount {
      // ASCII runs are copied eight bytes at a time.
      if i + 8 <= inputCount, o + 8 <= outputCount {
        let word = source.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        if word & 0x8080_8080_8080_8080 == 0 {
          target.storeBytes(of: word, toByteOffset: o, as: UInt64.self)
          i += 8
          o += 8
          continue
        }
      }
      let byte = source.load(fromByteOffset: i, as: UInt8.self)
      if byte < 0x80 {
        guard o < outputCount else { break }
        target.storeBytes(of: byte, toByteOffset: o, as: UInt8.self)
        o += 1
      } else {
        let (bytes, count) = utf8[Int(byte) - 0x80]
        guard o + count <= outputCount else { break }
        for k in 0..<count {
          target.storeBytes(of: UInt8(truncatingIfNeeded: bytes >> (8 * k)), toByteOffset: o + k, as: UInt8.self)
        }
        o += count
      }
      i += 1
    }
    return (i, o)
  }

  /// The whole of `bytes` as UTF-8 (for a detection sample).
  package static func transcode(_ bytes: [UInt8]) -> [UInt8] {
    var output = [UInt8](repeating: 0, count: bytes.count * 3 + 3)
    let produced = bytes.withUnsafeBytes { input in
      output.withUnsafeMutableBytes { transcode(input, into: $0).produced }
    }
    output.removeSubrange(produced...)
    return output
  }
}
