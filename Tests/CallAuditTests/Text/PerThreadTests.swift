import Foundation
import Testing
@testable import CallAuditText

/// ``PerThread`` gives each thread its own object and releases it when the thread ends.
@Suite struct PerThreadTests {
  private final class Counted: Sendable {
    let released: DispatchSemaphore
    init(_ released: DispatchSemaphore) { self.released = released }
    deinit { released.signal() }
  }

  @Test func oneObjectPerThreadReleasedWithTheThread() {
    let released = DispatchSemaphore(value: 0)
    let objects = PerThread { Counted(released) }
    let here = ObjectIdentifier(objects.forThisThread)
    #expect(ObjectIdentifier(objects.forThisThread) == here)
    let seen = DispatchSemaphore(value: 0)
    nonisolated(unsafe) var other: ObjectIdentifier?
    let thread = Thread {
      other = ObjectIdentifier(objects.forThisThread)
      seen.signal()
    }
    thread.start()
    seen.wait()
    #expect(other != nil && other != here)  // `here` is alive, so another object cannot share its address
    #expect(released.wait(timeout: .now() + 10) == .success)  // the other thread's, at its end
    #expect(released.wait(timeout: .now() + 0.2) == .timedOut)  // not this thread's
  }
}
