import CallAuditModel

/// The margin of practical equivalence of the outsourcing verdict: the risk
/// ratios (outsourced ÷ in-house) too close to 1 to matter to a customer,
/// `low`…`high`, by default 0.8–1.25 (docs/metrics.md).
///
/// A difference the data show to be real but whose estimate lies inside the
/// margin is reported as small (``OutsourcingVerdict/worseButSmall``), not as
/// harm: with enough contacts any difference, however slight, excludes 1.
public struct PracticalMargin: Sendable, Hashable, CustomStringConvertible {
  /// The lowest ratio still counted as practically equal: below it, outsourced
  /// contacts fare clearly better.
  public let low: Double
  /// The highest ratio still counted as practically equal: above it, outsourced
  /// contacts fare clearly worse.
  public let high: Double

  /// 0.8–1.25: a quarter more bad outcomes, or a fifth fewer, on the ratio's
  /// log scale the same distance from 1.
  public static let standard = PracticalMargin(uncheckedLow: 0.8, high: 1.25)

  private init(uncheckedLow low: Double, high: Double) {
    self.low = low
    self.high = high
  }

  /// The margin `low`…`high`; `nil` unless 0 < low < 1 < high, both finite.
  public init?(low: Double, high: Double) {
    guard low.isFinite, high.isFinite, low > 0, low < 1, high > 1 else { return nil }
    self.init(uncheckedLow: low, high: high)
  }

  /// The margin symmetric on the log scale around 1: 1/`ratio`…`ratio` for a
  /// ratio above 1 (1.25 gives 0.8–1.25), `ratio`…1/`ratio` below 1; `nil`
  /// for 1, 0, a negative or a non-finite number.
  public init?(symmetric ratio: Double) {
    guard ratio.isFinite, ratio > 0, ratio != 1 else { return nil }
    self.init(low: min(ratio, 1 / ratio), high: max(ratio, 1 / ratio))
  }

  /// Reads `LOW,HIGH` (`0.8,1.25`) or one ratio (`1.25`, meaning 1/1.25–1.25),
  /// as `--margin` and the audit configuration's `margin` take it; `nil` when
  /// the text is neither or the numbers do not make a margin.
  public init?(parsing text: String) {
    let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.filter { $0 != " " } }
    switch parts.count {
    case 1:
      guard let ratio = Double(parts[0]) else { return nil }
      self.init(symmetric: ratio)
    case 2:
      guard let low = Double(parts[0]), let high = Double(parts[1]) else { return nil }
      self.init(low: low, high: high)
    default:
      return nil
    }
  }

  /// Whether `ratio` lies within the margin, its ends included.
  public func contains(_ ratio: Double) -> Bool { low <= ratio && ratio <= high }

  /// `0.80–1.25`.
  public var description: String { "\(Self.format(low))–\(Self.format(high))" }

  /// Two decimals when they say the value exactly (0.80, 1.25), else three (0.769).
  package static func format(_ value: Double) -> String {
    let two = DecimalText.fixed(value, places: 2)
    return Double(two) == value ? two : DecimalText.fixed(value, places: 3)
  }
}
