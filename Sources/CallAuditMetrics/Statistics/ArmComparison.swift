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
  /// Whether the crude and adjusted intervals sit differently relative to 1
  /// (``RiskRatioEstimate/position``: wholly below, spanning, wholly above);
  /// `false` when either is undefined.
  ///
  /// This alone does not mean the issue mix moves the estimate: two nearly
  /// equal estimates (0.50 and 0.48) can sit differently only because the
  /// stratified interval is wider. Reports explain the crude figure only when
  /// ``crudeDiffersMaterially``.
  public var crudeAndAdjustedDisagree: Bool
  /// Whether the crude and adjusted estimates differ materially: by more than
  /// ``materialDifference`` (10%) either way, so that
  /// crude ÷ adjusted lies outside 1/1.1–1.1 (0.909–1.1); `false` when either
  /// is undefined.
  ///
  /// The crude and Mantel–Haenszel ratios are equal whenever both arms spread
  /// their contacts over the strata in the same proportions; they differ only
  /// when the arms handle a different mix of issues (or one arm handles an
  /// issue the other never sees). A change of more than 10% is the usual
  /// change-in-estimate criterion for a confounder worth adjusting for
  /// (Greenland 1989, Am J Public Health 79:340–349; Maldonado & Greenland
  /// 1993, Am J Epidemiol 138:923–936).
  public var crudeDiffersMaterially: Bool

  /// The largest factor by which the crude estimate may differ from the
  /// adjusted one, either way, without being reported: 1.1.
  public static let materialDifference = 1.1

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
    var disagree = false, material = false
    if let crude, let adjusted {
      disagree = crude.position != adjusted.position
      let factor = crude.ratio / adjusted.ratio
      material = factor > materialDifference || factor < 1 / materialDifference
    }
    return ArmComparison(
      exposed: Proportion(events: exposedEvents, trials: exposedTotal),
      unexposed: Proportion(events: unexposedEvents, trials: unexposedTotal),
      crude: crude, adjusted: adjusted, strata: rows,
      verdict: verdict(adjusted), crudeVerdict: verdict(crude),
      crudeAndAdjustedDisagree: disagree, crudeDiffersMaterially: material)
  }
}
