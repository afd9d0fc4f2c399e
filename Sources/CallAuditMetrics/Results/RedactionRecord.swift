/// Whether the personal data in a report's text (quoted evidence, script lines,
/// problem messages) was replaced by placeholders, and how much was replaced.
///
/// Reports say which mode they were made in, so a reader never mistakes a raw
/// report for a redacted one.
public struct RedactionRecord: Sendable, Hashable {
  /// Whether the text was redacted.
  public var applied: Bool
  /// Replacements by kind (`email`, `phone`, …), in a fixed order; only kinds found.
  public var replacements: [Replacement]

  /// One kind of personal data and how often it was replaced.
  public struct Replacement: Sendable, Hashable {
    /// The kind, as in its placeholder (`email` for `[email]`).
    public var kind: String
    /// How many were replaced.
    public var count: Int

    /// Creates a replacement count.
    public init(kind: String, count: Int) {
      self.kind = kind
      self.count = count
    }
  }

  /// Creates a record.
  public init(applied: Bool, replacements: [Replacement] = []) {
    self.applied = applied
    self.replacements = replacements
  }

  /// A report whose text was not redacted.
  public static let notApplied = RedactionRecord(applied: false)

  /// Replacements in all.
  public var total: Int { replacements.reduce(0) { $0 + $1.count } }

  /// One sentence for the report.
  public var sentence: String {
    guard applied else { return "Personal data is shown as exported (not redacted)." }
    guard total > 0 else { return "Personal data redaction is on; nothing needed replacing." }
    let parts = replacements.map { "\($0.count) \($0.kind)" }.joined(separator: ", ")
    return "Personal data is redacted: \(total) replaced (\(parts))."
  }
}
