/// Everything callaudit knows about one input format: how to recognise it, what
/// it can tell, and how to read it.
///
/// Each format is a small caseless enum conforming to this protocol, registered
/// by one case of ``InputFormat``. Detection looks only at the first bytes of
/// the content (``FormatSample``), never at the file name.
package protocol FormatDefinition {
  /// A one-line description for `callaudit formats`.
  static var summary: String { get }
  /// How the format is recognised, in words, for `callaudit formats`.
  static var detection: String { get }
  /// Whether contacts in this format carry transcript text.
  static var suppliesText: Bool { get }
  /// Whether contacts in this format say whether their site is outsourced.
  static var suppliesSourcing: Bool { get }
  /// Whether the sample is the start of an input in this format.
  static func matches(_ sample: FormatSample) -> Bool
  /// A reader for the format.
  static func reader(options: IngestionOptions) -> any ContactReader
}

extension FormatDefinition {
  package static var suppliesText: Bool { true }
  package static var suppliesSourcing: Bool { false }
}
