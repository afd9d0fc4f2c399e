/// The answer to "does outsourced customer service hurt customers?", read off
/// the issue-mix-adjusted risk ratio (outsourced ÷ in-house rate of a bad
/// outcome such as an unresolved contact) and a margin of practical
/// equivalence (``PracticalMargin``, by default 0.8–1.25).
///
/// The cases are listed most severe first, the order reports list verdicts in
/// (``severity``).
public enum OutsourcingVerdict: String, Sendable, Hashable, CaseIterable {
  /// The adjusted interval lies wholly above 1 and the estimate beyond the
  /// margin: more bad outcomes when outsourced, by more than the margin.
  case hurting
  /// The adjusted interval lies wholly above 1 but the estimate is within the
  /// margin: outsourced contacts really do fare worse, by a difference smaller
  /// than the margin counts as mattering.
  case worseButSmall = "worse-but-small"
  /// The interval reaches beyond the margin's upper end and does not lie
  /// wholly above 1: harm beyond the margin can be neither shown nor ruled out.
  case inconclusive
  /// The interval includes 1 (or lies below it) and its upper bound is within
  /// the margin: any harm the data allow is smaller than the margin.
  case notHurting = "not-hurting"
  /// The adjusted interval lies wholly below 1 and the estimate beyond the
  /// margin's lower end: fewer bad outcomes when outsourced, by more than the margin.
  case better
  /// Too few contacts in an arm, or no estimate could be formed.
  case noComparison = "no-comparison"

  /// 0 for the most severe (`hurting`) up to 5 (`no-comparison`): the order
  /// reports list providers' verdicts in.
  public var severity: Int { Self.allCases.firstIndex(of: self)! }

  /// Applies the product's decision rules, in this order (docs/metrics.md):
  /// 1. `noComparison` when either arm (all outsourced contacts, all in-house
  ///    contacts) has fewer than `minimumArm` contacts, or `adjusted` is `nil`;
  /// 2. when the interval's lower bound is > 1 (strictly): `hurting` if the
  ///    estimate is above `margin.high` (strictly), else `worseButSmall`;
  /// 3. `better` when the interval's upper bound is < 1 (strictly) and the
  ///    estimate below `margin.low` (strictly);
  /// 4. `notHurting` when the upper bound is ≤ `margin.high` (inclusive);
  /// 5. `inconclusive` otherwise.
  ///
  /// The margin's two ends play mirrored parts: `high` separates real harm
  /// that matters from real harm too small to matter, `low` a real improvement
  /// that matters from one that does not. A real improvement too small to matter
  /// (interval below 1, estimate within the margin) gets no verdict of its own:
  /// it answers the question the verdict asks — does outsourcing hurt? — with
  /// no, so it is `notHurting`, while a real harm too small to matter is still
  /// harm and is named (`worseButSmall`), so a threshold can forbid it.
  ///
  /// `notHurting` is a non-inferiority judgement (harm beyond the margin is
  /// ruled out), not an equivalence one: an interval such as 0.70–1.10 rules out
  /// harm beyond 1.25 although it reaches below 0.8, and calling it
  /// `inconclusive` would answer a question about improvement that the
  /// verdict does not ask.
  ///
  /// - Parameters:
  ///   - adjusted: the Mantel–Haenszel estimate (95% interval), or `nil`.
  ///   - exposedTotal: all outsourced contacts, in every stratum.
  ///   - unexposedTotal: all in-house contacts, in every stratum.
  ///   - minimumArm: the smallest arm size that is compared (30 by default,
  ///     the usual floor below which rates are not displayed).
  ///   - margin: the margin of practical equivalence (0.8–1.25 by default).
  public static func decide(
    adjusted: RiskRatioEstimate?, exposedTotal: Int, unexposedTotal: Int,
    minimumArm: Int = 30, margin: PracticalMargin = .standard
  ) -> OutsourcingVerdict {
    guard exposedTotal >= minimumArm, unexposedTotal >= minimumArm, let adjusted else { return .noComparison }
    if adjusted.interval.lowerBound > 1 { return adjusted.ratio > margin.high ? .hurting : .worseButSmall }
    if adjusted.interval.upperBound < 1, adjusted.ratio < margin.low { return .better }
    if adjusted.interval.upperBound <= margin.high { return .notHurting }
    return .inconclusive
  }
}
