/// Exact quantiles of integer values (handle times in seconds, …) from a
/// counting histogram.
///
/// Memory is one entry per distinct value, not per observation, so a day of
/// contacts whose handle times span a few thousand distinct seconds stays
/// small; two histograms built on separate inputs merge exactly. Any `Int` is
/// accepted; the values in this tool are non-negative.
public struct IntegerHistogram: Sendable, Hashable, Codable {
  /// Occurrences of each distinct value.
  private var occurrences: [Int: Int] = [:]
  /// How many values were added, counting repeats.
  public private(set) var count: Int = 0

  /// Creates an empty histogram.
  public init() {}

  /// Creates a histogram holding every value of `values`.
  public init<Values: Sequence>(_ values: Values) where Values.Element == Int {
    for value in values { add(value) }
  }

  /// Adds one observation of `value`.
  public mutating func add(_ value: Int) {
    add(value, occurrences: 1)
  }

  /// Adds `occurrences` observations of `value` at once.
  ///
  /// - Precondition: `occurrences >= 0`.
  public mutating func add(_ value: Int, occurrences times: Int) {
    precondition(times >= 0, "cannot add a negative number of occurrences")
    guard times > 0 else { return }
    occurrences[value, default: 0] += times
    count += times
  }

  /// Adds every observation of `other`, as if its values had been added here.
  public mutating func merge(_ other: IntegerHistogram) {
    for (value, times) in other.occurrences { add(value, occurrences: times) }
  }

  /// How many distinct values have been seen (the memory footprint).
  public var distinctValueCount: Int { occurrences.count }

  /// The q-quantile by the nearest-rank method; `nil` when empty.
  ///
  /// Definition, with n = ``count``: the smallest added value v such that at
  /// least k = max(1, ⌈q·n⌉) added values are ≤ v. So q = 0 gives the minimum,
  /// q = 1 the maximum, and q = 0.5 the lower median (for n = 4, the 2nd
  /// smallest). The result is always one of the added values, never an
  /// interpolation, which keeps "p90 handle time = 412 s" literally true of a
  /// contact.
  ///
  /// Because a decimal q such as 0.1 is not exact in binary, q·n is snapped to
  /// the nearest integer when it lies within a relative 1e-12 of it before the
  /// ceiling is taken: 0.1 × 30 gives rank 3, not 4 (binary 0.1 being slightly
  /// above one tenth would otherwise push the rank up).
  ///
  /// - Precondition: `0 <= q <= 1`.
  public func quantile(_ q: Double) -> Int? {
    quantiles([q])[0]
  }

  /// Several quantiles with one sort of the distinct values; each is defined as
  /// in ``quantile(_:)``. Returns one element per `q`, all `nil` when empty.
  ///
  /// - Precondition: every `q` is in `0...1`.
  public func quantiles(_ qs: [Double]) -> [Int?] {
    for q in qs { precondition((0.0...1.0).contains(q), "quantile level must be in 0...1, got \(q)") }
    guard count > 0 else { return qs.map { _ in nil } }
    let values = occurrences.keys.sorted()
    // cumulative[i] = how many added values are ≤ values[i]; strictly increasing.
    var cumulative: [Int] = []
    cumulative.reserveCapacity(values.count)
    var running = 0
    for value in values {
      running += occurrences[value, default: 0]
      cumulative.append(running)
    }
    return qs.map { q in
      let rank = Self.nearestRank(q, count: count)
      // Binary search for the first index whose cumulative count reaches rank.
      var low = 0
      var high = cumulative.count - 1
      while low < high {
        let middle = (low + high) / 2
        if cumulative[middle] >= rank { high = middle } else { low = middle + 1 }
      }
      return values[low]
    }
  }

  /// max(1, ⌈q·n⌉) with q·n snapped to a nearby integer first (see
  /// ``quantile(_:)``), kept within 1...n.
  package static func nearestRank(_ q: Double, count n: Int) -> Int {
    let product = q * Double(n)
    let nearest = product.rounded()
    let snapped = abs(product - nearest) <= 1e-12 * max(1, product) ? nearest : product.rounded(.up)
    return min(n, max(1, Int(snapped)))
  }
}
