/// The full outsourced-versus-in-house comparison: pooled rates, crude and
/// issue-mix-adjusted risk ratios, per-stratum rows and the verdict.
public struct ArmComparison: Sendable, Hashable {
  /// All outsourced contacts and their events, summed over strata.
  public var exposed: Proportion
  /// All in-house contacts and their events, summed over strata.
  public var unexposed: Proportion
  /// The crude risk ratio of the pooled counts (95% Katz interval); confounded
  /// when the arms handle different issue mixes, so shown only beside `adjusted`.
  public var crude: RiskRatioEstimate?
  /// The Mantel–Haenszel risk ratio over strata (95% Greenland–Robins
  /// interval); the verdict is read from this one.
  public var adjusted: RiskRatioEstimate?
  /// One row per input stratum, in input order.
  public var strata: [StratumResult]
  /// The verdict from `adjusted` (see ``OutsourcingVerdict/decide(adjusted:exposedTotal:unexposedTotal:minimumArm:margin:)``).
  public var verdict: OutsourcingVerdict
  /// The verdict the same rules would give from `crude`: what a reader who
  /// ignored the issue mix would conclude.
  public var crudeVerdict: OutsourcingVerdict
  /// Whether adjusting for the issue mix changes what can be said about a
  /// difference at all.
  ///
  /// Rule: each 95% interval is classed as wholly below 1, spanning 1, or
  /// wholly above 1 (``RiskRatioEstimate/position``); the flag is `true` when
  /// crude and adjusted are both defined and their classes differ. Examples:
  /// crude [1.3, 1.9] against adjusted [0.9, 1.2] (harm appears only because of
  /// the issue mix), or crude [0.6, 0.8] against adjusted [1.1, 1.4] (Simpson's
  /// paradox reversing the sign). It is `false` when either is undefined.
  /// The interval rule is used rather than a change-in-estimate percentage so
  /// the flag fires exactly when a "significant / not significant" reading of
  /// the crude number would be wrong.
  public var crudeAndAdjustedDisagree: Bool

  /// Compares the outsourced (exposed) arm with the in-house (unexposed) arm.
  ///
  /// - Parameters:
  ///   - strata: the 2×2 table of each stratum (issue category × channel, …).
  ///     Pass a single stratum for an unstratified comparison.
  ///   - minimumArm: the smallest arm size compared, for the verdict (whole
  ///     arms) and for marking sparse strata.
  ///   - margin: the margin of practical equivalence; see ``OutsourcingVerdict``.
  public static func compare(
    strata: [StratumCounts], minimumArm: Int = 30, margin: PracticalMargin = .standard
  ) -> ArmComparison {
    var exposedEvents = 0, exposedTotal = 0, unexposedEvents = 0, unexposedTotal = 0
    for stratum in strata {
      exposedEvents += stratum.exposedEvents
      exposedTotal += stratum.exposedTotal
      unexposedEvents += stratum.unexposedEvents
      unexposedTotal += stratum.unexposedTotal
    }
    let crude = RiskRatio.crude(
      exposedEvents: exposedEvents, exposedTotal: exposedTotal,
      unexposedEvents: unexposedEvents, unexposedTotal: unexposedTotal)
    let adjusted = RiskRatio.mantelHaenszel(strata)
    let rows = strata.map { stratum in
      StratumResult(
        counts: stratum,
        riskRatio: RiskRatio.crude(stratum),
        contributesToAdjusted: stratum.hasBothArms,
        isSparse: stratum.exposedTotal < minimumArm || stratum.unexposedTotal < minimumArm)
    }
    func verdict(_ estimate: RiskRatioEstimate?) -> OutsourcingVerdict {
      OutsourcingVerdict.decide(
        adjusted: estimate, exposedTotal: exposedTotal, unexposedTotal: unexposedTotal,
        minimumArm: minimumArm, margin: margin)
    }
    var disagree = false
    if let crude, let adjusted { disagree = crude.position != adjusted.position }
    return ArmComparison(
      exposed: Proportion(events: exposedEvents, trials: exposedTotal),
      unexposed: Proportion(events: unexposedEvents, trials: unexposedTotal),
      crude: crude, adjusted: adjusted, strata: rows,
      verdict: verdict(adjusted), crudeVerdict: verdict(crude),
      crudeAndAdjustedDisagree: disagree)
  }
}
