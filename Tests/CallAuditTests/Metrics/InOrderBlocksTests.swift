import Foundation
import Synchronization
import Testing
@testable import CallAuditMetrics

/// Blocks worked on several threads are delivered in order, each once, with a bounded
/// number waiting, and a failed delivery stops the work before the call returns.
@Suite("In-order blocks")
struct InOrderBlocksTests {
  private struct Stop: Error, Equatable {}

  @Test("Every block is worked once and delivered in order", arguments: [1, 2, 4, 7])
  func order(jobs: Int) {
    for count in [0, 1, 2, 5, 100] {
      let worked = Mutex<[Int]>([])
      var delivered: [Int] = []
      InOrderBlocks.run(count: count, jobs: jobs) { block in
        // Uneven work, so that later blocks often finish first.
        if block % 3 == 0 { Thread.sleep(forTimeInterval: 0.001) }
        worked.withLock { $0.append(block) }
        return block * 10
      } deliver: { delivered.append($0 / 10) }
      #expect(delivered == Array(0..<count))
      #expect(worked.withLock { $0.sorted() } == Array(0..<count))
    }
  }

  @Test("At most twice the jobs' count of blocks wait, besides the one being delivered", arguments: [2, 3])
  func bounded(jobs: Int) {
    let ahead = Atomic<Int>(0)
    let most = Atomic<Int>(0)
    InOrderBlocks.run(count: 60, jobs: jobs) { block in
      let now = ahead.wrappingAdd(1, ordering: .relaxed).newValue
      _ = most.max(now, ordering: .relaxed)
      return block
    } deliver: { block in
      // A slow writer: without the bound, every block would be done before the first is written.
      Thread.sleep(forTimeInterval: 0.002)
      ahead.wrappingSubtract(1, ordering: .relaxed)
    }
    #expect(most.load(ordering: .relaxed) <= 2 * jobs + 1)
    #expect(most.load(ordering: .relaxed) >= 2, "the workers ran ahead of the writer at all")
  }

  @Test("A delivery that throws stops the run: no block is started after it returns")
  func failure() {
    let started = Atomic<Int>(0)
    #expect(throws: Stop()) {
      try InOrderBlocks.run(count: 1_000, jobs: 3) { block in
        started.wrappingAdd(1, ordering: .relaxed)
        Thread.sleep(forTimeInterval: 0.0005)
        return block
      } deliver: { (block: Int) throws(Stop) in
        if block == 5 { throw Stop() }
      }
    }
    let atReturn = started.load(ordering: .relaxed)
    #expect(atReturn <= 6 + 2 * 3 + 3)
    Thread.sleep(forTimeInterval: 0.05)
    #expect(started.load(ordering: .relaxed) == atReturn)
  }
}
