/// A sum of non-huge doubles that is the same whatever order they are added
/// in, so shards summed apart and merged give the single run's figure exactly.
///
/// Each value is held as a whole number of 2⁻⁶⁴ units in 128 bits: a script
/// score (a ratio of word counts) or a satisfaction score is then exact, and
/// integer addition does not depend on order, as floating-point addition does.
/// Values are rounded to the nearest unit (2⁻⁶⁴ ≈ 5·10⁻²⁰) on the way in; the
/// total stays exact up to 2⁶³.
public struct ExactSum: Sendable, Hashable, Codable {
  private var units: Int128 = 0

  /// An empty sum.
  public init() {}

  /// Adds `value`, which must be finite and below 2⁶³ in magnitude.
  public mutating func add(_ value: Double) {
    precondition(value.isFinite && abs(value) < 0x1p63, "ExactSum holds finite values below 2^63")
    units += Int128((value * 0x1p64).rounded())
  }

  /// Adds everything `other` holds.
  public mutating func merge(_ other: ExactSum) {
    units += other.units
  }

  /// The sum, rounded once to the nearest double.
  public var value: Double { Double(units) * 0x1p-64 }
}

extension ExactSum {
  /// Encoded as the two 64-bit halves of its units, high first.
  public init(from decoder: any Decoder) throws {
    var container = try decoder.unkeyedContainer()
    let high = try container.decode(Int64.self), low = try container.decode(UInt64.self)
    units = Int128(high) << 64 | Int128(low)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.unkeyedContainer()
    try container.encode(Int64(truncatingIfNeeded: units >> 64))
    try container.encode(UInt64(truncatingIfNeeded: units))
  }
}
