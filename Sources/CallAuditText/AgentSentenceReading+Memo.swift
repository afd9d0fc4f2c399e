#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension AgentSentenceReading {
  /// Readings of recent agent sentences, by their bytes: one memo per thread.
  ///
  /// Agents repeat their lines — that is what the tool looks for — so the same sentence is
  /// read again and again across contacts, and a reading depends only on the sentence's
  /// bytes and the move library. A sentence met again is answered from here without being
  /// lexed. The memo compares the whole sentence, not just its hash, so every answer is the
  /// one reading it again would give.
  ///
  /// Bounded by design: 8,192 slots, each a sentence of at most 128 bytes (97 % of the
  /// sentences of generated contacts) and its reading, 3.6 MiB per thread (the readings,
  /// 320 bytes each, are 70 % of it), so `--jobs N` holds N of them; longer sentences are
  /// always read. A new sentence takes its slot from whatever held it, except that a
  /// sentence met again since it was kept is spared once.
  ///
  /// How much it saves depends on how scripted the agents are: at 200,000 generated contacts
  /// it answers 69 % of sentences, on the real threads of `twcs-divya-gh` (many companies,
  /// few threads each) 11 % (docs/performance.md, stop 34).
  package final class Memo {
    /// Slots, a power of two.
    static let slots = 8_192
    /// The longest sentence kept, in bytes.
    static let longestSentence = 128

    /// Each slot's sentence hash, 0 for an empty slot (a hash of 0 is kept as 1).
    private let hashes: UnsafeMutablePointer<UInt64>
    private let lengths: UnsafeMutablePointer<UInt16>
    /// Whether each slot's sentence was met again since it was kept or last spared.
    private let used: UnsafeMutablePointer<Bool>
    private let sentences: UnsafeMutablePointer<UInt8>
    /// Read only where `hashes` is not 0, which is where one was written.
    private let readings: UnsafeMutablePointer<AgentSentenceReading>
    /// The library the readings were made with, by the address of its moves: a library's
    /// storage is never freed (``SupportMoveLibrary/moves``), so no other library can have
    /// it. Another library empties the memo.
    private var libraryMoves: UnsafeRawPointer?

    init() {
      hashes = .allocate(capacity: Self.slots)
      hashes.initialize(repeating: 0, count: Self.slots)
      lengths = .allocate(capacity: Self.slots)
      lengths.initialize(repeating: 0, count: Self.slots)
      used = .allocate(capacity: Self.slots)
      used.initialize(repeating: false, count: Self.slots)
      sentences = .allocate(capacity: Self.slots * Self.longestSentence)
      readings = .allocate(capacity: Self.slots)
    }

    deinit {
      hashes.deallocate()
      lengths.deallocate()
      used.deallocate()
      sentences.deallocate()
      readings.deallocate()
    }

    /// The calling thread's memo.
    package static var forThisThread: Memo { perThread.forThisThread }
    private static let perThread = PerThread { Memo() }

    /// The reading of `sentence` with `library`, from the memo or read now with the scratch
    /// space `tokens` and `covered`; `lexed` tells whether it was read now, which is when
    /// `specifics`, if a scanner, was given the sentence's lexemes (as
    /// ``AgentSentenceReading/init(_:library:tokens:covered:specifics:)`` gives them).
    /// Otherwise the scanner is left as it was, holding an earlier sentence: call
    /// ``SpecificsScanner/read(_:)`` before asking it.
    ///
    /// - Complexity: O(*n*) in the sentence's bytes: a hash and a comparison when known.
    package func reading(
      of sentence: Substring, library: SupportMoveLibrary, tokens: inout [SignalToken], covered: inout [Bool],
      specifics: inout SpecificsScanner?
    ) -> (reading: AgentSentenceReading, lexed: Bool) {
      let moves = library.moves.baseAddress.map(UnsafeRawPointer.init)
      if moves != libraryMoves {
        hashes.update(repeating: 0, count: Self.slots)
        used.update(repeating: false, count: Self.slots)
        libraryMoves = moves
      }
      var sentence = sentence
      let place: Place = sentence.withUTF8 { self.place(of: $0) }
      if case .known(let slot) = place {
        used[slot] = true
        return (readings[slot], false)
      }
      let reading = AgentSentenceReading(sentence, library: library, tokens: &tokens, covered: &covered, specifics: &specifics)
      if case .absent(let slot, let hash) = place, !spare(slot) {
        sentence.withUTF8 { bytes in
          (sentences + slot * Self.longestSentence).update(from: bytes.baseAddress!, count: bytes.count)
          lengths[slot] = UInt16(bytes.count)
        }
        hashes[slot] = hash
        (readings + slot).initialize(to: reading)
      }
      return (reading, true)
    }

    /// Whether the sentence in `slot` keeps its place this time: one met again since it was
    /// kept is spared once, so that the lines agents repeat are not pushed out by the
    /// sentences met once (names, amounts, dates) that pass through the same slot.
    private func spare(_ slot: Int) -> Bool {
      guard used[slot] else { return false }
      used[slot] = false
      return true
    }

    /// Where a sentence stands in the memo.
    private enum Place {
      /// Its reading is in this slot.
      case known(Int)
      /// Not in the memo; it would go in this slot (empty or another sentence's), under this hash.
      case absent(Int, UInt64)
      /// Too long to keep, or empty.
      case tooLong
    }

    /// A sentence's key, eight bytes per mix, with 0, the empty slot's mark, kept as 1.
    /// (`TextHash.word` feeds a word a byte at a time, and its whole-word form reads past
    /// the end, which a sentence's storage does not allow.)
    static func hash(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
      let raw = UnsafeRawBufferPointer(bytes)
      var state = TextHash.mix(UInt64(truncatingIfNeeded: raw.count))
      var offset = 0
      while raw.count - offset >= 8 {
        state = TextHash.mix(state ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        offset += 8
      }
      var tail: UInt64 = 0
      for index in offset..<raw.count { tail |= UInt64(raw[index]) << UInt64(8 * (index - offset)) }
      return max(TextHash.mix(state ^ tail), 1)
    }

    /// The slot of a sentence with hash `hash` (the hash is fully mixed: any bits would do).
    static func slot(of hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> 40) & (slots - 1) }

    private func place(of bytes: UnsafeBufferPointer<UInt8>) -> Place {
      guard let base = bytes.baseAddress, bytes.count <= Self.longestSentence else { return .tooLong }
      let hash = Self.hash(of: bytes)
      let slot = Self.slot(of: hash)
      let known =
        hashes[slot] == hash && Int(lengths[slot]) == bytes.count
        && memcmp(sentences + slot * Self.longestSentence, base, bytes.count) == 0
      return known ? .known(slot) : .absent(slot, hash)
    }
  }
}
