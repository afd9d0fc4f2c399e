/// Quantiles of the standard normal distribution used as interval multipliers.
///
/// Only fixed values are needed (no inverse-CDF routine), so they are stored to
/// full `Double` precision rather than computed.
public enum NormalQuantile {
  /// z for a two-sided 95% interval: the 0.975 quantile of N(0, 1),
  /// `scipy.stats.norm.ppf(0.975)` = 1.959963984540054 (not the rounded 1.96,
  /// so results match statistical software to the last digit).
  public static let twoSided95: Double = 1.959963984540054
  /// z for a two-sided 90% interval: the 0.95 quantile of N(0, 1),
  /// `scipy.stats.norm.ppf(0.95)`.
  public static let twoSided90: Double = 1.6448536269514722
}
