/// The draws the generator needs, written out so that their results depend on
/// nothing but the generator's 64-bit outputs and IEEE-754 arithmetic.
extension Xoshiro256StarStar {
  /// A uniform integer in `0..<bound` (Lemire's multiply-high; the bias is below 2⁻⁴⁰
  /// for the bounds used here). `bound` must be positive.
  mutating func below(_ bound: Int) -> Int {
    Int(UInt64(bound).multipliedFullWidth(by: next()).high)
  }

  /// A uniform integer in `range`.
  mutating func int(in range: ClosedRange<Int>) -> Int {
    range.lowerBound + below(range.upperBound - range.lowerBound + 1)
  }

  /// A uniform `Double` in `[0, 1)` with 53 random bits.
  mutating func unit() -> Double {
    Double(next() &>> 11) * 0x1p-53
  }

  /// `true` with probability `p`.
  mutating func chance(_ p: Double) -> Bool {
    unit() < p
  }

  /// A uniformly chosen element of a non-empty array.
  mutating func pick<Element>(_ elements: [Element]) -> Element {
    elements[below(elements.count)]
  }

  /// An approximately standard normal value: the Irwin–Hall sum of four
  /// uniforms, rescaled. Enough for "log-normal-ish" durations, and free of
  /// `log`/`cos`, whose last bit differs between C libraries.
  mutating func roughNormal() -> Double {
    let sum = unit() + unit() + unit() + unit()
    return (sum - 2) * 1.732_050_807_568_877_2
  }

  /// A log-normal-ish positive value with the given median and log-scale spread.
  mutating func logNormal(median: Double, sigma: Double) -> Double {
    median * DeterministicMath.exp(sigma * roughNormal())
  }

  /// `count` distinct indices from `0..<bound` in the order drawn
  /// (a partial Fisher–Yates); `count` is clamped to `bound`.
  mutating func distinctIndices(_ count: Int, below bound: Int) -> [Int] {
    var pool = Array(0..<bound)
    let taken = min(count, bound)
    for i in 0..<taken {
      let j = i + below(bound - i)
      pool.swapAt(i, j)
    }
    return Array(pool[0..<taken])
  }
}

/// Cumulative weights for drawing an index in proportion to its weight.
struct WeightedChoice: Sendable {
  private let cumulative: [Double]

  /// Creates a choice over non-negative weights with a positive sum.
  init(_ weights: [Double]) {
    var running = 0.0
    cumulative = weights.map { weight in
      running += max(0, weight)
      return running
    }
  }

  /// Draws an index; ties and rounding resolve to the last index with weight.
  func draw(_ rng: inout Xoshiro256StarStar) -> Int {
    guard let total = cumulative.last, total > 0 else { return 0 }
    let target = rng.unit() * total
    var low = 0, high = cumulative.count - 1
    while low < high {
      let middle = (low + high) / 2
      if cumulative[middle] > target { high = middle } else { low = middle + 1 }
    }
    return low
  }
}
