/// The customer's specifics as `SpecificDetails.mentionsAny` looks agent candidates up in
/// them: by UTF-8 bytes, without building a `String` per candidate.
///
/// Answers exactly as `Set<String>.contains` would. Swift compares strings by canonical
/// equivalence, and an all-ASCII string is canonically equal only to itself and to strings
/// that spell some of its characters with one of three singletons: U+037E GREEK QUESTION
/// MARK (";"), U+1FEF GREEK VARIA ("`") and U+212A KELVIN SIGN ("K"). So ASCII specifics,
/// and non-ASCII ones made of ASCII and those three, are kept as ASCII bytes and found by
/// hash and byte comparison; an ASCII candidate can match nothing else. A non-ASCII
/// candidate is compared as a `String` when it could equal something in the set.
package struct SpecificsLookup {
  private let specifics: Set<String>
  /// Whether some specific has a non-ASCII byte (then a non-ASCII candidate may match it).
  private var hasNonASCII = false
  /// Bit `n` is set when some ASCII form is `n` bytes long (bit 63: 63 or longer), so most
  /// candidates are ruled out before they are hashed.
  private var lengths: UInt64 = 0
  /// Open addressing over `TextHash.word` of each ASCII form; 0 marks an empty slot.
  private var keys: [UInt64]
  /// `slots[i]` is where the bytes hashed to `keys[i]` sit in `bytes`.
  private var slots: [Range<Int>]
  /// The ASCII forms' bytes, back to back.
  private var bytes: [UInt8] = []

  /// A lookup of `specifics`.
  package init(_ specifics: Set<String>) {
    self.specifics = specifics
    var capacity = 8
    while capacity < specifics.count * 2 { capacity <<= 1 }
    keys = Array(repeating: 0, count: capacity)
    slots = Array(repeating: 0..<0, count: capacity)
    for specific in specifics {
      var ascii = specific
      if !specific.utf8.allSatisfy({ $0 < 0x80 }) {
        hasNonASCII = true
        guard let equivalent = Self.asciiEquivalent(of: specific) else { continue }
        ascii = equivalent
      }
      ascii.withUTF8 { utf8 in insert(utf8) }
    }
  }

  /// Adds one ASCII form (several specifics may share one: "K" and the Kelvin sign).
  private mutating func insert(_ utf8: UnsafeBufferPointer<UInt8>) {
    let hash = TextHash.word(utf8)
    let key = hash == 0 ? 1 : hash
    let mask = keys.count - 1
    var index = Int(truncatingIfNeeded: key) & mask
    while keys[index] != 0 {
      if keys[index] == key, bytes[slots[index]].elementsEqual(utf8) { return }
      index = (index + 1) & mask
    }
    let start = bytes.count
    bytes.append(contentsOf: utf8)
    keys[index] = key
    slots[index] = start..<bytes.count
    lengths |= 1 << UInt64(min(utf8.count, 63))
  }

  /// Whether `candidate` equals (as a `String`) one of the specifics.
  package func contains(_ candidate: SpecificsCandidate) -> Bool {
    let bytes = candidate.bytes
    guard candidate.isASCII else {
      guard hasNonASCII || Self.mayEqualASCII(bytes) else { return false }
      return specifics.contains(String(decoding: bytes, as: UTF8.self))
    }
    guard lengths >> UInt64(min(bytes.count, 63)) & 1 != 0, let base = bytes.baseAddress else {
      return false
    }
    let hash = TextHash.word(paddedBytes: UnsafeRawPointer(base), count: bytes.count)
    let key = hash == 0 ? 1 : hash
    let mask = keys.count - 1
    var index = Int(truncatingIfNeeded: key) & mask
    while keys[index] != 0 {
      if keys[index] == key, self.bytes[slots[index]].elementsEqual(bytes) { return true }
      index = (index + 1) & mask
    }
    return false
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
