import CallAuditModel

/// A contact-centre site of a generated provider.
public struct SiteSpec: Sendable, Hashable {
  /// The site name as exported (`Leeds`, `Cebu (BrightPath BPO)`).
  public var name: String
  /// Whether the provider's own staff or a vendor's work there;
  /// must be ``Sourcing/inHouse`` or ``Sourcing/outsourced``.
  public var sourcing: Sourcing
  /// The scenario whose behaviour the site's agents follow, when not the provider's:
  /// how one outsourced site of a provider can hurt customers while another does not.
  public var behavesAs: GeneratorScenario?

  /// Creates a site, behaving as its provider's scenario says unless `behavesAs` names another.
  public init(_ name: String, _ sourcing: Sourcing, behavesAs: GeneratorScenario? = nil) {
    self.name = name
    self.sourcing = sourcing
    self.behavesAs = behavesAs
  }
}
