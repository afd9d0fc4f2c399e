import Foundation
import Synchronization
import Testing
@testable import CallAuditText

/// The per-thread memo of common English words answers exactly as the list does, however
/// its slots are shared, evicted and refilled.
@Suite("Common English words memo")
struct CommonWordsCacheTests {
  @Test("Answers as the list does, for words in it and not, hashes sharing a slot, and 0")
  func sameAnswers() {
    let cache = CommonEnglishWords.Cache.forThisThread
    let words = ["the", "account", "router", "Preston", "lightroom", "airpods", "bath", "x", "", "reading"]
    var hashes = words.map { TextHash.word($0.lowercased()) } + [0, 1, 2, .max]
    // Hashes that fall in one slot (equal bits 40…51), so each evicts the other.
    for step: UInt64 in 1...20 { hashes.append(hashes[0] &+ step << 52) }
    // Common words' own hashes too, so that "true" answers are exercised past the first ones,
    // and common words that share a slot, so that a "true" answer is evicted and refilled.
    hashes += CommonEnglishWords.table.hashes.prefix(5_000)
    let bySlot = Dictionary(grouping: CommonEnglishWords.table.hashes) { $0 >> 40 & 4_095 }
    let sharing = bySlot.values.filter { $0.count >= 3 }.prefix(50)
    #expect(sharing.count == 50)
    for group in sharing { hashes += group + group }
    var commonSeen = 0
    for round in 0..<3 {
      for hash in hashes {
        let expected = CommonEnglishWords.contains(hash)
        #expect(cache.contains(hash) == expected, "round \(round), hash \(hash)")
        if expected { commonSeen += 1 }
      }
    }
    #expect(commonSeen >= 3 * 5_000)
  }

  @Test("Each thread has its own memo, kept across calls")
  func perThread() {
    let here = ObjectIdentifier(CommonEnglishWords.Cache.forThisThread)
    #expect(ObjectIdentifier(CommonEnglishWords.Cache.forThisThread) == here)
    let other = Mutex<ObjectIdentifier?>(nil)
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
      // `here` is alive throughout, so a live memo of another thread cannot share its address.
      other.withLock { $0 = ObjectIdentifier(CommonEnglishWords.Cache.forThisThread) }
      done.signal()
    }
    thread.start()
    done.wait()
    #expect(other.withLock { $0 } != nil)
    #expect(other.withLock { $0 } != here)
  }
}
