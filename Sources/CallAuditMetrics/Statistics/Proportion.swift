/// A count of events out of trials, with its Wilson score interval.
///
/// Used for every per-arm and per-stratum rate (repeat-contact rate, …) that is
/// shown to a reader, so each rate carries its own uncertainty.
public struct Proportion: Sendable, Hashable {
  /// How many trials had the event (e.g. contacts followed by a repeat).
  public var events: Int
  /// How many trials there were (e.g. contacts).
  public var trials: Int

  /// Creates a proportion of `events` out of `trials`.
  ///
  /// - Precondition: `0 <= events <= trials`. Counts come from counting, so a
  ///   violation is a bug upstream, not bad input to be tolerated.
  public init(events: Int, trials: Int) {
    precondition(events >= 0 && events <= trials, "Proportion needs 0 <= events <= trials, got \(events) of \(trials)")
    self.events = events
    self.trials = trials
  }

  /// `events / trials`, or `nil` when there are no trials (a rate of nothing is
  /// not zero, it is unknown).
  public var value: Double? {
    guard trials > 0 else { return nil }
    return Double(events) / Double(trials)
  }

  /// The Wilson (1927) score interval for the underlying rate; `nil` when there
  /// are no trials.
  ///
  /// With p̂ = events/trials and n = trials:
  /// `center = (p̂ + z²/2n) / (1 + z²/n)`,
  /// `half = z·√(p̂(1−p̂)/n + z²/4n²) / (1 + z²/n)`,
  /// interval = `[center − half, center + half]` clamped to `[0, 1]`.
  /// The bound at 0 (no events) or 1 (all events) is set exactly, because in
  /// exact arithmetic it is exact and rounding should not move it.
  ///
  /// Wilson rather than the Wald `p̂ ± z·√(p̂(1−p̂)/n)` interval because Wald
  /// collapses to a point at 0 or n events and undercovers for small n or rates
  /// near 0 or 1 (Brown, Cai & DasGupta 2001; Newcombe 1998, method 3).
  ///
  /// - Parameter z: the normal quantile for the confidence level; the default is
  ///   ``NormalQuantile/twoSided95``. Must be finite and non-negative.
  public func wilsonInterval(confidence z: Double = NormalQuantile.twoSided95) -> ClosedRange<Double>? {
    precondition(z.isFinite && z >= 0, "z must be finite and non-negative")
    guard trials > 0, events >= 0, events <= trials else { return nil }
    let n = Double(trials)
    let p = Double(events) / n
    let z2 = z * z
    let denominator = 1 + z2 / n
    let center = (p + z2 / (2 * n)) / denominator
    let half = z * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot() / denominator
    let lower = events == 0 ? 0 : max(0, center - half)
    let upper = events == trials ? 1 : min(1, center + half)
    return lower...upper
  }
}
