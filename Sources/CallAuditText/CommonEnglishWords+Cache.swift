extension CommonEnglishWords {
  /// A small memo of ``CommonEnglishWords/contains(_:)``, one per thread.
  ///
  /// The list's table spans 2.5 MB, more than a core's cache, and every word of every agent
  /// sentence is looked up in it (``LanguageEvidence``): `perf annotate` put four fifths of
  /// `LanguageEvidence.add` on that one load. Agents repeat the same words sentence after
  /// sentence and contact after contact, so 4,096 recent answers, 36 KB, answer most lookups
  /// from the cache; each answer is the table's, so nothing read changes.
  ///
  /// One per thread, never shared: the memo is written on every miss.
  package final class Cache {
    private static let slots = 4_096
    /// The word hash whose answer each slot holds (as the table keys it: 0 is kept as 1); 0
    /// for an empty slot.
    private let keys: UnsafeMutablePointer<UInt64>
    private let answers: UnsafeMutablePointer<Bool>
    private let table = CommonEnglishWords.table

    private init() {
      keys = .allocate(capacity: Self.slots)
      keys.initialize(repeating: 0, count: Self.slots)
      answers = .allocate(capacity: Self.slots)
      answers.initialize(repeating: false, count: Self.slots)
    }

    deinit {
      keys.deallocate()
      answers.deallocate()
    }

    /// Whether the lower-cased word with hash `hash` is a common English word.
    @inline(__always)
    package func contains(_ hash: UInt64) -> Bool {
      let key = hash == 0 ? 1 : hash
      // From high bits: the table probes from the low ones, so a memo slot says nothing of
      // where its word sits in the table.
      let slot = Int(truncatingIfNeeded: key >> 40) & (Self.slots - 1)
      if keys[slot] == key { return answers[slot] }
      let answer = table.contains(hash)
      keys[slot] = key
      answers[slot] = answer
      return answer
    }

    /// The calling thread's memo, made on its first use and freed with the thread.
    package static var forThisThread: Cache { perThread.forThisThread }

    private static let perThread = PerThread { Cache() }
  }
}
