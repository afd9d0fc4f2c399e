/// Every provider's contacts broken down by the dimensions asked for (`--by`):
/// one cell per provider and combination of values, each with the headline rates.
public struct BreakdownReport: Sendable {
  /// The dimensions, in the order asked; a cell has one value per dimension.
  public var dimensions: [BreakdownDimension]
  /// Cells with fewer contacts are too small: listed with their counts, not ranked.
  public var minimumContacts: Int
  /// Most distinct cells kept.
  public var cellLimit: Int
  /// The contacts hold more distinct cells than ``cellLimit``: none is listed.
  public var exceeded: Bool
  /// Agents are shown by the id the export gives (`--show-agents`), not by a pseudonym.
  public var agentsNamed: Bool
  /// Cells by provider name; within a provider, in time order when a dimension is a
  /// period, else the cells of at least ``minimumContacts`` ranked by their
  /// scripted-and-unresolved rate, highest first, then the small ones (docs/metrics.md).
  public var cells: [BreakdownCell]

  /// The headline rates every cell carries, in order.
  public static let rateNames: [RateMeasure.Name] = [.scriptedUnresolved, .unresolved, .repeat, .churnRisk]
}

/// One cell of a breakdown.
public struct BreakdownCell: Sendable {
  /// The provider the contacts belong to.
  public var provider: String
  /// One value per dimension of the breakdown.
  public var values: [Value]
  public var contacts: Int
  /// Of the contacts, those handled by outsourced and in-house staff (the rest: unknown).
  public var outsourced: Int
  public var inHouse: Int
  /// Scripted-and-unresolved contacts, and those of them followed by churn risk.
  public var flagged: Int
  public var lost: Int
  /// ``BreakdownReport/rateNames``, each with its Wilson interval.
  public var rates: [RateMeasure]
  /// Fewer contacts than the breakdown's minimum: not ranked.
  public var tooSmall: Bool

  /// A cell's value on one dimension.
  public struct Value: Sendable, Hashable, Codable {
    /// The site, team, channel or category name, the agent (a pseudonym unless agents
    /// are named), the period (`2025-W07`, `2025-03`), or what stands for a value the
    /// export does not give.
    public var label: String
    /// Whether the export gave a value.
    public var given: Bool

    /// Creates a value.
    public init(label: String, given: Bool) {
      self.label = label
      self.given = given
    }
  }

  /// The rate named `name`.
  public func rate(_ name: RateMeasure.Name) -> RateMeasure? { rates.first { $0.name == name } }
}

/// One outsourced site of a provider against the provider's in-house contacts,
/// stratified as the provider's own comparison is.
public struct SiteComparison: Sendable {
  /// The site as the export names it; `nil` for the outsourced contacts that name none.
  public var site: String?
  /// The site's contacts.
  public var contacts: Int
  /// On scripted-and-unresolved contacts: the site's verdict.
  public var outsourcing: OutsourcingResult
  /// On repeat contacts and churn risk.
  public var alsoCompared: [OutsourcingResult]
}

extension BreakdownTally {
  /// The headline rates, as a sourcing group's (``GroupTally/rates(names:)``) but with
  /// short reasons: a cell is one slice of a group whose reasons the report gives.
  var rates: [RateMeasure] {
    func rate(_ name: RateMeasure.Name, _ events: Int, _ trials: Int, _ why: String) -> RateMeasure {
      RateMeasure(name: name, proportion: Proportion(events: events, trials: trials), notComputed: trials > 0 ? nil : why)
    }
    return [
      rate(.scriptedUnresolved, flagged, scriptKnown, "no agent text to score"),
      rate(.unresolved, unresolved, unresolvedKnown, "nothing shows whether a contact was resolved"),
      rate(.repeat, repeats, repeatKnown, "no contact's repeat status is known"),
      rate(.churnRisk, churnRisk, churnKnown, "no transcript text, category or resolution code"),
    ]
  }
}

/// One site of a provider — its contacts whatever their sourcing — with every rate a
/// provider has, counted by the same rules (``SiteRatesCollector``): what an audit's
/// limits per site are checked against (docs/cron.md).
public struct SiteRates: Sendable {
  /// The site as the export names it; `nil` for the contacts that name none.
  public var site: String?
  /// The site's contacts.
  public var contacts: Int
  /// Of the contacts, those handled by outsourced and by in-house staff (the rest: unknown).
  public var outsourced: Int
  public var inHouse: Int
  /// Each rate of ``RateMeasure/Name``, as a sourcing group's (``GroupReport/rates``).
  public var rates: [RateMeasure]

  /// The rate named `name`.
  public func rate(_ name: RateMeasure.Name) -> RateMeasure? { rates.first { $0.name == name } }
}
