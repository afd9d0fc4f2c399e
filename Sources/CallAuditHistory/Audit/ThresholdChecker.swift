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
    var breaches: [ThresholdBreach] = []
    var notJudged: [String] = []
    for provider in run.providers {
      let limits = policy.limits(for: provider.name)
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
        guard let rate = provider.rates[name], let value = rate.value, rate.trials >= policy.minimumContacts else {
          let trials = provider.rates[name]?.trials ?? 0
          notJudged.append(
            "\(provider.name): \(key) not judged, \(trials) contacts behind it (fewer than \(policy.minimumContacts))")
          continue
        }
        let broken = limit.isMaximum ? value > limit.value : value < limit.value
        guard broken else { continue }
        let relation = limit.isMaximum ? "above" : "below"
        breaches.append(
          ThresholdBreach(
            provider: provider.name, key: key,
            message: "\(provider.name): \(name.rawValue) rate \(Self.percent(value)) "
              + "(\(rate.events) of \(rate.trials)) is \(relation) the limit \(Self.percent(limit.value))"))
      }
      if let forbidden = limits.forbiddenVerdicts, let verdict = provider.verdicts[.scriptedUnresolved],
        forbidden.contains(verdict)
      {
        breaches.append(
          ThresholdBreach(
            provider: provider.name, key: ThresholdKeys.forbidVerdict,
            message: "\(provider.name): outsourcing verdict on scripted-and-unresolved contacts is '\(verdict.rawValue)', "
              + "which the configuration forbids"))
      }
    }
    return (breaches, notJudged)
  }

  static func percent(_ value: Double) -> String {
    let tenths = (value * 1000).rounded()
    return "\(Int(tenths) / 10).\(Int(tenths) % 10)%"
  }
}
