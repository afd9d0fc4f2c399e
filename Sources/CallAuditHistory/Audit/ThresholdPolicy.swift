import CallAuditMetrics
import CallAuditReporting

/// The limits an audit checks after each run, with per-provider overrides.
public struct ThresholdPolicy: Sendable, Equatable {
  /// The limits that apply to every provider.
  public var defaults: ThresholdSet
  /// Limits that replace the defaults for one provider, key by key.
  public var providers: [String: ThresholdSet]
  /// The configuration line naming each provider in `providers`, for messages.
  public var providerLines: [String: Int] = [:]
  /// Limits for single sites, by provider and site name (`thresholds.providers.<p>.sites`).
  /// A site is checked against the keys named for it alone, never the provider's or the
  /// defaults', so that naming a site adds only its own limits (docs/cron.md).
  public var sites: [String: [String: SiteLimits]] = [:]
  /// Fewest contacts behind a rate before it is judged; smaller samples are
  /// reported as not judged rather than guessed at.
  public var minimumContacts: Int

  /// Creates a policy.
  public init(defaults: ThresholdSet = ThresholdSet(), providers: [String: ThresholdSet] = [:], minimumContacts: Int = 30) {
    self.defaults = defaults
    self.providers = providers
    self.minimumContacts = minimumContacts
  }

  /// Whether any site is named: only then does an audit measure its sites.
  public var namesSites: Bool { sites.values.contains { !$0.isEmpty } }

  /// The limits for `provider`: its overrides laid over the defaults.
  public func limits(for provider: String) -> ThresholdSet {
    guard let override = providers[provider] else { return defaults }
    var merged = defaults
    for (metric, limit) in override.maximumRates { merged.maximumRates[metric] = limit }
    if let minimum = override.minimumFCR { merged.minimumFCR = minimum }
    if let verdicts = override.forbiddenVerdicts { merged.forbiddenVerdicts = verdicts }
    return merged
  }
}

/// The limits of one site, with the configuration lines messages name.
public struct SiteLimits: Sendable, Equatable {
  /// The keys named for the site; no other key is checked on it.
  public var limits: ThresholdSet
  /// The line naming the site.
  public var line: Int?
  /// The line of its `forbid_verdict`, when it has one.
  public var forbidVerdictLine: Int?

  /// Creates a site's limits.
  public init(limits: ThresholdSet, line: Int? = nil, forbidVerdictLine: Int? = nil) {
    self.limits = limits
    self.line = line
    self.forbidVerdictLine = forbidVerdictLine
  }
}

/// One set of limits.
public struct ThresholdSet: Sendable, Equatable {
  /// Breach when a provider's rate is above the limit (all sourcing groups together).
  public var maximumRates: [RateMeasure.Name: Double]
  /// Breach when first-contact resolution is below this.
  public var minimumFCR: Double?
  /// Breach when the outsourcing verdict (scripted-and-unresolved, stratified) is one of these;
  /// `nil` leaves the defaults' choice in place.
  public var forbiddenVerdicts: Set<OutsourcingVerdict>?

  /// Creates a set of limits.
  public init(
    maximumRates: [RateMeasure.Name: Double] = [:], minimumFCR: Double? = nil,
    forbiddenVerdicts: Set<OutsourcingVerdict>? = nil
  ) {
    self.maximumRates = maximumRates
    self.minimumFCR = minimumFCR
    self.forbiddenVerdicts = forbiddenVerdicts
  }

  /// Whether no limit is set.
  public var isEmpty: Bool { maximumRates.isEmpty && minimumFCR == nil && (forbiddenVerdicts ?? []).isEmpty }
}
