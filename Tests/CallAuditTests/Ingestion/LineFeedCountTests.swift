import Testing
@testable import CallAuditIngestion

/// `lineFeedCount` hops from LF to LF with `memchr`; it must count what a plain loop counts,
/// whatever the bytes around and between the feeds.
@Suite("Line feeds counted by memchr")
struct LineFeedCountTests {
  @Test("Counts what a byte loop counts", arguments: 1...4)
  func sameAsByteLoop(seed: UInt64) {
    var random = ScriptCorpusRandom(seed: seed)
    for _ in 0..<300 {
      let bytes = (0..<Int.random(in: 0...300, using: &random)).map { _ -> UInt8 in
        switch Int.random(in: 0..<8, using: &random) {
        case 0: 10
        case 1: 13
        default: UInt8.random(in: 0...255, using: &random)
        }
      }
      let counted = bytes.withUnsafeBufferPointer { $0.lineFeedCount }
      #expect(counted == bytes.filter { $0 == 10 }.count, "\(bytes)")
    }
    #expect(UnsafeBufferPointer<UInt8>(start: nil, count: 0).lineFeedCount == 0)
  }
}
