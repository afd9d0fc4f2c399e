import CallAuditMetrics
import CallAuditReporting

/// Compares a run's figures with the configured limits.
public struct ThresholdChecker: Sendable {
  /// The limits.
  public var policy: ThresholdPolicy

  /// Creates a checker.
  public init(policy: ThresholdPolicy) { self.policy = policy }

  /// The breaches of `run`, and the limits left unjudged for want of contacts.
  public func check(_ run: RunSnapshot) -> (breaches: [ThresholdBreach], notJudged: [String]) {
    var result = Findings()
    for provider in run.providers {
      let limits = policy.limits(for: provider.name)
      result.checkRates(provider.rates, against: limits, provider: provider.name, site: nil, minimum: policy.minimumContacts)
      if let forbidden = limits.forbiddenVerdicts, let verdict = provider.verdicts[.scriptedUnresolved],
        forbidden.contains(verdict)
      {
        result.breaches.append(
          ThresholdBreach(
            provider: provider.name, key: ThresholdKeys.forbidVerdict,
            message: "\(provider.name): outsourcing verdict on scripted-and-unresolved contacts is '\(verdict.rawValue)', "
              + "which the configuration forbids"))
      }
      for (name, site) in (policy.sites[provider.name] ?? [:]).sorted(by: { $0.key < $1.key }) {
        result.check(site: name, of: provider, against: site.limits, minimum: policy.minimumContacts)
      }
    }
    return (result.breaches, result.notJudged)
  }

  static func percent(_ value: Double) -> String {
    let tenths = (value * 1000).rounded()
    return "\(Int(tenths) / 10).\(Int(tenths) % 10)%"
  }
}

/// What checking finds: the limits broken, and those not judged.
private struct Findings {
  var breaches: [ThresholdBreach] = []
  var notJudged: [String] = []

  /// The words each line about `provider`, or its `site`, starts with ("Northwind
  /// Broadband", "Northwind Broadband / Manila").
  private static func label(_ provider: String, _ site: String?) -> String {
    site.map { "\(provider) / \($0)" } ?? provider
  }

  /// Checks the rate limits of `limits` on the `rates` of `provider`, or of its `site`.
  mutating func checkRates(
    _ rates: [RateMeasure.Name: Proportion], against limits: ThresholdSet, provider: String, site: String?,
    minimum: Int
  ) {
    let label = Self.label(provider, site)
    for name in RateMeasure.Name.allCases {
      let limit: (value: Double, isMaximum: Bool)
      if name == .fcr {
        guard let minimum = limits.minimumFCR else { continue }
        limit = (minimum, false)
      } else {
        guard let maximum = limits.maximumRates[name] else { continue }
        limit = (maximum, true)
      }
      let key = name == .fcr ? ThresholdKeys.minimumFCR : ThresholdKeys.maximum(name)
      guard let rate = rates[name], let value = rate.value, rate.trials >= minimum else {
        let trials = rates[name]?.trials ?? 0
        notJudged.append("\(label): \(key) not judged, \(trials) contacts behind it (fewer than \(minimum))")
        continue
      }
      let broken = limit.isMaximum ? value > limit.value : value < limit.value
      guard broken else { continue }
      let relation = limit.isMaximum ? "above" : "below"
      breaches.append(
        ThresholdBreach(
          provider: provider, site: site, key: key,
          message: "\(label): \(name.rawValue) rate \(ThresholdChecker.percent(value)) "
            + "(\(rate.events) of \(rate.trials)) is \(relation) the limit \(ThresholdChecker.percent(limit.value))"))
    }
  }

  /// Checks one site's limits: only the keys named for it. The configuration check has made
  /// sure the site is the provider's in the history, and outsourced there when its verdict
  /// is limited (``AuditRunner``); the window may still hold none of its contacts.
  mutating func check(site name: String, of provider: ProviderSnapshot, against limits: ThresholdSet, minimum: Int) {
    let label = Self.label(provider.name, name)
    let site = provider.site(name)
    checkRates(site?.rates ?? [:], against: limits, provider: provider.name, site: name, minimum: minimum)
    guard let forbidden = limits.forbiddenVerdicts, !forbidden.isEmpty else { return }
    guard let verdict = site?.verdicts[.scriptedUnresolved] else {
      notJudged.append(
        "\(label): \(ThresholdKeys.forbidVerdict) not judged, none of the site's contacts in the window "
          + "was handled by outsourced staff, so it has no site verdict")
      return
    }
    guard forbidden.contains(verdict) else { return }
    breaches.append(
      ThresholdBreach(
        provider: provider.name, site: name, key: ThresholdKeys.forbidVerdict,
        message: "\(label): site verdict against in-house on scripted-and-unresolved contacts is '\(verdict.rawValue)', "
          + "which the configuration forbids"))
  }
}
