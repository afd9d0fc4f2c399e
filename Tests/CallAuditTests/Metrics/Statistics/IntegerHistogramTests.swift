import Testing
@testable import CallAuditMetrics

@Suite("Integer histogram quantiles")
struct IntegerHistogramTests {
  /// SplitMix64, so the random inputs are the same on every run and platform.
  struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// The nearest-rank quantile at q = numerator/denominator straight from the
  /// definition, on a sorted array with exact integer arithmetic:
  /// the k-th smallest value, k = max(1, ⌈numerator·n/denominator⌉).
  static func sortedReference(_ sorted: [Int], _ numerator: Int, _ denominator: Int) -> Int {
    let rank = max(1, (numerator * sorted.count + denominator - 1) / denominator)
    return sorted[rank - 1]
  }

  static func randomValues(count: Int, range: ClosedRange<Int>, seed: UInt64) -> [Int] {
    var generator = SeededGenerator(state: seed)
    return (0..<count).map { _ in Int.random(in: range, using: &generator) }
  }

  @Test("Quantiles equal the sorted-array definition", arguments: [1, 2, 3, 4, 7, 30, 100, 1_001, 5_000])
  func matchesSortedArray(_ size: Int) {
    // A narrow range forces many ties, a wide one mostly distinct values.
    for range in [0...5, 0...3_600] {
      let values = Self.randomValues(count: size, range: range, seed: UInt64(size) &* 31 &+ UInt64(range.upperBound))
      let histogram = IntegerHistogram(values)
      let sorted = values.sorted()
      #expect(histogram.count == size)
      for denominator in [2, 3, 4, 10, 20, 100] {
        for numerator in 0...denominator {
          let q = Double(numerator) / Double(denominator)
          #expect(histogram.quantile(q) == Self.sortedReference(sorted, numerator, denominator), "q = \(numerator)/\(denominator), n = \(size)")
        }
      }
    }
  }

  @Test("Minimum, lower median and maximum of 1…4")
  func smallExample() {
    let histogram = IntegerHistogram([4, 1, 3, 2])
    #expect(histogram.quantile(0) == 1)
    #expect(histogram.quantile(0.5) == 2)
    #expect(histogram.quantile(0.75) == 3)
    #expect(histogram.quantile(0.76) == 4)
    #expect(histogram.quantile(1) == 4)
  }

  @Test("Decimal levels are not pushed up a rank by binary rounding")
  func decimalLevels() {
    let histogram = IntegerHistogram(1...30)
    // 0.1·30 and 0.7·30 are not exact in binary; ranks 3 and 21 are meant.
    #expect(histogram.quantile(0.1) == 3)
    #expect(histogram.quantile(0.7) == 21)
    #expect(histogram.quantile(0.9) == 27)
  }

  @Test("Merging equals adding everything to one histogram")
  func merge() {
    let values = Self.randomValues(count: 2_000, range: 0...900, seed: 42)
    var first = IntegerHistogram(values[..<700])
    let second = IntegerHistogram(values[700...])
    first.merge(second)
    let whole = IntegerHistogram(values)
    #expect(first == whole)
    #expect(first.count == 2_000)
    let sorted = values.sorted()
    for numerator in 0...20 {
      #expect(first.quantile(Double(numerator) / 20) == Self.sortedReference(sorted, numerator, 20))
    }
    var empty = IntegerHistogram()
    empty.merge(whole)
    #expect(empty == whole)
  }

  @Test("Memory is one entry per distinct value")
  func boundedMemory() {
    var histogram = IntegerHistogram()
    for index in 0..<10_000 { histogram.add(index % 17) }
    histogram.add(5, occurrences: 1_000)
    histogram.add(6, occurrences: 0)
    #expect(histogram.distinctValueCount == 17)
    #expect(histogram.count == 11_000)
  }

  @Test("Several quantiles at once agree with one at a time")
  func batch() {
    let histogram = IntegerHistogram(Self.randomValues(count: 500, range: 0...60, seed: 7))
    let levels = [0.9, 0, 0.5, 0.25, 1, 0.99]
    #expect(histogram.quantiles(levels) == levels.map { histogram.quantile($0) })
  }

  @Test("An empty histogram has no quantiles")
  func empty() {
    let histogram = IntegerHistogram()
    #expect(histogram.count == 0)
    #expect(histogram.quantile(0.5) == nil)
    #expect(histogram.quantiles([0, 1]) == [nil, nil])
  }

  @Test("A level outside 0…1 is a programming error")
  func rejectsBadLevel() async {
    await #expect(processExitsWith: .failure) {
      _ = IntegerHistogram([1, 2, 3]).quantile(1.5)
    }
  }
}
