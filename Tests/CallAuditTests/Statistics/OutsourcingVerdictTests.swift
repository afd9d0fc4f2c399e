import Testing

@testable import CallAudit

@Suite("Outsourcing verdict rules")
struct OutsourcingVerdictTests {
  static func estimate(_ lower: Double, _ upper: Double) -> RiskRatioEstimate {
    RiskRatioEstimate(ratio: (lower * upper).squareRoot(), interval: lower...upper)
  }

  static func decide(_ estimate: RiskRatioEstimate?, _ exposed: Int = 500, _ unexposed: Int = 500) -> OutsourcingVerdict {
    OutsourcingVerdict.decide(adjusted: estimate, exposedTotal: exposed, unexposedTotal: unexposed)
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

  @Test("Hurting needs the lower bound strictly above 1")
  func lowerBoundBoundary() {
    #expect(Self.decide(Self.estimate(1.0.nextUp, 1.4)) == .hurting)
    #expect(Self.decide(Self.estimate(1.0, 1.4)) == .inconclusive)
    #expect(Self.decide(Self.estimate(1.0, 1.2)) == .notHurting)
  }

  @Test("Not hurting includes an upper bound of exactly 1.25")
  func upperBoundBoundary() {
    #expect(Self.decide(Self.estimate(0.8, 1.25)) == .notHurting)
    #expect(Self.decide(Self.estimate(0.8, 1.25.nextUp)) == .inconclusive)
    #expect(Self.decide(Self.estimate(0.3, 0.9)) == .notHurting)
  }

  @Test("Significant but small harm is reported as hurting")
  func hurtingTakesPrecedence() {
    #expect(Self.decide(Self.estimate(1.05, 1.2)) == .hurting)
  }

  @Test("Custom minimum arm and margin are honoured")
  func customParameters() {
    let estimate = Self.estimate(0.9, 1.1)
    #expect(OutsourcingVerdict.decide(adjusted: estimate, exposedTotal: 99, unexposedTotal: 500, minimumArm: 100) == .noComparison)
    #expect(OutsourcingVerdict.decide(adjusted: estimate, exposedTotal: 100, unexposedTotal: 500, minimumArm: 100) == .notHurting)
    #expect(OutsourcingVerdict.decide(adjusted: estimate, exposedTotal: 100, unexposedTotal: 500, nonInferiorityMargin: 1.05) == .inconclusive)
  }

  @Test("Raw values are the report's spellings")
  func rawValues() {
    #expect(OutsourcingVerdict.allCases.map(\.rawValue) == ["hurting", "not-hurting", "inconclusive", "no-comparison"])
  }
}
