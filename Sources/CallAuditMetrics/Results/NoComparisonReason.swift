import CallAuditModel

/// Why a provider's outsourced and in-house contacts could not be compared on
/// a measure (the verdict is `no-comparison`); the first that applies, in the
/// order below.
public enum NoComparisonReason: Sendable, Hashable {
  /// No contact of the provider has a known sourcing: the export does not say,
  /// and no sites file (`--sites`) says it either.
  case noSourcing
  /// Every contact of known sourcing is in this one arm (`.inHouse` or
  /// `.outsourced`); the other has none.
  case oneArm(Sourcing)
  /// Both arms have contacts, but an arm has none the measure could be taken
  /// on; per arm, why (the group rate's `not_computed` sentence), `nil` for an
  /// arm that was measured.
  case notMeasured(outsourced: String?, inHouse: String?)
  /// Both arms were measured, but an arm has fewer measured contacts than the
  /// minimum (30 by default).
  case smallArm
  /// The arms never handle the same issue (no stratum has both), so nothing
  /// can be compared like with like.
  case noSharedStratum
  /// The strata both arms share hold no event in one arm (`outsourced` and
  /// `inHouse` count the events there), or every one of them holds all events
  /// or none, so the ratio or its interval cannot be estimated.
  case tooFewEvents(outsourced: Int, inHouse: Int)

  /// The reason's name in the JSON report (`no_comparison_reason`).
  public var code: String {
    switch self {
    case .noSourcing: "no-sourcing"
    case .oneArm: "one-arm"
    case .notMeasured: "not-measured"
    case .smallArm: "small-arm"
    case .noSharedStratum: "no-shared-stratum"
    case .tooFewEvents: "too-few-events"
    }
  }

  /// Why `result` has no comparison, given its provider's sourcing groups;
  /// `nil` when it has one.
  package static func of(_ result: OutsourcingResult, groups: [GroupReport]) -> NoComparisonReason? {
    let comparison = result.comparison
    guard comparison.verdict == .noComparison else { return nil }
    let arms = ArmContacts(groups)
    if arms.outsourced == 0 && arms.inHouse == 0 { return .noSourcing }
    if arms.outsourced == 0 { return .oneArm(.inHouse) }
    if arms.inHouse == 0 { return .oneArm(.outsourced) }
    return ofMeasured(result) { sourcing in
      groups.first { $0.sourcing == sourcing }?.rate(result.metric.rate)?.notComputed ?? "nothing to measure"
    }
  }

  /// Why `result`, whose two arms both have contacts, has no comparison; `why` says why an
  /// arm had none that could be measured.
  package static func ofMeasured(_ result: OutsourcingResult, why: (Sourcing) -> String) -> NoComparisonReason {
    let comparison = result.comparison
    let exposed = comparison.exposed.trials, unexposed = comparison.unexposed.trials
    if exposed == 0 || unexposed == 0 {
      return .notMeasured(
        outsourced: exposed == 0 ? why(.outsourced) : nil, inHouse: unexposed == 0 ? why(.inHouse) : nil)
    }
    if min(exposed, unexposed) < result.minimumArm { return .smallArm }
    let shared = comparison.strata.filter(\.contributesToAdjusted)
    if shared.isEmpty { return .noSharedStratum }
    return .tooFewEvents(
      outsourced: shared.reduce(0) { $0 + $1.counts.exposedEvents },
      inHouse: shared.reduce(0) { $0 + $1.counts.unexposedEvents })
  }
}

/// A provider's contacts by sourcing, whether a comparison could measure them or not.
public struct ArmContacts: Sendable, Hashable {
  /// Outsourced contacts.
  public var outsourced: Int
  /// In-house contacts.
  public var inHouse: Int
  /// Contacts of unknown sourcing, which no comparison counts.
  public var unknown: Int

  /// Creates the counts.
  public init(outsourced: Int, inHouse: Int, unknown: Int) {
    self.outsourced = outsourced
    self.inHouse = inHouse
    self.unknown = unknown
  }

  /// The counts of a provider's sourcing groups.
  public init(_ groups: [GroupReport]) {
    func contacts(_ sourcing: Sourcing) -> Int { groups.first { $0.sourcing == sourcing }?.contacts ?? 0 }
    self.init(outsourced: contacts(.outsourced), inHouse: contacts(.inHouse), unknown: contacts(.unknown))
  }
}
