#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// One object of a kind per thread: made on the thread's first use and released when the
/// thread ends.
///
/// For the memos of the text path (``CommonEnglishWords/Cache``,
/// ``AgentSentenceReading/Memo``): written on every miss, so never shared, and reached from
/// code that has no per-worker state to keep one in.
package struct PerThread<Object: AnyObject>: Sendable {
  private let key: pthread_key_t
  private let make: @Sendable () -> Object

  /// Objects made by `make`, one per thread. Meant for a `static let`: the key lives as
  /// long as the process.
  package init(_ make: @escaping @Sendable () -> Object) {
    var key = pthread_key_t()
    // The destructor is a C function pointer and cannot capture `Object`; any class
    // reference is a valid `AnyObject` to release. Its pointer is optional in Glibc's and
    // Musl's declarations, not in Darwin's.
    #if canImport(Darwin)
      let created = pthread_key_create(&key) { stored in Unmanaged<AnyObject>.fromOpaque(stored).release() }
    #else
      let created = pthread_key_create(&key) { stored in
        guard let stored else { return }
        Unmanaged<AnyObject>.fromOpaque(stored).release()
      }
    #endif
    precondition(created == 0, "no thread-specific key for a per-thread memo")
    self.key = key
    self.make = make
  }

  /// The calling thread's object.
  package var forThisThread: Object {
    if let stored = pthread_getspecific(key) {
      return Unmanaged<Object>.fromOpaque(stored).takeUnretainedValue()
    }
    let object = make()
    pthread_setspecific(key, Unmanaged.passRetained(object).toOpaque())
    return object
  }
}
