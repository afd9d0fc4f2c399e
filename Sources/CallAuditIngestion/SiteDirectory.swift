import CallAuditModel

/// Which sites (teams, groups, queues) are the provider's own and which are an
/// outsourcing vendor's — the fact most exports leave out.
///
/// Applied to every contact whose export names its site but not its sourcing;
/// an export's own sourcing is never overridden. Site names match ignoring case
/// and surrounding blanks.
public struct SiteDirectory: Sendable, Equatable {
  private var sourcingBySite: [String: Sourcing] = [:]

  /// Creates an empty directory.
  public init() {}

  /// Creates a directory from site names and their sourcing.
  public init(_ entries: [String: Sourcing]) {
    for (site, sourcing) in entries { self[site] = sourcing }
  }

  /// The sourcing of `site`, if the directory lists it.
  public subscript(site: String) -> Sourcing? {
    get { sourcingBySite[Self.key(site)] }
    set { sourcingBySite[Self.key(site)] = newValue }
  }

  /// Whether the directory lists no site.
  public var isEmpty: Bool { sourcingBySite.isEmpty }

  /// How many sites the directory lists.
  public var count: Int { sourcingBySite.count }

  /// Adds every site of `other`; where both list a site, `other`'s sourcing wins.
  public mutating func merge(_ other: SiteDirectory) {
    sourcingBySite.merge(other.sourcingBySite) { _, theirs in theirs }
  }

  /// Fills in the contact's sourcing from its site when the export left it unknown.
  public func apply(to contact: inout Contact) {
    guard !sourcingBySite.isEmpty, contact.sourcing == .unknown, let site = contact.site, let sourcing = self[site]
    else { return }
    contact.sourcing = sourcing
  }

  private static func key(_ site: String) -> String { site.trimmingASCIIWhitespace().lowercased() }
}
