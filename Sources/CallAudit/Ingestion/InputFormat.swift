/// The input formats callaudit reads, each detected from content.
///
/// The raw value is the name `--input-format` accepts and reports show. To add
/// a format, add a case, map it to its ``FormatDefinition`` in `definition`, and
/// place it in ``detectionOrder`` (more specific formats first).
public enum InputFormat: String, Sendable, Hashable, CaseIterable {
  /// callaudit's canonical CSV, one row per contact (docs/formats.md).
  case canonicalCSV = "csv"
  /// callaudit's canonical XML, `<contacts><contact …>` (docs/formats.md).
  case canonicalXML = "xml"
  /// Any other CSV or XML, read as a mapping file describes it (`--mapping FILE`).
  case mapping

  var definition: any FormatDefinition.Type {
    switch self {
    case .canonicalCSV: CanonicalCSVFormat.self
    case .canonicalXML: CanonicalXMLFormat.self
    case .mapping: MappingFormat.self
    }
  }

  /// The order in which detection tries the formats: a format whose signature
  /// is a superset of another's comes first.
  static let detectionOrder: [InputFormat] = [
    .canonicalXML,
    .canonicalCSV,
  ]

  /// A one-line description for `callaudit formats`.
  public var summary: String { definition.summary }
  /// How the format is recognised, for `callaudit formats`.
  public var detection: String { definition.detection }
  /// Whether contacts in this format carry transcript text.
  public var suppliesText: Bool { definition.suppliesText }
  /// Whether contacts in this format say whether their site is outsourced.
  public var suppliesSourcing: Bool { definition.suppliesSourcing }

  /// Detects the format from the first bytes of the content, or `nil` when
  /// nothing matches.
  public static func detect(prefix: [UInt8]) -> InputFormat? {
    let sample = FormatSample(prefix: prefix)
    return detectionOrder.first { $0.definition.matches(sample) }
  }

  func reader(options: IngestionOptions) -> any ContactReader {
    definition.reader(options: options)
  }
}

/// callaudit's own CSV layout.
enum CanonicalCSVFormat: FormatDefinition {
  static let summary = "callaudit canonical CSV: one row per contact, transcript in one column"
  static let detection = "a header row with a contact_id column"
  static let suppliesSourcing = true
  static func matches(_ sample: FormatSample) -> Bool { sample.headerContains("contact_id") }
  static func reader(options: IngestionOptions) -> any ContactReader {
    CanonicalCSVReader(options: options)
  }
}

/// callaudit's own XML layout.
enum CanonicalXMLFormat: FormatDefinition {
  static let summary = "callaudit canonical XML: <contacts> of <contact> with <transcript> turns"
  static let detection = "root element <contacts>"
  static let suppliesSourcing = true
  static func matches(_ sample: FormatSample) -> Bool { sample.xmlRoot == "contacts" }
  static func reader(options: IngestionOptions) -> any ContactReader {
    CanonicalXMLReader(options: options)
  }
}
