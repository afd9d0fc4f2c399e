import CallAuditModel

/// Sits between an input's content and its reader so that readers always see
/// well-formed UTF-8: Windows-1252 is transcoded, and in UTF-8 every ill-formed
/// sequence is replaced by U+FFFD — counted, with the line of the first, so
/// the report can say so — rather than stopping the input.
///
/// Works on bytes, chunk by chunk, and is safe at chunk boundaries: a UTF-8
/// sequence cut by the end of one read is carried into the next, and output
/// that does not fit the caller's buffer waits for the next call. Well-formed
/// UTF-8 is validated in place in the caller's buffer, never copied.
package final class TextDecodingStage {
  /// The encoding of the bytes that come in.
  package let encoding: TextEncoding
  /// Ill-formed UTF-8 sequences replaced so far.
  package private(set) var replacedSequences = 0
  /// The 1-based line (counted by line feeds) of the first replaced sequence.
  package private(set) var firstReplacementLine: Int?

  /// Line feeds delivered before the first replacement; `nil` once one is found,
  /// which also stops the counting.
  private var lineFeeds: Int? = 0
  /// The start of a UTF-8 sequence cut off by the end of the last read.
  private var carry: [UInt8] = []
  /// Output made but not yet delivered, from `spillOffset` on.
  private var spill: [UInt8] = []
  private var spillOffset = 0
  /// Windows-1252 bytes read but not yet transcoded, `stagingStart..<stagingEnd`.
  private var staging: UnsafeMutableRawBufferPointer?
  private var stagingStart = 0
  private var stagingEnd = 0

  private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

  /// Creates a stage for content in `encoding` (``TextEncoding/utf8`` or ``TextEncoding/windows1252``).
  package init(encoding: TextEncoding) {
    self.encoding = encoding
    if encoding == .windows1252 { staging = .allocate(byteCount: 1 << 18, alignment: 16) }
  }

  deinit { staging?.deallocate() }

  /// Fills `buffer` with UTF-8, pulling content through `source`; returns 0 at the end.
  package func read(
    into buffer: UnsafeMutableRawBufferPointer,
    from source: (UnsafeMutableRawBufferPointer) throws(InputError) -> Int
  ) throws(InputError) -> Int {
    if spillOffset < spill.count { return deliverSpill(into: buffer) }
    guard buffer.count >= 8 else { return try readSmall(into: buffer, from: source) }
    if let staging { return try transcodeWindows1252(staging, into: buffer, from: source) }
    return try repairUTF8(into: buffer, from: source)
  }

  private func repairUTF8(
    into buffer: UnsafeMutableRawBufferPointer,
    from source: (UnsafeMutableRawBufferPointer) throws(InputError) -> Int
  ) throws(InputError) -> Int {
    let base = buffer.baseAddress!.assumingMemoryBound(to: UInt8.self)
    while true {
      let carried = carry.count
      if carried > 0 {
        carry.withUnsafeBytes { buffer.baseAddress!.copyMemory(from: $0.baseAddress!, byteCount: carried) }
        carry.removeAll(keepingCapacity: true)
      }
      let count = try source(UnsafeMutableRawBufferPointer(rebasing: buffer[carried...]))
      let total = carried + count
      if count == 0 {
        // The input ends inside a sequence: that sequence is ill-formed.
        guard carried > 0 else { return 0 }
        noteFirstReplacement()
        replacedSequences += 1
        spill = Self.replacement
        spillOffset = 0
        return deliverSpill(into: buffer)
      }
      switch UTF8Scan.firstProblem(base, from: 0, to: total, lines: &lineFeeds) {
      case .clean:
        return total
      case .incomplete(let at):
        carry.append(contentsOf: UnsafeBufferPointer(start: base + at, count: total - at))
        if at > 0 { return at }
      case .invalid(let at):
        noteFirstReplacement()
        repairTail(UnsafeBufferPointer(start: base + at, count: total - at))
        return at > 0 ? at : deliverSpill(into: buffer)
      }
    }
  }

  /// Notes the line of the first replacement; `lineFeeds` already counts the
  /// line feeds before it, and counting stops here.
  private func noteFirstReplacement() {
    if firstReplacementLine == nil, let feeds = lineFeeds {
      firstReplacementLine = feeds + 1
      lineFeeds = nil
    }
  }

  /// Copies `bytes` into the spill with each ill-formed sequence replaced; a
  /// sequence cut off at the end is carried into the next read.
  private func repairTail(_ bytes: UnsafeBufferPointer<UInt8>) {
    spill.removeAll(keepingCapacity: true)
    spillOffset = 0
    guard let base = bytes.baseAddress else { return }
    var noLines: Int? = nil
    var i = 0
    while i < bytes.count {
      switch UTF8Scan.firstProblem(base, from: i, to: bytes.count, lines: &noLines) {
      case .clean:
        spill.append(contentsOf: UnsafeBufferPointer(start: base + i, count: bytes.count - i))
        i = bytes.count
      case .incomplete(let at):
        spill.append(contentsOf: UnsafeBufferPointer(start: base + i, count: at - i))
        carry.append(contentsOf: UnsafeBufferPointer(start: base + at, count: bytes.count - at))
        i = bytes.count
      case .invalid(let at):
        spill.append(contentsOf: UnsafeBufferPointer(start: base + i, count: at - i))
        spill.append(contentsOf: Self.replacement)
        replacedSequences += 1
        guard case .invalid(let length) = UTF8Scan.sequence(base, at: at, end: bytes.count) else { return }
        i = at + length
      }
    }
  }

  private func transcodeWindows1252(
    _ staging: UnsafeMutableRawBufferPointer, into buffer: UnsafeMutableRawBufferPointer,
    from source: (UnsafeMutableRawBufferPointer) throws(InputError) -> Int
  ) throws(InputError) -> Int {
    if stagingStart == stagingEnd {
      stagingStart = 0
      stagingEnd = try source(staging)
      if stagingEnd == 0 { return 0 }
    }
    let input = UnsafeRawBufferPointer(rebasing: staging[stagingStart..<stagingEnd])
    let (consumed, produced) = Windows1252.transcode(input, into: buffer)
    stagingStart += consumed
    return produced
  }

  /// Serves a buffer too small to hold any character whole through the spill.
  private func readSmall(
    into buffer: UnsafeMutableRawBufferPointer,
    from source: (UnsafeMutableRawBufferPointer) throws(InputError) -> Int
  ) throws(InputError) -> Int {
    guard buffer.count > 0 else { return 0 }
    let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 4096, alignment: 16)
    defer { scratch.deallocate() }
    let count = try read(into: scratch, from: source)
    let kept = Array(scratch[0..<count])
    spill = spillOffset < spill.count ? kept + spill[spillOffset...] : kept
    spillOffset = 0
    return deliverSpill(into: buffer)
  }

  private func deliverSpill(into buffer: UnsafeMutableRawBufferPointer) -> Int {
    let count = min(buffer.count, spill.count - spillOffset)
    spill.withUnsafeBytes { source in
      buffer.baseAddress!.copyMemory(from: source.baseAddress! + spillOffset, byteCount: count)
    }
    spillOffset += count
    if spillOffset == spill.count {
      spill.removeAll(keepingCapacity: true)
      spillOffset = 0
    }
    return count
  }
}
