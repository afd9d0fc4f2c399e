import Testing
@testable import CallAuditMetrics

@Suite("Proportion and its Wilson interval")
struct ProportionTests {
  /// Reference limits computed independently of the closed form: with scipy
  /// 1.17 (`optimize.brentq`), solving the score-test boundary
  /// (p̂ − p)² = z²·p(1 − p)/n for p on each side of p̂, z = norm.ppf(0.975).
  /// They agree to 4 decimals with the worked examples of Newcombe (1998),
  /// Stat Med 17:857–872, method 3 (score interval without continuity
  /// correction): 0/20: 0–0.1611; 1/29: 0.0061–0.1718;
  /// 81/263: 0.2553–0.3662; 15/148: 0.0624–0.1605.
  static let references: [(events: Int, trials: Int, lower: Double, upper: Double)] = [
    (0, 10, 0, 0.277532799862889),
    (5, 10, 0.236593090512564, 0.763406909487436),
    (81, 263, 0.255288519878274, 0.3662095769828),
    (15, 148, 0.0623863995307363, 0.160487241723308),
    (0, 20, 0, 0.161125158052819),
    (1, 29, 0.00611321429276266, 0.171755218793203),
    (10, 10, 0.722467200137111, 1),
    (1, 1, 0.206549314377237, 1),
    (3, 1_000_000, 1.02027124096812e-06, 8.82114977431244e-06),
  ]

  @Test("95% Wilson limits match root-finding references", arguments: references.indices)
  func wilsonMatchesReference(_ index: Int) {
    let reference = Self.references[index]
    let interval = Proportion(events: reference.events, trials: reference.trials).wilsonInterval()
    #expect(StatisticsTolerance.isClose(interval, reference.lower...reference.upper, tolerance: 1e-11))
  }

  @Test("90% Wilson limits for 81 of 263 match the root-finding reference")
  func wilsonNinetyPercent() {
    // Same scipy root-finding, with z = norm.ppf(0.95).
    let interval = Proportion(events: 81, trials: 263).wilsonInterval(confidence: NormalQuantile.twoSided90)
    #expect(StatisticsTolerance.isClose(interval, 0.263313617188481...0.356566349608488, tolerance: 1e-11))
  }

  @Test("Bounds at 0 and 1 are exact when no or all trials are events")
  func exactBoundsAtTheEdges() throws {
    let none = try #require(Proportion(events: 0, trials: 7).wilsonInterval())
    #expect(none.lowerBound == 0)
    let all = try #require(Proportion(events: 7, trials: 7).wilsonInterval())
    #expect(all.upperBound == 1)
  }

  @Test("The interval contains p̂, stays in [0, 1] and narrows as n grows")
  func intervalShape() throws {
    var previousWidth = Double.infinity
    for trials in [10, 100, 1_000, 10_000] {
      let proportion = Proportion(events: trials * 3 / 10, trials: trials)
      let interval = try #require(proportion.wilsonInterval())
      let p = try #require(proportion.value)
      #expect(interval.contains(p))
      #expect(interval.lowerBound >= 0 && interval.upperBound <= 1)
      let width = interval.upperBound - interval.lowerBound
      #expect(width < previousWidth)
      previousWidth = width
    }
  }

  @Test("z = 0 collapses the interval onto p̂")
  func zeroZ() {
    let interval = Proportion(events: 3, trials: 12).wilsonInterval(confidence: 0)
    #expect(StatisticsTolerance.isClose(interval, 0.25...0.25))
  }

  @Test("No trials: value and interval are nil")
  func emptyProportion() {
    let empty = Proportion(events: 0, trials: 0)
    #expect(empty.value == nil)
    #expect(empty.wilsonInterval() == nil)
  }

  @Test("The value is events over trials")
  func value() {
    #expect(Proportion(events: 1, trials: 4).value == 0.25)
    #expect(Proportion(events: 0, trials: 4).value == 0)
  }

  @Test("More events than trials is a programming error")
  func rejectsImpossibleCounts() async {
    await #expect(processExitsWith: .failure) {
      _ = Proportion(events: 3, trials: 2)
    }
  }
}
