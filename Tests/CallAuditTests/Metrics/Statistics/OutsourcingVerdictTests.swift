import Testing
@testable import CallAuditMetrics

@Suite("Outsourcing verdict rules")
struct OutsourcingVerdictTests {
  static func estimate(_ lower: Double, _ upper: Double) -> RiskRatioEstimate {
    RiskRatioEstimate(ratio: (lower * upper).squareRoot(), interval: lower...upper)
  }

  static func estimate(_ ratio: Double, _ lower: Double, _ upper: Double) -> RiskRatioEstimate {
    RiskRatioEstimate(ratio: ratio, interval: lower...upper)
  }

  static func decide(
    _ estimate: RiskRatioEstimate?, _ exposed: Int = 500, _ unexposed: Int = 500, margin: PracticalMargin = .standard
  ) -> OutsourcingVerdict {
    OutsourcingVerdict.decide(adjusted: estimate, exposedTotal: exposed, unexposedTotal: unexposed, margin: margin)
  }

  /// One stratum: `a` of `n1` outsourced and `c` of `n0` in-house contacts had the event.
  static func stratum(_ a: Int, _ n1: Int, _ c: Int, _ n0: Int, _ label: String = "all") -> StratumCounts {
    StratumCounts(label: label, exposedEvents: a, exposedTotal: n1, unexposedEvents: c, unexposedTotal: n0)
  }

  @Test("Arms need at least 30 contacts each")
  func minimumArm() {
    let clearHarm = Self.estimate(1.5, 2)
    #expect(Self.decide(clearHarm, 29, 500) == .noComparison)
    #expect(Self.decide(clearHarm, 500, 29) == .noComparison)
    #expect(Self.decide(clearHarm, 30, 30) == .hurting)
    #expect(Self.decide(clearHarm, 0, 0) == .noComparison)
  }

  @Test("No adjusted estimate means no comparison")
  func missingEstimate() {
    #expect(Self.decide(nil) == .noComparison)
  }

  @Test("Harm needs the lower bound strictly above 1; hurting needs the estimate strictly above the margin")
  func harmBoundaries() {
    #expect(Self.decide(Self.estimate(1.3, 1.0.nextUp, 1.6)) == .hurting)
    #expect(Self.decide(Self.estimate(1.3, 1.0, 1.6)) == .inconclusive)
    #expect(Self.decide(Self.estimate(1.1, 1.0, 1.2)) == .notHurting)
    #expect(Self.decide(Self.estimate(1.25.nextUp, 1.1, 1.4)) == .hurting)
    #expect(Self.decide(Self.estimate(1.25, 1.1, 1.4)) == .worseButSmall)
  }

  @Test("Real but small harm is worse-but-small, however far its interval reaches")
  func worseButSmall() {
    #expect(Self.decide(Self.estimate(1.04, 1.01, 1.08)) == .worseButSmall)
    #expect(Self.decide(Self.estimate(1.2, 1.01, 1.43)) == .worseButSmall)
  }

  @Test("Not hurting includes an upper bound of exactly the margin's high end")
  func upperBoundBoundary() {
    #expect(Self.decide(Self.estimate(0.8, 1.25)) == .notHurting)
    #expect(Self.decide(Self.estimate(0.8, 1.25.nextUp)) == .inconclusive)
    // Rules out harm beyond the margin although it reaches below 0.8: not hurting.
    #expect(Self.decide(Self.estimate(0.7, 1.1)) == .notHurting)
  }

  @Test("Better needs the upper bound strictly below 1 and the estimate strictly below the margin")
  func betterBoundaries() {
    #expect(Self.decide(Self.estimate(0.5, 0.3, 0.9)) == .better)
    #expect(Self.decide(Self.estimate(0.5, 0.3, 1.0)) == .notHurting)
    #expect(Self.decide(Self.estimate(0.8.nextDown, 0.7, 0.9)) == .better)
    // A real improvement too small to matter answers "does it hurt?" with no.
    #expect(Self.decide(Self.estimate(0.8, 0.7, 0.9)) == .notHurting)
    #expect(Self.decide(Self.estimate(0.95, 0.92, 0.98)) == .notHurting)
  }

  @Test("Custom minimum arm and margin are honoured")
  func customParameters() throws {
    let estimate = Self.estimate(0.9, 1.1)
    #expect(OutsourcingVerdict.decide(adjusted: estimate, exposedTotal: 99, unexposedTotal: 500, minimumArm: 100) == .noComparison)
    #expect(OutsourcingVerdict.decide(adjusted: estimate, exposedTotal: 100, unexposedTotal: 500, minimumArm: 100) == .notHurting)
    let narrow = try #require(PracticalMargin(symmetric: 1.05))
    #expect(Self.decide(estimate, margin: narrow) == .inconclusive)
    #expect(Self.decide(Self.estimate(1.08, 1.04, 1.12), margin: narrow) == .hurting)
    #expect(Self.decide(Self.estimate(1.08, 1.04, 1.12)) == .worseButSmall)
    let wide = try #require(PracticalMargin(low: 0.5, high: 2))
    #expect(Self.decide(Self.estimate(1.5, 1.2, 1.9), margin: wide) == .worseButSmall)
    #expect(Self.decide(Self.estimate(0.6, 0.4, 0.9), margin: wide) == .notHurting)
    #expect(Self.decide(Self.estimate(0.6, 0.4, 0.9)) == .better)
  }

  @Test("Raw values are the report's spellings, most severe first")
  func rawValues() {
    #expect(
      OutsourcingVerdict.allCases.map(\.rawValue)
        == ["hurting", "worse-but-small", "inconclusive", "not-hurting", "better", "no-comparison"])
    #expect(OutsourcingVerdict.allCases.map(\.severity) == Array(0..<6))
  }

  /// Each verdict from a 2×2 table whose ratio and interval follow from the counts
  /// (Katz interval of one stratum, which Mantel–Haenszel equals for one stratum).
  @Test("Constructed 2×2 tables reach every verdict", arguments: [
    // 30% against 10% of 1,000 each: 3.00× (2.44–3.70).
    ([Self.stratum(300, 1_000, 100, 1_000)], OutsourcingVerdict.hurting),
    // 12% against 10% of 2,000 each: 1.20× (1.005–1.43): real, estimate within the margin.
    ([Self.stratum(240, 2_000, 200, 2_000)], .worseButSmall),
    // 11% against 10% of 100,000 each: 1.10× (1.07–1.13).
    ([Self.stratum(11_000, 100_000, 10_000, 100_000)], .worseButSmall),
    // 15 against 10 of 100 each: 1.50× (0.71–3.18).
    ([Self.stratum(15, 100, 10, 100)], .inconclusive),
    // 10% each of 100,000: 1.00× (0.97–1.03).
    ([Self.stratum(10_000, 100_000, 10_000, 100_000)], .notHurting),
    // 9.5% against 10%: 0.95× (0.92–0.98): better, but by too little to matter.
    ([Self.stratum(9_500, 100_000, 10_000, 100_000)], .notHurting),
    // 10% against 30% of 1,000 each: 0.33× (0.27–0.41).
    ([Self.stratum(100, 1_000, 300, 1_000)], .better),
    // 29 outsourced contacts: below the minimum arm.
    ([Self.stratum(20, 29, 10, 1_000)], .noComparison),
    // No in-house events: the ratio is undefined.
    ([Self.stratum(20, 100, 0, 100)], .noComparison),
    // Two strata with the same ratio inside each: the adjusted verdict.
    ([Self.stratum(60, 200, 20, 200, "a"), Self.stratum(90, 300, 30, 300, "b")], .hurting),
  ])
  func constructedTables(strata: [StratumCounts], expected: OutsourcingVerdict) throws {
    let comparison = ArmComparison.compare(strata: strata)
    #expect(comparison.verdict == expected, "\(String(describing: comparison.adjusted))")
    if let adjusted = comparison.adjusted, expected != .noComparison {
      // The verdict agrees with the rule read off the estimate itself.
      #expect(Self.decide(adjusted, comparison.exposed.trials, comparison.unexposed.trials) == expected)
    }
  }

  @Test("The margin from the configuration reaches the verdict of a stratified comparison")
  func marginInComparison() throws {
    let strata = [Self.stratum(11_000, 100_000, 10_000, 100_000)]
    #expect(ArmComparison.compare(strata: strata).verdict == .worseButSmall)
    let narrow = try #require(PracticalMargin(parsing: "0.95,1.05"))
    #expect(ArmComparison.compare(strata: strata, margin: narrow).verdict == .hurting)
  }
}

@Suite("Margin of practical equivalence")
struct PracticalMarginTests {
  @Test("Parses LOW,HIGH and one ratio")
  func parsing() throws {
    #expect(PracticalMargin(parsing: "0.8,1.25") == .standard)
    #expect(PracticalMargin(parsing: "1.25") == .standard)
    #expect(PracticalMargin(parsing: "0.8") == .standard)
    #expect(PracticalMargin(parsing: " 0.9 , 1.5 ") == PracticalMargin(low: 0.9, high: 1.5))
    let third = try #require(PracticalMargin(parsing: "1.5"))
    #expect(third.low == 1 / 1.5 && third.high == 1.5)
    #expect(third.description == "0.667–1.50")
    #expect(PracticalMargin.standard.description == "0.80–1.25")
  }

  @Test("Refuses what is not a margin", arguments: [
    "", "1", "0", "-1.25", "1.25,0.8", "0.8,0.9", "1.1,1.25", "0,1.25", "0.8,", "a,b", "0.8,1.25,2", "nan", "inf",
  ])
  func refused(text: String) {
    #expect(PracticalMargin(parsing: text) == nil)
  }
}
