/// The difference of two independent proportions with Newcombe's hybrid score
/// interval (Newcombe 1998, method 10), built from each proportion's Wilson
/// interval. Better behaved than the Wald interval near 0 and 1 and for small
/// counts, which is where provider comparisons usually live.
public struct ProportionDifference: Sendable, Hashable {
  /// p₁ − p₂.
  public var difference: Double
  /// The 95% interval of the difference.
  public var interval: ClosedRange<Double>

  /// The difference `first − second`, or `nil` when either has no trials.
  public init?(_ first: Proportion, _ second: Proportion) {
    guard let p1 = first.value, let p2 = second.value,
      let w1 = first.wilsonInterval(), let w2 = second.wilsonInterval()
    else { return nil }
    difference = p1 - p2
    let below = ((p1 - w1.lowerBound) * (p1 - w1.lowerBound) + (w2.upperBound - p2) * (w2.upperBound - p2)).squareRoot()
    let above = ((w1.upperBound - p1) * (w1.upperBound - p1) + (p2 - w2.lowerBound) * (p2 - w2.lowerBound)).squareRoot()
    interval = (difference - below)...(difference + above)
  }

  /// Whether the interval excludes 0: the two proportions clearly differ.
  public var isClear: Bool { interval.lowerBound > 0 || interval.upperBound < 0 }
}
