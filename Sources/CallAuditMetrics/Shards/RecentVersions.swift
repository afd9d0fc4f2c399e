import CallAuditText

/// The version last read of recently read contacts, in a table of fixed size
/// (``slots`` entries, 256 KiB, made on first use): a contact's slot is chosen by
/// its identity, so a slot holding a contact holds the version of it read last,
/// and a contact pushed out by another is simply forgotten.
///
/// It lets reading drop a record identical to the one read just before it of
/// the same contact (``ContactAnalyzer``) in memory that does not grow with the
/// input; a copy it forgot is dropped when measured instead (``ContactIdentity``).
package struct RecentVersions: Sendable {
  /// Entries in the table.
  package static let slots = 1 << 14

  /// Identity then version, per slot; identity 0 marks an empty slot.
  private var table: [UInt64] = []

  /// Records `version` as the one read last of contact `identity`, and says whether
  /// it equals the version read just before it of that contact.
  /// - Complexity: O(1).
  package mutating func readAgain(identity: UInt64, version: UInt64) -> Bool {
    if table.isEmpty { table = Array(repeating: 0, count: 2 * Self.slots) }
    let key = identity == 0 ? 1 : identity  // 0 marks an empty slot
    let slot = 2 * Int(TextHash.mix(key) % UInt64(Self.slots))
    let same = table[slot] == key && table[slot + 1] == version
    table[slot] = key
    table[slot + 1] = version
    return same
  }
}
