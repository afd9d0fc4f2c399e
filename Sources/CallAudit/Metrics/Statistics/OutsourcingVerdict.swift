/// The answer to "does outsourced customer service hurt customers?", read off
/// the issue-mix-adjusted risk ratio (outsourced ÷ in-house rate of a bad
/// outcome such as an unresolved contact).
public enum OutsourcingVerdict: String, Sendable, Hashable, CaseIterable {
  /// The adjusted interval lies wholly above 1: more bad outcomes when outsourced.
  case hurting
  /// The adjusted interval's upper bound is within the non-inferiority margin:
  /// any harm the data allow is smaller than the margin.
  case notHurting = "not-hurting"
  /// The interval is compatible both with no harm and with harm beyond the margin.
  case inconclusive
  /// Too few contacts in an arm, or no estimate could be formed.
  case noComparison = "no-comparison"

  /// Applies the product's decision rules, in this order:
  /// 1. `noComparison` when either arm (all outsourced contacts, all in-house
  ///    contacts) has fewer than `minimumArm` contacts, or `adjusted` is `nil`;
  /// 2. `hurting` when the adjusted interval's lower bound is > 1 (strictly);
  /// 3. `notHurting` when its upper bound is ≤ `nonInferiorityMargin` (inclusive);
  /// 4. `inconclusive` otherwise.
  ///
  /// Rule 2 comes before rule 3 on purpose: an interval such as [1.05, 1.20]
  /// shows harm that is real though small, and that is reported as harm.
  ///
  /// - Parameters:
  ///   - adjusted: the Mantel–Haenszel estimate (95% interval), or `nil`.
  ///   - exposedTotal: all outsourced contacts, in every stratum.
  ///   - unexposedTotal: all in-house contacts, in every stratum.
  ///   - minimumArm: the smallest arm size that is compared (30 by default,
  ///     the usual floor below which rates are not displayed).
  ///   - nonInferiorityMargin: the largest risk ratio still counted as "not
  ///     hurting" (1.25 by default: at most 25% more bad outcomes).
  public static func decide(
    adjusted: RiskRatioEstimate?, exposedTotal: Int, unexposedTotal: Int,
    minimumArm: Int = 30, nonInferiorityMargin: Double = 1.25
  ) -> OutsourcingVerdict {
    guard exposedTotal >= minimumArm, unexposedTotal >= minimumArm, let adjusted else { return .noComparison }
    if adjusted.interval.lowerBound > 1 { return .hurting }
    if adjusted.interval.upperBound <= nonInferiorityMargin { return .notHurting }
    return .inconclusive
  }
}
