// Stand-in until Statistics/ lands; deleted then.
public struct IntegerHistogram: Sendable, Hashable {
  var values: [Int: Int] = [:]
  public init() {}
  public mutating func add(_ value: Int) { values[value, default: 0] += 1 }
  public mutating func merge(_ other: IntegerHistogram) { for (k, v) in other.values { values[k, default: 0] += v } }
  public var count: Int { values.values.reduce(0, +) }
  public func quantile(_ q: Double) -> Int? {
    let n = count; guard n > 0 else { return nil }
    let rank = max(1, Int((q * Double(n)).rounded(.up)))
    var seen = 0
    for (k, v) in values.sorted(by: { $0.key < $1.key }) { seen += v; if seen >= rank { return k } }
    return nil
  }
}
public struct Proportion: Sendable, Hashable {
  public var events: Int
  public var trials: Int
  public init(events: Int, trials: Int) { self.events = events; self.trials = trials }
  public var value: Double? { trials == 0 ? nil : Double(events) / Double(trials) }
  public func wilsonInterval(confidence z: Double = 1.959963984540054) -> ClosedRange<Double>? {
    guard trials > 0 else { return nil }
    let n = Double(trials), p = Double(events) / n
    let center = (p + z * z / (2 * n)) / (1 + z * z / n)
    let half = z * (p * (1 - p) / n + z * z / (4 * n * n)).squareRoot() / (1 + z * z / n)
    return max(0, center - half)...min(1, center + half)
  }
}
