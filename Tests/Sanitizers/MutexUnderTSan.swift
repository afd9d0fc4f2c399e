// ThreadSanitizer and `Synchronization.Mutex` on Linux (docs/security.md, "Sanitizers").
//
// Two threads append to an array under a lock, 200 times each, holding it 50 µs so that the
// other thread must wait: a correct program, and both versions print 401. Built with
// ThreadSanitizer (Swift 6.3.1, stop 38), the `Mutex` version was reported as a "Swift access
// race" in 10 runs of 10, the `pthread_mutex_t` version in none:
//
//   swiftc -sanitize=thread -g Tests/Sanitizers/MutexUnderTSan.swift -o /tmp/mutex-tsan
//   /tmp/mutex-tsan mutex      # reported
//   /tmp/mutex-tsan pthread    # clean
//
// Without the wait the report comes in about one run of ten: ThreadSanitizer misses the order
// `Mutex` sets when a thread has to wait for it. Not part of any target; kept to show why the
// full ThreadSanitizer run reports the bodies of `Mutex.withLock` in callaudit.
import Dispatch
import Glibc
import Synchronization

struct Values {
  var items: [Int] = [0]
  mutating func add(_ other: Values) {
    items.append(contentsOf: other.items)
    usleep(50)  // held long enough for the other thread to wait for the lock
  }
}

final class PthreadLocked: @unchecked Sendable {
  private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
  private var value = Values()
  init() { pthread_mutex_init(mutex, nil) }
  func withLock<Result>(_ body: (inout Values) -> Result) -> Result {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return body(&value)
  }
}

@inline(never) func withMutex() -> Int {
  let locked = Mutex(Values())
  DispatchQueue.concurrentPerform(iterations: 2) { thread in
    for _ in 0..<200 {
      let values = Values(items: [thread])
      locked.withLock { total in total.add(values) }
    }
  }
  return locked.withLock { $0.items.count }
}

@inline(never) func withPthread() -> Int {
  let locked = PthreadLocked()
  DispatchQueue.concurrentPerform(iterations: 2) { thread in
    for _ in 0..<200 {
      let values = Values(items: [thread])
      locked.withLock { total in total.add(values) }
    }
  }
  return locked.withLock { $0.items.count }
}

print(CommandLine.arguments.dropFirst().first == "pthread" ? withPthread() : withMutex())
