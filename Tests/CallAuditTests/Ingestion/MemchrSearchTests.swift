import Testing
@testable import CallAuditIngestion

/// The `memchr` searches must find what a plain loop finds, whatever the bytes around and
/// between the ones they look for.
@Suite("Byte searches with memchr")
struct MemchrSearchTests {
  private static func randomBytes(_ random: inout ScriptCorpusRandom) -> [UInt8] {
    (0..<Int.random(in: 0...300, using: &random)).map { _ -> UInt8 in
      switch Int.random(in: 0..<8, using: &random) {
      case 0: 10
      case 1: 13
      default: UInt8.random(in: 0...255, using: &random)
      }
    }
  }

  @Test("lineFeedCount counts what a byte loop counts", arguments: 1...4)
  func lineFeeds(seed: UInt64) {
    var random = ScriptCorpusRandom(seed: seed)
    for _ in 0..<300 {
      let bytes = Self.randomBytes(&random)
      let counted = bytes.withUnsafeBufferPointer { $0.lineFeedCount }
      #expect(counted == bytes.filter { $0 == 10 }.count, "\(bytes)")
    }
    #expect(UnsafeBufferPointer<UInt8>(start: nil, count: 0).lineFeedCount == 0)
  }

  @Test("firstIndex(ofByte:from:) finds what a byte loop finds, from every start", arguments: 1...2)
  func firstIndex(seed: UInt64) {
    var random = ScriptCorpusRandom(seed: seed)
    for _ in 0..<100 {
      let bytes = Self.randomBytes(&random)
      for start in 0...bytes.count {
        for byte: UInt8 in [10, 13] {
          let found = bytes.withUnsafeBufferPointer { $0.firstIndex(ofByte: byte, from: start) }
          #expect(found == bytes[start...].firstIndex(of: byte), "\(byte) from \(start) in \(bytes)")
        }
      }
    }
    #expect(UnsafeBufferPointer<UInt8>(start: nil, count: 0).firstIndex(ofByte: 10, from: 0) == nil)
  }
}
