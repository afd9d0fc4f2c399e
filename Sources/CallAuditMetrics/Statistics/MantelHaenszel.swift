extension RiskRatio {
  /// Mantel–Haenszel (1959) risk ratio pooled over strata, with the
  /// Greenland & Robins (1985, Biometrics 41:55–68) variance of its log.
  ///
  /// With a, n1 (outsourced events, total), c, n0 (in-house events, total) and
  /// N = n1 + n0 in each stratum (Greenland & Rothman in *Modern
  /// Epidemiology*, 3rd ed., 2008, ch. 15, p. 275):
  /// ```
  /// R = Σ a·n0/N      S = Σ c·n1/N      RR_MH = R / S
  /// Var[ln RR_MH] = Σ (n1·n0·(a + c) − a·c·N) / N²  ÷  (R·S)
  /// interval = exp(ln RR_MH ± z·√Var)
  /// ```
  /// Each stratum compares the two arms within one issue mix, so a different
  /// issue mix between arms (Simpson's paradox) does not bias the pooled ratio
  /// as it biases the crude one. The variance stays valid both with many
  /// sparse strata and with few large ones, which is why it is used here.
  ///
  /// Strata where either arm has 0 trials compare nothing and contribute
  /// nothing (their terms are 0 anyway; they are skipped so N = 0 never
  /// divides). Strata with events in only one arm do contribute.
  ///
  /// Returns `nil` when the estimate is undefined: no stratum has both arms;
  /// R = 0 (no outsourced events in any contributing stratum, RR = 0) or S = 0
  /// (no in-house events, RR = ∞); or the variance is 0, which happens only
  /// when every contributing stratum has all or none of its contacts as events
  /// (no continuity correction; see the zero-cell policy on ``RiskRatio``).
  ///
  /// - Precondition: `z` finite and non-negative; every stratum's counts valid
  ///   (see ``StratumCounts/init(label:exposedEvents:exposedTotal:unexposedEvents:unexposedTotal:)``).
  public static func mantelHaenszel(_ strata: [StratumCounts], z: Double = NormalQuantile.twoSided95) -> RiskRatioEstimate? {
    precondition(z.isFinite && z >= 0, "z must be finite and non-negative")
    var r = 0.0  // Σ a·n0/N
    var s = 0.0  // Σ c·n1/N
    var p = 0.0  // Σ (n1·n0·(a + c) − a·c·N) / N²
    var contributing = 0
    for stratum in strata {
      precondition(
        stratum.exposedEvents >= 0 && stratum.exposedEvents <= stratum.exposedTotal
          && stratum.unexposedEvents >= 0 && stratum.unexposedEvents <= stratum.unexposedTotal,
        "stratum \(stratum.label): need 0 <= events <= total in each arm")
      guard stratum.hasBothArms else { continue }
      // Doubles: n1·n0·(a + c) overflows Int for arms of a few million.
      let a = Double(stratum.exposedEvents)
      let n1 = Double(stratum.exposedTotal)
      let c = Double(stratum.unexposedEvents)
      let n0 = Double(stratum.unexposedTotal)
      let n = n1 + n0
      r += a * n0 / n
      s += c * n1 / n
      // Rearranged as a·n1·(n0 − c) + c·n0·(n1 − a) this is a sum of
      // non-negative terms; computing it that way avoids cancellation.
      p += (a * n1 * (n0 - c) + c * n0 * (n1 - a)) / (n * n)
      contributing += 1
    }
    guard contributing > 0, r > 0, s > 0 else { return nil }
    return logNormalEstimate(ratio: r / s, logVariance: p / (r * s), z: z)
  }
}
