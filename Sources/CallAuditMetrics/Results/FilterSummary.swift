/// How many contacts a filter left out, in all and by reason.
///
/// A contact left out for several reasons (another channel *and* before `--since`)
/// counts once in ``total`` and once under each reason, so the reasons may add up
/// to more than the total.
public struct FilterCounts: Sendable, Hashable, Codable {
  /// Contacts left out.
  public private(set) var total = 0
  /// By ``ContactFilter/Reason`` raw value.
  public private(set) var byReason = [Int](repeating: 0, count: ContactFilter.Reason.allCases.count)

  /// No contact left out.
  public init() {}

  /// Counts one contact left out for `reasons` (``ContactFilter/Reason/bit``s).
  package mutating func add(_ reasons: UInt8) {
    total += 1
    for reason in ContactFilter.Reason.allCases where reasons & reason.bit != 0 { byReason[reason.rawValue] += 1 }
  }

  /// Adds another shard's counts.
  package mutating func merge(_ other: FilterCounts) {
    total += other.total
    for index in byReason.indices where index < other.byReason.count { byReason[index] += other.byReason[index] }
  }

  /// Contacts left out for `reason` (among others, maybe).
  public func count(_ reason: ContactFilter.Reason) -> Int { byReason[reason.rawValue] }
}

/// The filter a report applied, and what it left out (docs/metrics.md, "Filters").
///
/// Every accepted record is still accounted for: per input, accepted = contacts
/// measured + left out + duplicates + updated versions (``InputCoverage/leftOut``).
public struct FilterSummary: Sendable, Hashable {
  /// The filter, as given.
  public var filter: ContactFilter
  /// What it left out.
  public var counts: FilterCounts
  /// Contacts measured: those it kept, each once.
  public var measured: Int

  /// Creates a summary.
  public init(filter: ContactFilter, counts: FilterCounts, measured: Int) {
    self.filter = filter
    self.counts = counts
    self.measured = measured
  }

  /// Distinct contacts considered: measured and left out.
  public var considered: Int { measured + counts.total }
}
