/// Redacted text and how much of each kind of personal data was taken out.
public struct RedactionResult: Sendable, Hashable {
  /// The text with each piece of personal data replaced by its kind's placeholder.
  public var text: String
  /// How many pieces of each kind were replaced; kinds not found are absent.
  public var counts: [PersonalDataKind: Int]

  /// Creates a result.
  public init(text: String, counts: [PersonalDataKind: Int]) {
    self.text = text
    self.counts = counts
  }

  /// How many pieces of personal data were replaced in all.
  public var total: Int { counts.values.reduce(0, +) }
}
