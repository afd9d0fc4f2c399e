import CallAuditText

extension TranscriptSignals {
  /// The working arrays and scanners of reading one transcript, kept per thread so that
  /// reading contact after contact does not allocate them anew (docs/performance.md,
  /// "Fewer allocations per contact").
  ///
  /// A reading takes them out (``take()``), leaving empty ones behind, and gives them back
  /// emptied (``giveBack(_:)``): a reading nested in another's on the same thread only finds
  /// empty arrays, never one in use. Bounded: storage grown past ``keptBytes`` by an
  /// outsized transcript is dropped, not kept for the thread's life.
  final class Scratch {
    /// The most bytes of storage one kept array or scanner may hold.
    static let keptBytes = 256 << 10

    var buffers = Buffers()

    /// The calling thread's scratch space.
    static var forThisThread: Scratch { perThread.forThisThread }
    private static let perThread = PerThread { Scratch() }

    /// The buffers, empty, for one reading.
    func take() -> Buffers {
      var taken = Buffers()
      swap(&taken, &buffers)
      return taken
    }

    /// Keeps `used`'s storage for the next reading, emptied; what grew too large is dropped.
    /// Emptied in place: `used` must be the only reference to its storage, or emptying it
    /// would copy it.
    func giveBack(_ used: inout Buffers) {
      Self.empty(&used.tokens)
      Self.empty(&used.readings)
      Self.empty(&used.profiles)
      // Kept at its length: a reading resets the flags it uses, and makes a new array
      // whenever this one is shorter than a sentence's tokens, an emptied one included.
      if used.covered.count > Self.keptBytes { used.covered = [] }
      Self.empty(&used.sentenceRanges)
      Self.empty(&used.customerTexts)
      Self.empty(&used.customerSpecifics)
      Self.empty(&used.agentSpecifics)
      used.specificsLookup.removeAll()
      swap(&buffers, &used)
    }

    private static func empty<Element>(_ array: inout [Element]) {
      if array.capacity * MemoryLayout<Element>.stride > keptBytes {
        array = []
      } else {
        array.removeAll(keepingCapacity: true)
      }
    }

    private static func empty(_ scanner: inout SpecificsScanner) {
      if scanner.storageBytes > keptBytes {
        scanner = SpecificsScanner(agent: scanner.agent)
      } else {
        scanner.removeAll()
      }
    }
  }

  /// What ``Scratch`` keeps: the reading's working storage, each empty when taken.
  struct Buffers {
    var tokens: [SignalToken] = []
    var readings: [CustomerTurnReading?] = []
    var profiles: [AgentTurnProfile?] = []
    var covered: [Bool] = []
    var sentenceRanges: [Range<Int>] = []
    var customerTexts: [String] = []
    var customerSpecifics = SpecificsScanner(agent: false)
    var agentSpecifics = SpecificsScanner(agent: true)
    /// The customer's specifics (``SpecificDetails/Matcher``), emptied by its own rule.
    var specificsLookup = SpecificsLookup()
  }
}
