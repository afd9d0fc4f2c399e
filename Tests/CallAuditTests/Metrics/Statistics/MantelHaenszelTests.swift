import Testing
@testable import CallAuditMetrics

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif


@Suite("Mantel–Haenszel risk ratio with the Greenland–Robins interval")
struct MantelHaenszelTests {
  static func stratum(_ a: Int, _ n1: Int, _ c: Int, _ n0: Int, _ label: String = "s") -> StratumCounts {
    StratumCounts(label: label, exposedEvents: a, exposedTotal: n1, unexposedEvents: c, unexposedTotal: n0)
  }

  @Test(
    "One stratum gives the crude ratio and the Katz interval",
    arguments: [(8, 106, 5, 120), (30, 204, 21, 205), (1, 3, 2, 50), (400, 1_000, 180, 700), (10, 10, 5, 10)])
  func singleStratumEqualsCrude(_ counts: (Int, Int, Int, Int)) throws {
    // For one stratum the Greenland–Robins variance reduces algebraically to
    // Katz's 1/a − 1/n1 + 1/c − 1/n0, so the two code paths must agree.
    let pooled = try #require(RiskRatio.mantelHaenszel([Self.stratum(counts.0, counts.1, counts.2, counts.3)]))
    let crude = try #require(RiskRatio.crude(exposedEvents: counts.0, exposedTotal: counts.1, unexposedEvents: counts.2, unexposedTotal: counts.3))
    #expect(StatisticsTolerance.isClose(pooled.ratio, crude.ratio))
    #expect(StatisticsTolerance.isClose(pooled.interval, crude.interval))
  }

  @Test("Strata sharing one risk ratio pool to that ratio")
  func commonRatio() throws {
    // Rates 0.10/0.05, 0.30/0.15 and 0.06/0.03: each stratum's ratio is 2.
    let estimate = try #require(RiskRatio.mantelHaenszel([Self.stratum(10, 100, 5, 100), Self.stratum(60, 200, 15, 100), Self.stratum(3, 50, 9, 300)]))
    #expect(StatisticsTolerance.isClose(estimate.ratio, 2))
    #expect(estimate.interval.contains(2))
  }

  @Test("Simpson's paradox: crude ratio 2.33, within-stratum ratio 1, pooled ratio 1")
  func simpsonsParadox() throws {
    // Outsourced sites get mostly the hard issue (50% repeat rate in both
    // arms), in-house mostly the easy one (10% in both arms).
    let strata = [Self.stratum(20, 200, 80, 800, "easy"), Self.stratum(400, 800, 100, 200, "hard")]
    let crude = try #require(RiskRatio.crude(exposedEvents: 420, exposedTotal: 1_000, unexposedEvents: 180, unexposedTotal: 1_000))
    #expect(crude.interval.lowerBound > 2)
    let pooled = try #require(RiskRatio.mantelHaenszel(strata))
    #expect(StatisticsTolerance.isClose(pooled.ratio, 1))
    // numpy evaluation of the Greenland–Robins formula (see `matchesPublishedData`).
    #expect(StatisticsTolerance.isClose(pooled.interval, 0.860206221746882...1.16251193576493, tolerance: 1e-11))
  }

  @Test("Rothman's Table 10-3 data: ratio and 90% and 95% intervals")
  func matchesPublishedData() throws {
    // Data: Rothman, Epidemiology: An Introduction (2nd ed.), Table 10-3
    // (tolbutamide vs placebo deaths by age; also the example of R's
    // fmsb::RRMH). Reference values from a throwaway numpy script evaluating
    // R = Σ a·n0/N, S = Σ c·n1/N, Var = Σ (n1·n0·(a+c) − a·c·N)/N² / (R·S)
    // directly on the table, z from scipy.stats.norm.ppf.
    let strata = [Self.stratum(8, 106, 5, 120, "<55"), Self.stratum(22, 98, 16, 85, "55+")]
    let ninety = try #require(RiskRatio.mantelHaenszel(strata, z: NormalQuantile.twoSided90))
    #expect(StatisticsTolerance.isClose(ninety.ratio, 1.325555324155))
    #expect(StatisticsTolerance.isClose(ninety.interval, 0.865753211722...2.029558647436, tolerance: 1e-11))
    let ninetyFive = try #require(RiskRatio.mantelHaenszel(strata))
    #expect(StatisticsTolerance.isClose(ninetyFive.interval, 0.797907040146...2.202132365035, tolerance: 1e-11))
  }

  @Test("Three unequal strata match the numpy reference")
  func threeStrata() throws {
    let strata = [Self.stratum(3, 20, 1, 25), Self.stratum(12, 60, 9, 70), Self.stratum(40, 150, 55, 300)]
    let estimate = try #require(RiskRatio.mantelHaenszel(strata))
    #expect(StatisticsTolerance.isClose(estimate.ratio, 1.517331345509))
    #expect(StatisticsTolerance.isClose(estimate.interval, 1.099645530659...2.093669594313, tolerance: 1e-11))
  }

  @Test("A stratum with no events in one arm still contributes")
  func zeroCellStratum() throws {
    // numpy reference, same script: strata 0/20 vs 2/20 and 5/40 vs 3/40.
    let estimate = try #require(RiskRatio.mantelHaenszel([Self.stratum(0, 20, 2, 20), Self.stratum(5, 40, 3, 40)]))
    #expect(StatisticsTolerance.isClose(estimate.ratio, 1))
    #expect(StatisticsTolerance.isClose(estimate.interval, 0.303552849988558...3.29431925952168, tolerance: 1e-11))
  }

  @Test("Strata with an empty arm change nothing")
  func emptyArmStrataIgnored() throws {
    let base = [Self.stratum(3, 20, 1, 25), Self.stratum(12, 60, 9, 70)]
    let withEmpty = base + [Self.stratum(7, 30, 0, 0), Self.stratum(0, 0, 4, 9), Self.stratum(0, 0, 0, 0)]
    #expect(RiskRatio.mantelHaenszel(base) == RiskRatio.mantelHaenszel(withEmpty))
  }

  @Test("Swapping arms inverts the ratio and its interval")
  func swapSymmetry() throws {
    let strata = [Self.stratum(3, 20, 1, 25), Self.stratum(12, 60, 9, 70), Self.stratum(40, 150, 55, 300)]
    let swapped = strata.map { Self.stratum($0.unexposedEvents, $0.unexposedTotal, $0.exposedEvents, $0.exposedTotal) }
    let forward = try #require(RiskRatio.mantelHaenszel(strata))
    let backward = try #require(RiskRatio.mantelHaenszel(swapped))
    #expect(StatisticsTolerance.isClose(forward.ratio, 1 / backward.ratio))
    #expect(StatisticsTolerance.isClose(forward.interval.lowerBound, 1 / backward.interval.upperBound))
  }

  @Test("Scaling every count by k keeps the ratio and shrinks the log-width by √k")
  func scaling() throws {
    let strata = [Self.stratum(3, 20, 1, 25), Self.stratum(12, 60, 9, 70), Self.stratum(40, 150, 55, 300)]
    let scaled = strata.map { Self.stratum($0.exposedEvents * 100, $0.exposedTotal * 100, $0.unexposedEvents * 100, $0.unexposedTotal * 100) }
    let small = try #require(RiskRatio.mantelHaenszel(strata))
    let large = try #require(RiskRatio.mantelHaenszel(scaled))
    #expect(StatisticsTolerance.isClose(small.ratio, large.ratio))
    let smallWidth = log(small.interval.upperBound / small.interval.lowerBound)
    let largeWidth = log(large.interval.upperBound / large.interval.lowerBound)
    #expect(StatisticsTolerance.isClose(smallWidth, largeWidth * 10, tolerance: 1e-9))
  }

  @Test("Arms of millions do not overflow")
  func largeCounts() throws {
    let estimate = try #require(RiskRatio.mantelHaenszel([Self.stratum(3_000_000, 9_000_000, 1_000_000, 8_000_000)]))
    #expect(StatisticsTolerance.isClose(estimate.ratio, (3.0 / 9) / (1.0 / 8)))
    #expect(estimate.interval.lowerBound < estimate.ratio && estimate.ratio < estimate.interval.upperBound)
  }

  @Test(
    "Undefined estimates are nil",
    arguments: [
      [],  // no strata
      [stratum(3, 10, 0, 0), stratum(0, 0, 2, 10)],  // no stratum has both arms
      [stratum(0, 10, 2, 10), stratum(0, 30, 5, 40)],  // no outsourced events: RR = 0
      [stratum(1, 10, 0, 10), stratum(4, 30, 0, 40)],  // no in-house events: RR = ∞
      [stratum(10, 10, 5, 5), stratum(0, 8, 0, 9)],  // all-or-none strata: variance 0
    ] as [[StratumCounts]])
  func undefined(_ strata: [StratumCounts]) {
    #expect(RiskRatio.mantelHaenszel(strata) == nil)
  }
}
