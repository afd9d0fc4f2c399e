/// Byte-level UTF-8 checks shared by encoding detection and the stream repairer.
///
/// Everything works on raw bytes with an eight-bytes-at-a-time ASCII fast path,
/// because it runs over every byte of every input.
package enum UTF8Scan {
  /// What lies at one position of a byte buffer.
  package enum Sequence: Equatable {
    /// A well-formed sequence of this many bytes (1 for ASCII).
    case valid(length: Int)
    /// An ill-formed sequence; its maximal subpart, this many bytes, becomes one U+FFFD
    /// (the Unicode "maximal subpart" practice, which `String(decoding:as:)` follows too).
    case invalid(length: Int)
    /// A well-formed start cut off by the end of the buffer: more bytes are needed.
    case incomplete
  }

  private static let highBits: UInt64 = 0x8080_8080_8080_8080
  private static let lowSeven: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
  private static let lineFeeds: UInt64 = 0x0A0A_0A0A_0A0A_0A0A

  /// A 1 in each byte lane where `word` holds a line feed, 0 elsewhere.
  @inline(__always)
  private static func lineFeedLanes(_ word: UInt64) -> UInt64 {
    let x = word ^ lineFeeds
    // A byte of x is zero exactly where the word has a line feed; with no carries
    // between bytes (x & 0x7F + 0x7F never exceeds 0xFE), the high bit marks each one.
    return (~(((x & lowSeven) &+ lowSeven) | x) & highBits) >> 7
  }

  /// The sum of the eight byte lanes (each at most 255).
  @inline(__always)
  private static func foldLanes(_ lanes: UInt64) -> Int {
    let pairs = (lanes & 0x00FF_00FF_00FF_00FF) &+ ((lanes >> 8) & 0x00FF_00FF_00FF_00FF)
    return Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
  }

  /// Classifies the sequence starting at `index` (which must be below `end`).
  @inline(__always)
  package static func sequence(_ base: UnsafePointer<UInt8>, at index: Int, end: Int) -> Sequence {
    let lead = base[index]
    if lead < 0x80 { return .valid(length: 1) }
    let length: Int
    var low: UInt8 = 0x80, high: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0: length = 3; low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED: length = 3; high = 0x9F  // no UTF-16 surrogates
    case 0xF0: length = 4; low = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4: length = 4; high = 0x8F  // nothing above U+10FFFF
    default: return .invalid(length: 1)
    }
    for offset in 1..<length {
      guard index + offset < end else { return .incomplete }
      let byte = base[index + offset]
      let (lower, upper) = offset == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
      guard byte >= lower, byte <= upper else { return .invalid(length: offset) }
    }
    return .valid(length: length)
  }

  /// Where scanning stopped in ``firstProblem(_:from:to:lines:)``.
  package enum Stop: Equatable {
    /// Every byte up to the end is well-formed.
    case clean
    /// An ill-formed sequence starts here.
    case invalid(at: Int)
    /// A well-formed start is cut off by the end of the bytes here.
    case incomplete(at: Int)
  }

  /// Finds the first ill-formed or cut-off sequence in `base[start..<end]`,
  /// adding the line feeds before it to `lines` when `lines` is not `nil`.
  package static func firstProblem(
    _ base: UnsafePointer<UInt8>, from start: Int, to end: Int, lines: inout Int?
  ) -> Stop {
    var i = start
    let raw = UnsafeRawPointer(base)
    var feeds = 0
    let counting = lines != nil
    defer { if counting { lines! += feeds } }
    while true {
      // 32 ASCII bytes at a time: one test of the high bits for four words, and
      // line feeds tallied per byte lane (no popcount, which baseline x86-64
      // lacks), folded into `feeds` before any lane can overflow.
      var lanes: UInt64 = 0
      var blocks = 0
      while i + 32 <= end {
        let w0 = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        let w1 = raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)
        let w2 = raw.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self)
        let w3 = raw.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self)
        if (w0 | w1 | w2 | w3) & highBits != 0 { break }
        if counting {
          lanes &+= lineFeedLanes(w0) &+ lineFeedLanes(w1) &+ lineFeedLanes(w2) &+ lineFeedLanes(w3)
          blocks += 1
          if blocks == 63 {
            feeds &+= foldLanes(lanes)
            lanes = 0
            blocks = 0
          }
        }
        i += 32
      }
      if counting { feeds &+= foldLanes(lanes) }
      while i + 8 <= end {
        let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        if word & highBits != 0 { break }
        if counting { feeds &+= foldLanes(lineFeedLanes(word)) }
        i += 8
      }
      guard i < end else { return .clean }
      let byte = base[i]
      if byte < 0x80 {
        if byte == 0x0A { feeds &+= 1 }
        i += 1
        continue
      }
      switch sequence(base, at: i, end: end) {
      case .valid(let length): i += length
      case .invalid: return .invalid(at: i)
      case .incomplete: return .incomplete(at: i)
      }
    }
  }

  /// Counts the well-formed multi-byte sequences and the ill-formed ones in
  /// `bytes`, ignoring a sequence cut off at the end; for encoding detection.
  package static func census(_ bytes: ArraySlice<UInt8>) -> (multiByte: Int, invalid: Int) {
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return (0, 0) }
      var multiByte = 0, invalid = 0, i = 0
      while i < buffer.count {
        if base[i] < 0x80 {
          i += 1
          continue
        }
        switch sequence(base, at: i, end: buffer.count) {
        case .valid(let length):
          multiByte += 1
          i += length
        case .invalid(let length):
          invalid += 1
          i += length
        case .incomplete:
          return (multiByte, invalid)
        }
      }
      return (multiByte, invalid)
    }
  }
}
