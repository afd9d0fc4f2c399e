/// A point in time, as whole seconds since 1970-01-01T00:00:00Z.
///
/// Exports carry second precision at best for what callaudit measures
/// (windows of minutes and days), so sub-second digits are dropped when parsed.
public struct Timestamp: Sendable, Hashable, Comparable {
  /// Seconds since the Unix epoch, UTC.
  public var secondsSinceEpoch: Int64

  /// Creates a timestamp from seconds since the Unix epoch.
  public init(secondsSinceEpoch: Int64) { self.secondsSinceEpoch = secondsSinceEpoch }

  public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
    lhs.secondsSinceEpoch < rhs.secondsSinceEpoch
  }

  /// The seconds from `self` to `other` (negative when `other` is earlier).
  public func seconds(to other: Timestamp) -> Int64 {
    other.secondsSinceEpoch - secondsSinceEpoch
  }
}
