import Testing

@testable import CallAudit

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
