import Dispatch
import Synchronization

/// Work split into numbered blocks, done on several threads and delivered in block order on
/// the calling thread: how the report's serial tail (redacting and writing the flagged
/// contacts) uses every core while its output stays byte for byte that of one thread.
package enum InOrderBlocks {
  /// Calls `work` for each block in `0..<count` on up to `jobs` threads, and `deliver` with
  /// each result on the calling thread, in block order. At most `2 × jobs` results wait to
  /// be delivered besides the one being delivered, so memory stays bounded however many
  /// blocks there are.
  ///
  /// With one job, or one block, everything runs on the calling thread. When `deliver`
  /// throws, the workers stop taking blocks (the few already let through still run), the
  /// call waits for them, so none runs after it returns, and the error is rethrown.
  package static func run<Result: Sendable, Failure: Error>(
    count: Int, jobs: Int, work: @escaping @Sendable (Int) -> Result, deliver: (Result) throws(Failure) -> Void
  ) throws(Failure) {
    guard jobs > 1, count > 1 else {
      for block in 0..<count { try deliver(work(block)) }
      return
    }
    let threads = min(jobs, count)
    let slots = (0..<count).map { _ in Slot<Result>() }
    let window = DispatchSemaphore(value: 2 * threads)
    let next = Atomic<Int>(0)
    // Relaxed is enough: a worker reads it after a wait on `window`, which the delivering
    // thread signals after storing it.
    let stopped = Atomic<Bool>(false)
    let workers = DispatchGroup()
    for _ in 0..<threads {
      DispatchQueue.global().async(group: workers) {
        while true {
          window.wait()
          let block = next.wrappingAdd(1, ordering: .relaxed).oldValue
          guard block < count, !stopped.load(ordering: .relaxed) else { return }
          slots[block].fill(work(block))
        }
      }
    }
    var signalled = 0
    func finish() {
      // Wake every worker that waits for room, so each sees the end (or `stopped`) and
      // returns; then give back what they took, as libdispatch will not free a semaphore
      // left below its starting value. Each wait is followed by one increment of `next`.
      for _ in 0..<threads { window.signal() }
      signalled += threads
      workers.wait()
      for _ in 0..<max(0, next.load(ordering: .relaxed) - signalled) { window.signal() }
    }
    do throws(Failure) {
      for block in 0..<count {
        let result = slots[block].take()
        window.signal()
        signalled += 1
        try deliver(result)
      }
    } catch {
      stopped.store(true, ordering: .relaxed)
      finish()
      throw error
    }
    finish()
  }

  /// One block's result, handed from its worker to the delivering thread.
  private final class Slot<Result: Sendable>: Sendable {
    private let value = Mutex<Result?>(nil)
    private let filled = DispatchSemaphore(value: 0)

    func fill(_ result: sending Result) {
      value.withLock { $0 = result }
      filled.signal()
    }

    /// Waits for the result and takes it.
    func take() -> Result {
      filled.wait()
      return value.withLock { value in
        defer { value = nil }
        return value!
      }
    }
  }
}
