import Testing
@testable import CallAuditMetrics
@testable import CallAuditReporting

@Suite("Outsourced vs in-house comparison")
struct ArmComparisonTests {
  static func stratum(_ label: String, _ a: Int, _ n1: Int, _ c: Int, _ n0: Int) -> StratumCounts {
    StratumCounts(label: label, exposedEvents: a, exposedTotal: n1, unexposedEvents: c, unexposedTotal: n0)
  }

  @Test("Simpson's paradox: the crude ratio says hurting, the adjusted one does not")
  func simpsonsParadox() throws {
    let comparison = ArmComparison.compare(strata: [Self.stratum("easy", 20, 200, 80, 800), Self.stratum("hard", 400, 800, 100, 200)])
    #expect(comparison.exposed == Proportion(events: 420, trials: 1_000))
    #expect(comparison.unexposed == Proportion(events: 180, trials: 1_000))
    let crude = try #require(comparison.crude)
    #expect(StatisticsTolerance.isClose(crude.ratio, 420.0 / 180.0))
    let adjusted = try #require(comparison.adjusted)
    #expect(StatisticsTolerance.isClose(adjusted.ratio, 1))
    #expect(comparison.crudeVerdict == .hurting)
    #expect(comparison.verdict == .notHurting)
    #expect(comparison.crudeAndAdjustedDisagree)
    #expect(comparison.crudeDiffersMaterially)
    let sentence = OutsourcingSentence.make("P", Self.result(comparison))
    #expect(sentence.contains(
      "Unadjusted, the ratio would be 2.33× (2.01–2.71), which would read as hurting: the arms handle a different mix of issues"))
  }

  static func result(_ comparison: ArmComparison) -> OutsourcingResult {
    OutsourcingResult(metric: .scriptedUnresolved, comparison: comparison, stratifiedBy: "category", minimumArm: 30)
  }

  @Test("Nearly equal estimates whose intervals sit differently are not explained by the issue mix")
  func nearlyEqualEstimates() throws {
    // Crude 0.61× (0.37–0.99) lies below 1; adjusted 0.63× (0.39–1.01) spans it only for being wider.
    let comparison = ArmComparison.compare(strata: [Self.stratum("a", 15, 68, 34, 109), Self.stratum("b", 4, 67, 13, 94)])
    let crude = try #require(comparison.crude), adjusted = try #require(comparison.adjusted)
    #expect(crude.position == .below && adjusted.position == .spansOne)
    #expect(comparison.crudeAndAdjustedDisagree)
    #expect(!comparison.crudeDiffersMaterially)
    let sentence = OutsourcingSentence.make("P", Self.result(comparison))
    #expect(!sentence.contains("Unadjusted"), "\(sentence)")
    #expect(!sentence.contains("disagree"))
  }

  @Test("A material difference is more than 10% either way", arguments: [
    // Both arms spread alike over the strata: crude equals adjusted.
    ([stratum("a", 30, 100, 30, 100), stratum("b", 60, 100, 60, 100)], false),
    ([stratum("easy", 20, 200, 80, 800), stratum("hard", 400, 800, 100, 200)], true),
  ])
  func materialDifference(strata: [StratumCounts], material: Bool) throws {
    let comparison = ArmComparison.compare(strata: strata)
    let crude = try #require(comparison.crude), adjusted = try #require(comparison.adjusted)
    let factor = crude.ratio / adjusted.ratio
    #expect(comparison.crudeDiffersMaterially == material)
    #expect(comparison.crudeDiffersMaterially == (factor > 1.1 || factor < 1 / 1.1))
  }

  @Test("Rows keep input order, labels, per-stratum ratios and flags")
  func rows() throws {
    let strata = [
      Self.stratum("billing", 10, 100, 5, 100),
      Self.stratum("outage", 0, 12, 3, 40),
      Self.stratum("moving", 4, 50, 0, 0),
    ]
    let comparison = ArmComparison.compare(strata: strata)
    #expect(comparison.strata.map(\.label) == ["billing", "outage", "moving"])
    #expect(comparison.strata.map(\.counts) == strata)
    let billing = try #require(comparison.strata[0].riskRatio)
    #expect(StatisticsTolerance.isClose(billing.ratio, 2))
    #expect(comparison.strata[1].riskRatio == nil)  // no outsourced events
    #expect(comparison.strata.map(\.contributesToAdjusted) == [true, true, false])
    #expect(comparison.strata.map(\.isSparse) == [false, true, true])
    #expect(comparison.strata[0].exposed == Proportion(events: 10, trials: 100))
    #expect(comparison.adjusted == RiskRatio.mantelHaenszel(strata))
  }

  @Test("Agreeing crude and adjusted intervals are not flagged")
  func agreement() {
    let comparison = ArmComparison.compare(strata: [Self.stratum("a", 60, 200, 30, 200), Self.stratum("b", 45, 150, 20, 150)])
    #expect(comparison.crude?.position == .above)
    #expect(comparison.adjusted?.position == .above)
    #expect(!comparison.crudeAndAdjustedDisagree)
    #expect(!comparison.crudeDiffersMaterially)
    #expect(comparison.verdict == .hurting)
  }

  @Test("Small arms give no comparison even with an estimate")
  func smallArms() {
    let comparison = ArmComparison.compare(strata: [Self.stratum("a", 10, 29, 2, 200)])
    #expect(comparison.adjusted != nil)
    #expect(comparison.verdict == .noComparison)
    #expect(comparison.crudeVerdict == .noComparison)
  }

  @Test("No strata: nothing to compare")
  func noStrata() {
    let comparison = ArmComparison.compare(strata: [])
    #expect(comparison.crude == nil && comparison.adjusted == nil)
    #expect(comparison.verdict == .noComparison)
    #expect(!comparison.crudeAndAdjustedDisagree)
    #expect(comparison.exposed.value == nil)
  }
}
