import CallAuditSystem
import CallAuditText

/// Flagged contacts, encoded (``FlaggedContact/encode(to:)``), in chunks: held in memory
/// while a shard's are few, appended to the run's temporary file once they are many.
///
/// A run without a flagged-contact limit lists every flagged contact — a third of a
/// million at 2,000,000 contacts, about 1 KB each as values. Held encoded, and in the
/// file when large, the report keeps a ``Location`` per contact, not its evidence, and
/// reads each one back when it is written out.
package struct FlaggedEvidence: Sendable {
  /// Where one contact's bytes lie: a chunk, and a range in it.
  package struct Location: Sendable, Hashable {
    fileprivate var chunk: Int32
    fileprivate var offset: UInt32
    fileprivate var count: UInt32
  }

  private enum Chunk: Sendable {
    case memory([UInt8])
    case file(SpoolFile, offset: Int)
  }

  /// An open chunk this large goes to the file at once (with storage).
  static let chunkBytes = 1 << 20
  /// A chunk at least this large goes to the file when sealed (with storage); smaller ones
  /// stay in memory, so 256 shards hold at most 16 MB there.
  static let sealBytes = 64 << 10

  private var chunks: [Chunk] = []
  /// The chunk being written: chunk `chunks.count` once closed.
  private var open = ByteWriter()
  /// Where large chunks go; `nil` keeps every chunk in memory.
  private var storage: SpoolStorage?

  /// Empty evidence whose large chunks go to `storage`'s file, or stay in memory without one.
  package init(spillingTo storage: SpoolStorage?) {
    self.storage = storage
  }

  /// Appends a contact and returns where it lies.
  package mutating func append(_ contact: FlaggedContact) -> Location {
    let start = open.bytes.count
    contact.encode(to: &open)
    return placed(from: start)
  }

  /// Appends a contact already encoded (``bytes(at:)`` of other evidence).
  package mutating func append(encoded bytes: [UInt8]) -> Location {
    let start = open.bytes.count
    open.append(bytes: bytes)
    return placed(from: start)
  }

  private mutating func placed(from start: Int) -> Location {
    let location = Location(
      chunk: Int32(chunks.count), offset: UInt32(start), count: UInt32(open.bytes.count - start))
    if open.bytes.count >= Self.chunkBytes { close(toFile: true) }
    return location
  }

  /// Closes the open chunk: to the file when it is large, else kept in memory.
  package mutating func seal() {
    close(toFile: open.bytes.count >= Self.sealBytes)
  }

  private mutating func close(toFile: Bool) {
    guard !open.bytes.isEmpty else { return }
    defer { open = ByteWriter() }
    if toFile, let storage {
      do {
        let file = try storage.spoolFile()
        chunks.append(.file(file, offset: try file.append(open.bytes)))
        return
      } catch {
        // The file cannot be written: keep the chunk in memory; nothing is lost.
      }
    }
    chunks.append(.memory(open.bytes))
  }

  /// Moves `other`'s chunks after these; `other`'s locations are to be passed through
  /// ``shifted(_:by:)`` with the result. Evidence without storage takes `other`'s, so what
  /// is written from the merged evidence (``emptied``) spills where the shards' did.
  package mutating func append(contentsOf other: consuming FlaggedEvidence) -> Int32 {
    seal()
    other.seal()
    if storage == nil { storage = other.storage }
    let shift = Int32(chunks.count)
    chunks += other.chunks
    return shift
  }

  /// A location of evidence appended with ``append(contentsOf:)``, in the evidence it went to.
  package static func shifted(_ location: Location, by shift: Int32) -> Location {
    var moved = location
    moved.chunk += shift
    return moved
  }

  /// The encoded bytes of the contact at `location`.
  package func bytes(at location: Location) -> [UInt8] {
    let start = Int(location.offset), count = Int(location.count)
    guard Int(location.chunk) < chunks.count else { return Array(open.bytes[start..<start + count]) }
    switch chunks[Int(location.chunk)] {
    case .memory(let bytes): return Array(bytes[start..<start + count])
    case .file(let file, let offset): return file.read(offset: offset + start, count: count)
    }
  }

  /// The contact at `location`.
  package func contact(at location: Location) -> FlaggedContact {
    var reader = ByteReader(bytes(at: location))
    do {
      return try FlaggedContact(decoding: &reader)
    } catch {
      // Written by this process moments ago: damage here is a bug, not bad input.
      preconditionFailure("\(error)")
    }
  }

  /// Empty evidence that spills where this one does.
  package var emptied: FlaggedEvidence { FlaggedEvidence(spillingTo: storage) }
}
