#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Risk ratios comparing the outsourced (exposed) arm with the in-house
/// (unexposed) arm: the crude ratio here, the stratified Mantel–Haenszel ratio
/// in `MantelHaenszel.swift`.
///
/// Zero-cell policy (both estimators): no continuity correction is ever added.
/// When an arm has no events the ratio is 0 or infinite and the log-scale
/// variance is infinite, so the result is `nil` ("undefined") rather than a
/// number produced by an arbitrary +0.5 that would move the point estimate and
/// could flip a verdict. The per-arm Wilson intervals stay meaningful and
/// should be shown instead.
public enum RiskRatio {
  /// Crude (unstratified) risk ratio `(a/n1) / (c/n0)` with the Katz et al.
  /// (1978, Biometrics 34:469–474) log-scale interval:
  /// `Var[ln RR] = 1/a − 1/n1 + 1/c − 1/n0`,
  /// interval `exp(ln RR ± z·√Var)`.
  ///
  /// Returns `nil` when the ratio or its interval is undefined:
  /// - either arm has no trials (`n1 == 0` or `n0 == 0`);
  /// - either arm has no events (`a == 0`: RR = 0; `c == 0`: RR = ∞ or 0/0);
  ///   see the zero-cell policy on ``RiskRatio``;
  /// - every trial in both arms is an event (`a == n1` and `c == n0`): RR = 1
  ///   but the variance is 0, and a zero-width interval would claim certainty
  ///   the data cannot give.
  ///
  /// - Precondition: counts non-negative, events ≤ their arm's total; `z` finite
  ///   and non-negative.
  public static func crude(
    exposedEvents a: Int, exposedTotal n1: Int, unexposedEvents c: Int, unexposedTotal n0: Int,
    z: Double = NormalQuantile.twoSided95
  ) -> RiskRatioEstimate? {
    precondition(a >= 0 && a <= n1 && c >= 0 && c <= n0, "risk ratio needs 0 <= events <= total in each arm")
    precondition(z.isFinite && z >= 0, "z must be finite and non-negative")
    guard n1 > 0, n0 > 0, a > 0, c > 0 else { return nil }
    // Doubles throughout: products of large counts would overflow Int.
    let (da, dn1, dc, dn0) = (Double(a), Double(n1), Double(c), Double(n0))
    let ratio = (da / dn1) / (dc / dn0)
    // Each arm's term 1/x − 1/n is ≥ 0; it is 0 only when x == n.
    let variance = (1 / da - 1 / dn1) + (1 / dc - 1 / dn0)
    return logNormalEstimate(ratio: ratio, logVariance: variance, z: z)
  }

  /// The crude risk ratio of one stratum's table; see
  /// ``crude(exposedEvents:exposedTotal:unexposedEvents:unexposedTotal:z:)``.
  public static func crude(_ stratum: StratumCounts, z: Double = NormalQuantile.twoSided95) -> RiskRatioEstimate? {
    crude(
      exposedEvents: stratum.exposedEvents, exposedTotal: stratum.exposedTotal,
      unexposedEvents: stratum.unexposedEvents, unexposedTotal: stratum.unexposedTotal, z: z)
  }

  /// Builds `ratio` with the interval `exp(ln ratio ± z·√logVariance)`, or
  /// `nil` when the ratio is not a positive finite number or the variance is
  /// not positive and finite (the interval would be meaningless).
  package static func logNormalEstimate(ratio: Double, logVariance: Double, z: Double) -> RiskRatioEstimate? {
    guard ratio.isFinite, ratio > 0, logVariance.isFinite, logVariance > 0 else { return nil }
    let margin = z * logVariance.squareRoot()
    let logRatio = log(ratio)
    return RiskRatioEstimate(ratio: ratio, interval: exp(logRatio - margin)...exp(logRatio + margin))
  }
}
