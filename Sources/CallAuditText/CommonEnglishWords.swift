/// Common English words: a capitalised word that is one of these is a word written with a
/// capital ("Account Number", a "To" after a quote), not a name of this customer's case.
///
/// Names, models and places the customer gives ("Preston", "Lightroom", "AirPods") are not in
/// the list; a place that is also a common word ("Reading", "Bath") is lost as a name, which
/// only makes an echo harder to claim. The list is built once, at first use, into a hash set.
package enum CommonEnglishWords {
  /// The words' `TextHash.word` hashes.
  package static let table: StaticWordTable<Bool> = {
    var pairs: [(UInt64, Bool)] = []
    pairs.reserveCapacity(45_000)
    var hasher = WordHasher()
    var length = 0
    for byte in listText.utf8 {
      if byte == 0x20 || byte == 0x0A {
        if length > 0 { pairs.append((hasher.finish(), true)) }
        hasher = WordHasher()
        length = 0
      } else {
        hasher.append(byte)
        length += 1
      }
    }
    if length > 0 { pairs.append((hasher.finish(), true)) }
    return StaticWordTable(hashed: pairs)
  }()

  /// Whether the lower-cased word with hash `hash` is a common English word.
  @inline(__always)
  package static func contains(_ hash: UInt64) -> Bool { table.contains(hash) }
}
