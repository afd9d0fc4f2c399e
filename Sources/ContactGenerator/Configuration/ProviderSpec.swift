/// One provider in the generated data: its name, how its sites behave, its
/// share of all contacts and its sites.
public struct ProviderSpec: Sendable, Hashable {
  /// The provider name written into every contact.
  public var name: String
  /// How its outsourced and in-house sites behave.
  public var scenario: GeneratorScenario
  /// Relative share of all episodes (normalised over the providers).
  public var share: Double
  /// Its sites; at least one in-house site, and an outsourced one unless the
  /// scenario is ``GeneratorScenario/noOutsourcing``.
  public var sites: [SiteSpec]

  /// Creates a provider.
  public init(name: String, scenario: GeneratorScenario, share: Double = 1, sites: [SiteSpec]) {
    self.name = name
    self.scenario = scenario
    self.share = share
    self.sites = sites
  }

  /// The default four providers, one per scenario, with equal shares:
  /// Northwind Broadband (hurting), Contoso Fiber (neutral),
  /// Fabrikam Cable (no-outsourcing) and Tailspin Telecom (harder-categories).
  public static let defaults: [ProviderSpec] = GeneratorScenario.allCases.map(standard(for:))

  /// A provider whose two outsourced sites differ: agents at Manila read the script as
  /// the hurting scenario's outsourced agents do, while Pune's behave like in-house
  /// (neutral). Its provider verdict mixes the two; the site verdicts (`--by site`) tell
  /// them apart. `callaudit generate --scenario split-sites`.
  public static let splitSites = ProviderSpec(
    name: "Adatum Broadband", scenario: .neutral,
    sites: [
      SiteSpec("Leeds", .inHouse),
      SiteSpec("Manila (BrightPath BPO)", .outsourced, behavesAs: .hurting),
      SiteSpec("Pune (Atlas Contact Services)", .outsourced),
    ])

  /// The name `--scenario` gives ``splitSites``.
  public static let splitSitesName = "split-sites"

  /// The default provider that demonstrates `scenario`.
  public static func standard(for scenario: GeneratorScenario) -> ProviderSpec {
    switch scenario {
    case .hurting:
      ProviderSpec(
        name: "Northwind Broadband", scenario: .hurting,
        sites: [
          SiteSpec("Leeds", .inHouse),
          SiteSpec("Cebu (BrightPath BPO)", .outsourced),
          SiteSpec("Cairo (BrightPath BPO)", .outsourced),
        ])
    case .neutral:
      ProviderSpec(
        name: "Contoso Fiber", scenario: .neutral,
        sites: [SiteSpec("Utrecht", .inHouse), SiteSpec("Lisbon (Atlas Contact Services)", .outsourced)])
    case .noOutsourcing:
      ProviderSpec(
        name: "Fabrikam Cable", scenario: .noOutsourcing,
        sites: [SiteSpec("Denver", .inHouse), SiteSpec("Tulsa", .inHouse)])
    case .harderCategories:
      ProviderSpec(
        name: "Tailspin Telecom", scenario: .harderCategories,
        sites: [SiteSpec("Cork", .inHouse), SiteSpec("Kraków (Nearshore Partners)", .outsourced)])
    }
  }
}
