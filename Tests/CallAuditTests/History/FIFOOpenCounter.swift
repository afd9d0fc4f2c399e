import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Counts how often another process opens a FIFO for reading, without ever
/// letting that open — or the test — block for ever.
///
/// A thread keeps opening the FIFO for writing: such an open waits until a
/// reader opens the other end, so each return is one open by a reader, and
/// closing at once gives that reader an empty file instead of a wait. A run that
/// (wrongly) reads the FIFO therefore finishes, and the count says it opened it;
/// a run that leaves it alone finishes with a count of 0. No clock is involved.
final class FIFOOpenCounter: Sendable {
  let path: String
  private let opens = Atomic<Int>(0)
  private let stopping = Atomic<Bool>(false)
  private let finished = DispatchSemaphore(value: 0)

  /// Starts counting opens of the FIFO at `path`.
  init(path: String) {
    self.path = path
    Thread.detachNewThread { [self] in
      while !stopping.load(ordering: .sequentiallyConsistent) {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        if descriptor < 0 {
          if errno == EINTR { continue }
          break
        }
        if !stopping.load(ordering: .sequentiallyConsistent) { opens.add(1, ordering: .sequentiallyConsistent) }
        close(descriptor)
      }
      finished.signal()
    }
  }

  /// Stops the thread and returns how many times a reader opened the FIFO.
  func stop() -> Int {
    stopping.store(true, ordering: .sequentiallyConsistent)
    // Our own reader end releases a writer's open that is waiting, and any
    // open the thread starts before it sees `stopping`; it stays open until the
    // thread has ended.
    let reader = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    finished.wait()
    if reader >= 0 { close(reader) }
    return opens.load(ordering: .sequentiallyConsistent)
  }
}
