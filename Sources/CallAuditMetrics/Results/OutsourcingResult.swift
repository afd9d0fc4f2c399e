import CallAuditModel

/// One provider's outsourced-versus-in-house comparison on one measure.
public struct OutsourcingResult: Sendable {
  /// The measures compared between arms.
  public enum Metric: String, Sendable, Hashable, CaseIterable, Codable {
    case scriptedUnresolved = "scripted_unresolved"
    case `repeat`
    case churnRisk = "churn_risk"

    /// The measure's name in a sentence.
    public var label: String {
      switch self {
      case .scriptedUnresolved: "scripted-and-unresolved contacts"
      case .repeat: "repeat contacts"
      case .churnRisk: "churn risk"
      }
    }

    /// The group rate counting the same events over the same contacts.
    public var rate: RateMeasure.Name {
      switch self {
      case .scriptedUnresolved: .scriptedUnresolved
      case .repeat: .repeat
      case .churnRisk: .churnRisk
      }
    }

    /// How the measure reads in a sentence: "as likely to …".
    public var phrase: String {
      switch self {
      case .scriptedUnresolved: "end scripted and unresolved"
      case .repeat: "have to contact again"
      case .churnRisk: "end at risk of leaving"
      }
    }
  }

  /// What is compared.
  public var metric: Metric
  /// Pooled rates, crude and adjusted ratios, strata and the verdict.
  public var comparison: ArmComparison
  /// What the strata are made of, e.g. "category × channel".
  public var stratifiedBy: String
  /// Fewest contacts each arm needed for a verdict.
  public var minimumArm: Int
  /// The margin of practical equivalence the verdict was read with.
  public var margin: PracticalMargin = .standard
  /// The provider's contacts by sourcing, measured on this comparison or not.
  public var arms = ArmContacts(outsourced: 0, inHouse: 0, unknown: 0)
  /// Why there is no comparison, when the verdict is `no-comparison`.
  public var noComparison: NoComparisonReason?

  /// Fills in ``arms`` and ``noComparison`` from the provider's sourcing groups.
  package mutating func describeArms(_ groups: [GroupReport]) {
    arms = ArmContacts(groups)
    noComparison = NoComparisonReason.of(self, groups: groups)
  }
}

extension OutsourcingResult.Metric: CaseIndexed {
  /// Hashed by case (``CaseIndexed``), not by raw value.
  public func hash(into hasher: inout Hasher) { hasher.combine(caseIndex) }

  package var caseIndex: UInt8 {
    switch self {
    case .scriptedUnresolved: 0
    case .repeat: 1
    case .churnRisk: 2
    }
  }
}
