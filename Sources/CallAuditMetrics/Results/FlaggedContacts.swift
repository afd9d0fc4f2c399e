/// A report's flagged contacts, worst first.
///
/// A large run's contacts are read back one at a time from the run's temporary file
/// (``FlaggedEvidence``) as they are accessed, so the list holds a few bytes per contact;
/// a small run's stay encoded in memory. Each access decodes the contact: iterate once
/// rather than subscripting the same position again and again.
public struct FlaggedContacts: RandomAccessCollection, Sendable, ExpressibleByArrayLiteral {
  private let evidence: FlaggedEvidence
  private let locations: [FlaggedEvidence.Location]

  package init(evidence: FlaggedEvidence, locations: [FlaggedEvidence.Location]) {
    var sealed = evidence
    sealed.seal()
    self.evidence = sealed
    self.locations = locations
  }

  /// The given contacts, in their order.
  public init(_ contacts: some Sequence<FlaggedContact>) {
    var evidence = FlaggedEvidence(spillingTo: nil)
    let locations = contacts.map { evidence.append($0) }
    self.init(evidence: evidence, locations: locations)
  }

  public init(arrayLiteral contacts: FlaggedContact...) {
    self.init(contacts)
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { locations.count }

  /// The contact at `position`, decoded.
  ///
  /// - Complexity: O(*n*) in the contact's evidence; one read of the temporary file when
  ///   it lies there.
  public subscript(position: Int) -> FlaggedContact {
    evidence.contact(at: locations[position])
  }

  /// The contacts, each replaced by `transform`'s result, in the same order; the new
  /// evidence goes where this list's went (the temporary file for a large run), so a
  /// run's flagged contacts are never all held at once.
  public func transformed(_ transform: (FlaggedContact) throws -> FlaggedContact) rethrows -> FlaggedContacts {
    var rewritten = evidence.emptied
    var moved: [FlaggedEvidence.Location] = []
    moved.reserveCapacity(locations.count)
    for contact in self { moved.append(rewritten.append(try transform(contact))) }
    return FlaggedContacts(evidence: rewritten, locations: moved)
  }
}
