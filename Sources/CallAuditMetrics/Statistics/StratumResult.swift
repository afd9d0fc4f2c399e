/// One stratum's row in an ``ArmComparison``: its counts, each arm's rate and
/// the stratum's own crude risk ratio.
public struct StratumResult: Sendable, Hashable {
  /// The stratum's display name (from ``StratumCounts/label``).
  public var label: String
  /// The stratum's 2×2 table.
  public var counts: StratumCounts
  /// The stratum's crude risk ratio with a 95% Katz interval, or `nil` when
  /// undefined (an arm with no contacts or no events; see ``RiskRatio``).
  public var riskRatio: RiskRatioEstimate?
  /// Whether the stratum enters the Mantel–Haenszel estimate (both arms have
  /// contacts).
  public var contributesToAdjusted: Bool
  /// Whether either arm has fewer contacts than the comparison's minimum arm
  /// size; such a row's rates and ratio are too noisy to read on their own
  /// (grey it out), although the stratum still counts in the pooled estimate.
  public var isSparse: Bool

  /// Creates a row from a stratum's counts.
  public init(counts: StratumCounts, riskRatio: RiskRatioEstimate?, contributesToAdjusted: Bool, isSparse: Bool) {
    self.label = counts.label
    self.counts = counts
    self.riskRatio = riskRatio
    self.contributesToAdjusted = contributesToAdjusted
    self.isSparse = isSparse
  }

  /// The outsourced arm's rate in this stratum.
  public var exposed: Proportion { counts.exposed }
  /// The in-house arm's rate in this stratum.
  public var unexposed: Proportion { counts.unexposed }
}
