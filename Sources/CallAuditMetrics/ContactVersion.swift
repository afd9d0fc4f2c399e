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
    withUnsafeTemporaryAllocation(byteCount: byteBound(contact), alignment: 1) { buffer in
      var fields = FieldWriter(buffer)
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
        fields.add(byte: 3)
        fields.add(team)
      }
      fields.add(Int64(contact.turns.count))
      for turn in contact.turns {
        fields.add(turn.speaker.rawValue)
        fields.add(turn.at?.secondsSinceEpoch)
        fields.add(Int64(turn.text.utf8.count))
        fields.add(bytes: turn.text)
      }
      var hasher = SHA256()
      hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[..<fields.count]))
      let value = hasher.finalize().withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
      return value == 0 ? 1 : value
    }
  }

  /// At least the bytes ``of(_:)`` writes for `contact`: a text field is a marker, its
  /// length (a marker and 8 bytes) and its bytes; a number a marker and 8 bytes.
  private static func byteBound(_ contact: Contact) -> Int {
    func text(_ value: String?) -> Int { FieldWriter.textBytes + (value?.utf8.count ?? 0) }
    // 11 texts (the team after its marker byte), 9 numbers, then the turns.
    var bound = text(contact.id) + text(contact.provider) + text(contact.site) + text(contact.sourcing.rawValue)
    bound += text(contact.channel) + text(contact.customerID) + text(contact.agentID) + text(contact.category)
    bound += text(contact.status.rawValue) + text(contact.resolution) + 1 + text(contact.team)
    bound += 9 * FieldWriter.numberBytes
    for turn in contact.turns {
      bound += text(turn.speaker.rawValue) + 2 * FieldWriter.numberBytes + turn.text.utf8.count
    }
    return bound
  }

  /// Fields written with their length or a marker for absence, so that no two
  /// different contacts write the same bytes. Written in place into a buffer sized
  /// beforehand (``byteBound(_:)``), with no growth or uniqueness check per field.
  private struct FieldWriter {
    /// Bytes a number takes: its marker and 8 bytes.
    static let numberBytes = 9
    /// Bytes a text takes besides its own: its marker and its length as a number.
    static let textBytes = 1 + numberBytes

    private let buffer: UnsafeMutableRawBufferPointer
    private(set) var count = 0

    init(_ buffer: UnsafeMutableRawBufferPointer) { self.buffer = buffer }

    mutating func add(byte: UInt8) {
      precondition(count < buffer.count, "ContactVersion's bound is too small")
      buffer[count] = byte
      count += 1
    }

    mutating func add(_ text: String?) {
      guard let text else { return add(byte: 0) }
      add(byte: 1)
      add(Int64(text.utf8.count))
      add(bytes: text)
    }

    mutating func add(_ number: Int64?) {
      guard let number else { return add(byte: 0) }
      add(byte: 2)
      precondition(count + 8 <= buffer.count, "ContactVersion's bound is too small")
      buffer.storeBytes(of: number.littleEndian, toByteOffset: count, as: Int64.self)
      count += 8
    }

    /// The bytes of `text`, without marker or length.
    mutating func add(bytes text: String) {
      // Read in place (a native string always is): `withUTF8` would need a copy of the value.
      let copied: Void? = text.utf8.withContiguousStorageIfAvailable { add(bytes: $0) }
      if copied == nil { Array(text.utf8).withUnsafeBufferPointer { add(bytes: $0) } }
    }

    private mutating func add(bytes utf8: UnsafeBufferPointer<UInt8>) {
      precondition(count + utf8.count <= buffer.count, "ContactVersion's bound is too small")
      UnsafeMutableRawBufferPointer(rebasing: buffer[count...]).copyMemory(from: UnsafeRawBufferPointer(utf8))
      count += utf8.count
    }
  }
}
