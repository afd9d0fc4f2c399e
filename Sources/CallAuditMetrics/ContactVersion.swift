import CallAuditModel
import Crypto

/// A digest of everything a contact says — every field and every turn — so that
/// two copies of one contact can be told apart from two versions of it.
///
/// The first 8 bytes of a SHA-256: the same in every process and on every
/// machine, which the shard stages need, and cheap with the CPU's SHA
/// instructions (about 1 µs for a contact of 1 KB).
package enum ContactVersion {
  /// The digest of `contact`; never 0.
  ///
  /// Every field and turn is written into one buffer, sized once, and hashed in one
  /// update: the same bytes in the same order as field by field, so the same digest.
  package static func of(_ contact: Contact) -> UInt64 {
    var fields = FieldWriter()
    fields.bytes.reserveCapacity(contact.turns.reduce(512) { $0 + Self.turnHeaderBytes + $1.text.utf8.count })
    fields.add(contact.id)
    fields.add(contact.provider)
    fields.add(contact.site)
    fields.add(contact.sourcing.rawValue)
    fields.add(contact.channel)
    fields.add(contact.customerID)
    fields.add(contact.agentID)
    fields.add(contact.category)
    fields.add(contact.openedAt?.secondsSinceEpoch)
    fields.add(contact.closedAt?.secondsSinceEpoch)
    fields.add(contact.updatedAt?.secondsSinceEpoch)
    fields.add(contact.status.rawValue)
    fields.add(contact.resolution)
    fields.add(contact.transfers.map(Int64.init))
    fields.add(contact.escalated.map { Int64($0 ? 1 : 0) })
    fields.add(contact.csat.map { Int64(bitPattern: $0.bitPattern) })
    fields.add(contact.handleSeconds.map(Int64.init))
    fields.add(contact.answered.map { Int64($0 ? 1 : 0) })
    // Only when given, after a marker no other field writes, so that a contact without a
    // team keeps the digest it had before teams were read (an audit history holds digests).
    if let team = contact.team {
      fields.bytes.append(3)
      fields.add(team)
    }
    fields.add(Int64(contact.turns.count))
    for turn in contact.turns {
      fields.add(turn.speaker.rawValue)
      fields.add(turn.at?.secondsSinceEpoch)
      fields.add(Int64(turn.text.utf8.count))
      fields.bytes.append(contentsOf: turn.text.utf8)
    }
    var hasher = SHA256()
    fields.bytes.withUnsafeBytes { hasher.update(bufferPointer: $0) }
    let digest = hasher.finalize()
    let value = digest.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
    return value == 0 ? 1 : value
  }

  /// A turn's speaker (at most 1 + 9 + 8 bytes), time and length (9 each) as written.
  private static let turnHeaderBytes = 40

  /// Fields written with their length or a marker for absence, so that no two
  /// different contacts write the same bytes.
  private struct FieldWriter {
    var bytes: [UInt8] = []

    mutating func add(_ text: String?) {
      guard let text else { return bytes.append(0) }
      bytes.append(1)
      add(Int64(text.utf8.count))
      bytes.append(contentsOf: text.utf8)
    }

    mutating func add(_ number: Int64?) {
      guard let number else { return bytes.append(0) }
      bytes.append(2)
      withUnsafeBytes(of: number.littleEndian) { bytes.append(contentsOf: $0) }
    }
  }
}
