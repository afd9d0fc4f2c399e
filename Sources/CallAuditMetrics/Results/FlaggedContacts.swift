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

  /// The contacts rewritten block by block on up to `jobs` threads: `transform` is given
  /// the contacts of one block (at most ``blockSize``, in order) and returns them rewritten,
  /// in the same order, with a value that `collect` receives on the calling thread, block
  /// after block. The result is ``transformed(_:)``'s, whatever `jobs`.
  package func transformed<Value: Sendable>(
    jobs: Int, _ transform: @escaping @Sendable ([FlaggedContact]) -> ([FlaggedContact], Value),
    collect: (Value) -> Void
  ) -> FlaggedContacts {
    var rewritten = evidence.emptied
    var moved: [FlaggedEvidence.Location] = []
    moved.reserveCapacity(locations.count)
    let contacts = self
    forEachBlock(jobs: jobs) { range in
      transform(range.map { contacts[$0] })
    } deliver: { (block: ([FlaggedContact], Value)) in
      for contact in block.0 { moved.append(rewritten.append(contact)) }
      collect(block.1)
    }
    return FlaggedContacts(evidence: rewritten, locations: moved)
  }

  /// Calls `work` with the positions of each block of at most ``blockSize`` contacts on up
  /// to `jobs` threads, and `deliver` with its results on the calling thread in order
  /// (``InOrderBlocks``).
  package func forEachBlock<Result: Sendable, Failure: Error>(
    jobs: Int, _ work: @escaping @Sendable (Range<Int>) -> Result, deliver: (Result) throws(Failure) -> Void
  ) throws(Failure) {
    let total = count, size = Self.blockSize
    try InOrderBlocks.run(
      count: (total + size - 1) / size, jobs: jobs,
      work: { block in work(block * size..<Swift.min(total, (block + 1) * size)) }, deliver: deliver)
  }

  /// Contacts per block of ``forEachBlock(jobs:_:deliver:)``: enough that handing a block
  /// over costs nothing beside rewriting or rendering it, few enough that the blocks in
  /// flight hold a few megabytes.
  package static let blockSize = 256
}
