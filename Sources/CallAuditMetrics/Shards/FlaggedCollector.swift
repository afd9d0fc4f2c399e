import CallAuditSystem

/// A partial report's flagged contacts: what orders them, in memory, and their evidence
/// encoded (``FlaggedEvidence``), so a run without a limit holds about 60 bytes per
/// flagged contact until the report is written.
package struct FlaggedCollector: Sendable {
  /// What puts a contact in the report's order, and where its evidence lies.
  private struct Entry: Sendable {
    var order: FlaggedOrder
    var location: FlaggedEvidence.Location

    init(_ contact: FlaggedContact, _ place: PartialReport.Place, _ location: FlaggedEvidence.Location) {
      order = FlaggedOrder(contact.measure, at: place)
      self.location = location
    }

    static func worse(_ a: Entry, _ b: Entry) -> Bool { FlaggedOrder.worse(a.order, b.order) }
  }

  private var entries: [Entry] = []
  private var evidence: FlaggedEvidence

  /// No contacts yet; evidence goes to `storage`'s temporary file when large, or stays in
  /// memory without one.
  package init(spillingTo storage: SpoolStorage? = nil) {
    evidence = FlaggedEvidence(spillingTo: storage)
  }

  /// Contacts collected.
  package var count: Int { entries.count }

  /// Adds a flagged contact read at `place`.
  package mutating func add(_ contact: FlaggedContact, at place: PartialReport.Place) {
    entries.append(Entry(contact, place, evidence.append(contact)))
  }

  /// Ends the collecting: puts the last evidence where it belongs.
  package mutating func seal() {
    evidence.seal()
  }

  /// Drops all but the `limit` worst contacts, and their evidence.
  ///
  /// - Complexity: O(*n* log *n*) for *n* contacts, plus copying the kept ones' evidence.
  package mutating func keepWorst(_ limit: Int) {
    guard entries.count > limit else { return }
    entries.sort(by: Entry.worse)
    entries.removeSubrange(limit...)
    var kept = evidence.emptied
    for index in entries.indices {
      entries[index].location = kept.append(encoded: evidence.bytes(at: entries[index].location))
    }
    kept.seal()
    evidence = kept
  }

  /// Adds another collector's contacts.
  package mutating func merge(_ other: FlaggedCollector) {
    let shift = evidence.append(contentsOf: other.evidence)
    entries.reserveCapacity(entries.count + other.entries.count)
    for var entry in other.entries {
      entry.location = FlaggedEvidence.shifted(entry.location, by: shift)
      entries.append(entry)
    }
  }

  /// The contacts worst first, at most `limit` of them.
  package consuming func worstFirst(limit: Int?) -> FlaggedContacts {
    entries.sort(by: Entry.worse)
    if let limit, entries.count > limit { entries.removeSubrange(limit...) }
    return FlaggedContacts(evidence: evidence, locations: entries.map(\.location))
  }
}

extension FlaggedCollector: Codable {
  private enum CodingKeys: String, CodingKey {
    case contacts, places
  }

  /// Written out whole, for a shard stage's partial report: the contacts and their places.
  package func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(entries.map { evidence.contact(at: $0.location) }, forKey: .contacts)
    try container.encode(entries.map(\.order.place), forKey: .places)
  }

  package init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let contacts = try container.decode([FlaggedContact].self, forKey: .contacts)
    let places = try container.decode([PartialReport.Place].self, forKey: .places)
    guard contacts.count == places.count else {
      throw DecodingError.dataCorruptedError(
        forKey: .places, in: container, debugDescription: "a place for every flagged contact")
    }
    self.init()
    for (contact, place) in zip(contacts, places) { add(contact, at: place) }
    seal()
  }
}
