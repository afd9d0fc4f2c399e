/// The agent sentences of every contact, as fingerprints, each distinct one
/// stored once.
///
/// Contacts refer to their sentences by position (``referenceCount`` grows by
/// one per sentence); a position holds a 4-byte index into the distinct
/// fingerprints. Scripted sentences repeat, so this keeps memory well below
/// one fingerprint per sentence.
struct FingerprintStore: Sendable {
  private var distinct: [SentenceFingerprint] = []
  private var indices: [SentenceFingerprint: Int32] = [:]
  private var references: [Int32] = []

  /// Sentences stored, counting repeats.
  var referenceCount: Int { references.count }

  /// Appends one sentence.
  mutating func append(_ fingerprint: SentenceFingerprint) {
    if let index = indices[fingerprint] {
      references.append(index)
    } else {
      let index = Int32(distinct.count)
      distinct.append(fingerprint)
      indices[fingerprint] = index
      references.append(index)
    }
  }

  /// Appends every sentence of `other`, in order.
  mutating func append(contentsOf other: FingerprintStore) {
    references.reserveCapacity(references.count + other.references.count)
    for index in other.references { append(other.distinct[Int(index)]) }
  }

  /// The sentence at `position`.
  subscript(position: Int) -> SentenceFingerprint { distinct[Int(references[position])] }
}
