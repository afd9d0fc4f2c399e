/// One generic support move of the library: a kind, a pattern that recognises its wording,
/// a line it matches and where the wording comes from.
public struct SupportMove: Sendable, Hashable {
  /// Position in the library: the id contacts and reports use.
  public var id: Int
  /// What the move does.
  public var kind: MoveKind
  /// The pattern as written in the library (docs/metrics.md).
  public var pattern: String
  /// A line the pattern matches, shown in reports.
  public var example: String
  /// Where the wording comes from.
  public var source: String
}
