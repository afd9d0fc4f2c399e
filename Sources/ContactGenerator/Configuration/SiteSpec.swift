import CallAuditModel

/// A contact-centre site of a generated provider.
public struct SiteSpec: Sendable, Hashable {
  /// The site name as exported (`Leeds`, `Cebu (BrightPath BPO)`).
  public var name: String
  /// Whether the provider's own staff or a vendor's work there;
  /// must be ``Sourcing/inHouse`` or ``Sourcing/outsourced``.
  public var sourcing: Sourcing

  /// Creates a site.
  public init(_ name: String, _ sourcing: Sourcing) {
    self.name = name
    self.sourcing = sourcing
  }
}
