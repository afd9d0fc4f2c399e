/// Floating-point comparison for the statistics tests.
enum StatisticsTolerance {
  /// Whether `actual` is within a relative `tolerance` of `expected`
  /// (absolute near zero, so 0 compares sensibly).
  static func isClose(_ actual: Double, _ expected: Double, tolerance: Double = 1e-12) -> Bool {
    abs(actual - expected) <= tolerance * max(1, abs(expected))
  }

  /// Whether both bounds of `actual` are close to `expected`.
  static func isClose(_ actual: ClosedRange<Double>?, _ expected: ClosedRange<Double>, tolerance: Double = 1e-12) -> Bool {
    guard let actual else { return false }
    return isClose(actual.lowerBound, expected.lowerBound, tolerance: tolerance)
      && isClose(actual.upperBound, expected.upperBound, tolerance: tolerance)
  }
}
