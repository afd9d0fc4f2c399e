import Testing
@testable import CallAuditMetrics

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif


@Suite("Crude risk ratio (Katz interval)")
struct RiskRatioTests {
  @Test("Matches a numpy evaluation of the Katz formula")
  func matchesReference() throws {
    // Pooled counts of Rothman's Table 10-3 (30/204 vs 21/205). Reference from
    // numpy: rr = (a/n1)/(c/n0), se = sqrt(1/a − 1/n1 + 1/c − 1/n0),
    // rr·exp(∓ norm.ppf(0.975)·se).
    let estimate = try #require(RiskRatio.crude(exposedEvents: 30, exposedTotal: 204, unexposedEvents: 21, unexposedTotal: 205))
    #expect(StatisticsTolerance.isClose(estimate.ratio, 1.435574229692))
    #expect(StatisticsTolerance.isClose(estimate.interval, 0.851022073680...2.421645022724, tolerance: 1e-11))
  }

  @Test("Equal rates give a ratio of 1 with an interval around it")
  func equalRates() throws {
    let estimate = try #require(RiskRatio.crude(exposedEvents: 10, exposedTotal: 100, unexposedEvents: 20, unexposedTotal: 200))
    #expect(StatisticsTolerance.isClose(estimate.ratio, 1))
    #expect(estimate.interval.contains(1))
    #expect(estimate.position == .spansOne)
  }

  @Test("Swapping the arms inverts the ratio and its interval")
  func swapSymmetry() throws {
    let forward = try #require(RiskRatio.crude(exposedEvents: 12, exposedTotal: 80, unexposedEvents: 30, unexposedTotal: 90))
    let backward = try #require(RiskRatio.crude(exposedEvents: 30, exposedTotal: 90, unexposedEvents: 12, unexposedTotal: 80))
    #expect(StatisticsTolerance.isClose(forward.ratio, 1 / backward.ratio))
    #expect(StatisticsTolerance.isClose(forward.interval.lowerBound, 1 / backward.interval.upperBound))
    #expect(StatisticsTolerance.isClose(forward.interval.upperBound, 1 / backward.interval.lowerBound))
  }

  @Test(
    "Undefined ratios are nil: empty arm, no events in an arm, every trial an event",
    arguments: [
      (0, 0, 3, 10), (3, 10, 0, 0), (0, 10, 3, 10), (3, 10, 0, 10), (0, 10, 0, 10), (10, 10, 20, 20),
    ])
  func undefined(_ counts: (Int, Int, Int, Int)) {
    #expect(RiskRatio.crude(exposedEvents: counts.0, exposedTotal: counts.1, unexposedEvents: counts.2, unexposedTotal: counts.3) == nil)
  }

  @Test("One arm with every trial an event is still defined")
  func oneSaturatedArm() throws {
    // Var = (1/10 − 1/10) + (1/5 − 1/10) = 0.1, so the interval is
    // 2·exp(±1.959963984540054·√0.1), worked by hand from the Katz formula.
    let estimate = try #require(RiskRatio.crude(exposedEvents: 10, exposedTotal: 10, unexposedEvents: 5, unexposedTotal: 10))
    #expect(StatisticsTolerance.isClose(estimate.ratio, 2))
    let margin = 1.959963984540054 * 0.1.squareRoot()
    #expect(StatisticsTolerance.isClose(estimate.interval, (2 * exp(-margin))...(2 * exp(margin))))
  }

  @Test("Positions relative to 1")
  func positions() {
    #expect(RiskRatioEstimate(ratio: 1.5, interval: 1.1...2).position == .above)
    #expect(RiskRatioEstimate(ratio: 0.5, interval: 0.3...0.9).position == .below)
    #expect(RiskRatioEstimate(ratio: 1, interval: 1...1.3).position == .spansOne)
    #expect(RiskRatioEstimate(ratio: 1, interval: 0.7...1).position == .spansOne)
  }
}
