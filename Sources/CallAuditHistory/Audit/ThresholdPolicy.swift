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
  /// Fewest contacts behind a rate before it is judged; smaller samples are
  /// reported as not judged rather than guessed at.
  public var minimumContacts: Int

  /// Creates a policy.
  public init(defaults: ThresholdSet = ThresholdSet(), providers: [String: ThresholdSet] = [:], minimumContacts: Int = 30) {
    self.defaults = defaults
    self.providers = providers
    self.minimumContacts = minimumContacts
  }

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
