/// A risk ratio (outsourced rate ÷ in-house rate) with its confidence interval.
public struct RiskRatioEstimate: Sendable, Hashable {
  /// The point estimate; 1 means equal risk, above 1 means more events when outsourced.
  public var ratio: Double
  /// The confidence interval (95% unless a different z was asked for).
  public var interval: ClosedRange<Double>

  /// Creates an estimate from a point value and its interval.
  public init(ratio: Double, interval: ClosedRange<Double>) {
    self.ratio = ratio
    self.interval = interval
  }

  /// Where the interval lies relative to 1 (no difference).
  public var position: RiskRatioPosition {
    if interval.lowerBound > 1 { return .above }
    if interval.upperBound < 1 { return .below }
    return .spansOne
  }
}

/// Where a risk-ratio interval lies relative to 1 (no difference between arms).
public enum RiskRatioPosition: String, Sendable, Hashable, CaseIterable {
  /// Entirely below 1: the outsourced arm has fewer events.
  case below
  /// Contains 1: no difference can be claimed at this confidence level.
  case spansOne = "spans-one"
  /// Entirely above 1: the outsourced arm has more events.
  case above
}
