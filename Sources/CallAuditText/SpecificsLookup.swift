/// The customer's specifics as `SpecificDetails.mentionsAny` looks agent candidates up in
/// them: by UTF-8 bytes and hash, built straight from the scanner's candidates, with no
/// `String` per specific or per candidate (issue 21, step 2).
///
/// Answers exactly as a `Set<String>` of the specifics would, and counts the specifics as
/// that set does. Swift compares strings by canonical equivalence, and an all-ASCII string
/// is canonically equal only to itself and to strings that spell some of its characters
/// with one of three singletons: U+037E GREEK QUESTION MARK (";"), U+1FEF GREEK VARIA ("`")
/// and U+212A KELVIN SIGN ("K"). So ASCII specifics, and the ASCII forms of non-ASCII ones
/// made of ASCII and those three, are kept as ASCII bytes and found by hash and byte
/// comparison; an ASCII candidate can match nothing else. Non-ASCII specifics are kept as
/// `String`s too, and a non-ASCII candidate is compared as a `String` when it could equal
/// one of them.
package struct SpecificsLookup {
  /// The non-ASCII specifics, compared as Swift compares strings.
  private var nonASCII: Set<String> = []
  /// Distinct specifics held, counted as a `Set<String>` of them counts.
  package private(set) var count = 0
  /// Bit `n` is set when some ASCII form is `n` bytes long (bit 63: 63 or longer), so most
  /// candidates are ruled out before they are hashed.
  private var lengths: UInt64 = 0
  /// Open addressing over `TextHash.word` of each ASCII form; 0 marks an empty slot. Empty
  /// until the first ASCII form is stored, so an empty lookup allocates nothing.
  private var keys: [UInt64] = []
  /// `slots[i]` is where the bytes hashed to `keys[i]` sit in `bytes`.
  private var slots: [Range<Int>] = []
  /// The ASCII forms' bytes, back to back.
  private var bytes: [UInt8] = []
  /// ASCII forms stored (several specifics may share one: "K" and the Kelvin sign).
  private var asciiForms = 0

  private static let initialCapacity = 16
  /// The largest table ``removeAll()`` keeps for the next contact. Kept small on purpose,
  /// not only for memory: the slots kept are zeroed at every contact, so one contact with
  /// thousands of specifics must not make every later one clear a large table.
  private static let keptCapacity = 1_024

  /// An empty lookup.
  package init() {}

  /// Empties the lookup, keeping its storage for the next contact's specifics unless it
  /// grew past `keptCapacity` slots or 64 bytes a slot.
  /// - Complexity: O(*n*) in the slots kept.
  package mutating func removeAll() {
    count = 0
    lengths = 0
    asciiForms = 0
    nonASCII.removeAll()
    if bytes.capacity > Self.keptCapacity * 64 {
      bytes = []
    } else {
      bytes.removeAll(keepingCapacity: true)
    }
    if keys.count > Self.keptCapacity {
      keys = []
      slots = []
    } else {
      keys.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
    }
  }

  /// A lookup of `specifics`.
  package init(_ specifics: Set<String>) {
    for specific in specifics {
      var specific = specific
      _ = specific.withUTF8 { utf8 in
        insert(SpecificsCandidate(bytes: utf8, isASCII: utf8.allSatisfy { $0 < 0x80 }))
      }
    }
  }

  /// Whether nothing is held.
  package var isEmpty: Bool { count == 0 }

  /// Adds the specific `candidate` spells; returns whether it was new (unequal, as a
  /// `String`, to every specific held).
  @discardableResult
  package mutating func insert(_ candidate: SpecificsCandidate) -> Bool {
    if candidate.isASCII {
      guard insertASCII(candidate.bytes) else { return false }
      count += 1
      return true
    }
    let text = String(decoding: candidate.bytes, as: UTF8.self)
    guard nonASCII.insert(text).inserted else { return false }
    // Equal to an ASCII string: new only if that string is (no other non-ASCII specific can
    // equal it, or it would have equalled this one).
    if var equivalent = Self.asciiEquivalent(of: text) {
      guard equivalent.withUTF8({ insertASCII($0) }) else { return false }
    }
    count += 1
    return true
  }

  /// Whether `candidate` equals (as a `String`) one of the specifics.
  package func contains(_ candidate: SpecificsCandidate) -> Bool {
    let bytes = candidate.bytes
    guard candidate.isASCII else {
      let singletons = Self.mayEqualASCII(bytes)
      guard singletons || !nonASCII.isEmpty else { return false }
      let text = String(decoding: bytes, as: UTF8.self)
      if nonASCII.contains(text) { return true }
      guard singletons, var equivalent = Self.asciiEquivalent(of: text) else { return false }
      return equivalent.withUTF8 { find($0, hash: TextHash.word($0)) }
    }
    return withView { $0.contains(ascii: candidate) }
  }

  /// Calls `body` with a view of the ASCII forms for ``View/contains(ascii:)``, valid during
  /// the call.
  ///
  /// A view is plain pointers, so a closure that captures it copies nothing: one that
  /// captured the lookup itself copied it, retaining and releasing its storage, at every
  /// agent candidate (`SpecificDetails.Matcher.mentionsAny(in:)`, callgrind, stop 36).
  /// The view must not outlive the call.
  package func withView<Result>(_ body: (View) -> Result) -> Result {
    keys.withUnsafeBufferPointer { keys in
      slots.withUnsafeBufferPointer { slots in
        bytes.withUnsafeBufferPointer { bytes in body(View(keys: keys, slots: slots, bytes: bytes, lengths: lengths)) }
      }
    }
  }

  /// The ASCII forms of a lookup, read through pointers (``withView(_:)``), unchecked in
  /// release builds: `keys` and `slots` always have the same power-of-two count, and a slot
  /// whose key is not 0 holds a range of `bytes` (``insertASCII(_:)``, ``removeAll()``).
  package struct View {
    fileprivate let keys: UnsafeBufferPointer<UInt64>
    fileprivate let slots: UnsafeBufferPointer<Range<Int>>
    fileprivate let bytes: UnsafeBufferPointer<UInt8>
    fileprivate let lengths: UInt64

    /// Whether the ASCII `candidate` equals one of the specifics; as
    /// ``SpecificsLookup/contains(_:)`` answers for an ASCII candidate.
    package func contains(ascii candidate: SpecificsCandidate) -> Bool {
      assert(candidate.isASCII, "a non-ASCII candidate goes to SpecificsLookup.contains")
      let utf8 = candidate.bytes
      guard lengths >> UInt64(min(utf8.count, 63)) & 1 != 0, let base = utf8.baseAddress else { return false }
      return find(utf8, hash: TextHash.word(paddedBytes: UnsafeRawPointer(base), count: utf8.count))
    }

    /// Whether the ASCII form `utf8`, whose hash is `hash`, is stored.
    fileprivate func find(_ utf8: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Bool {
      guard !keys.isEmpty else { return false }
      let key = hash == 0 ? 1 : hash
      let mask = keys.count - 1
      var index = Int(truncatingIfNeeded: key) & mask
      while keys[index] != 0 {
        if keys[index] == key, UnsafeBufferPointer(rebasing: bytes[slots[index]]).elementsEqual(utf8) { return true }
        index = (index + 1) & mask
      }
      return false
    }
  }

  /// Whether the ASCII form `utf8`, whose hash is `hash`, is stored.
  private func find(_ utf8: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Bool {
    withView { $0.find(utf8, hash: hash) }
  }

  /// Stores one ASCII form; returns false when it was already stored.
  private mutating func insertASCII(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    let hash = TextHash.word(utf8)
    let key = hash == 0 ? 1 : hash
    if find(utf8, hash: hash) { return false }
    // At most half full, so a miss ends within a few slots.
    if keys.isEmpty {
      keys = Array(repeating: 0, count: Self.initialCapacity)
      slots = Array(repeating: 0..<0, count: Self.initialCapacity)
    } else if (asciiForms + 1) * 2 > keys.count {
      grow()
    }
    let mask = keys.count - 1
    var index = Int(truncatingIfNeeded: key) & mask
    while keys[index] != 0 { index = (index + 1) & mask }
    let start = bytes.count
    bytes.append(contentsOf: utf8)
    keys[index] = key
    slots[index] = start..<bytes.count
    lengths |= 1 << UInt64(min(utf8.count, 63))
    asciiForms += 1
    return true
  }

  /// Doubles the table, placing every stored form again.
  private mutating func grow() {
    let oldKeys = keys, oldSlots = slots
    keys = Array(repeating: 0, count: oldKeys.count * 2)
    slots = Array(repeating: 0..<0, count: oldKeys.count * 2)
    let mask = keys.count - 1
    for (key, slot) in zip(oldKeys, oldSlots) where key != 0 {
      var index = Int(truncatingIfNeeded: key) & mask
      while keys[index] != 0 { index = (index + 1) & mask }
      keys[index] = key
      slots[index] = slot
    }
  }

  /// The all-ASCII string canonically equal to `text`, if there is one.
  package static func asciiEquivalent(of text: String) -> String? {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0..<0x80: scalars.append(scalar)
      case 0x037E: scalars.append(";")
      case 0x1FEF: scalars.append("`")
      case 0x212A: scalars.append("K")
      default: return nil
      }
    }
    let ascii = String(scalars)
    return ascii == text ? ascii : nil
  }

  /// Whether non-ASCII UTF-8 might spell an ASCII string: only when it holds the lead byte
  /// of one of the three singletons (CD BE, E1 BF AF, E2 84 AA).
  private static func mayEqualASCII(_ candidate: UnsafeBufferPointer<UInt8>) -> Bool {
    candidate.contains { $0 == 0xCD || $0 == 0xE1 || $0 == 0xE2 }
  }
}
