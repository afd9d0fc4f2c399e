/// The input formats callaudit reads, each detected from content.
public enum InputFormat: String, Sendable, Hashable, CaseIterable {
  /// callaudit's canonical CSV, one row per contact (docs/formats.md).
  case canonicalCSV = "csv"
  /// callaudit's canonical XML, `<contacts><contact …>` (docs/formats.md).
  case canonicalXML = "xml"

  /// A one-line description for `callaudit formats`.
  public var summary: String {
    switch self {
    case .canonicalCSV: "callaudit canonical CSV: one row per contact, transcript in one column"
    case .canonicalXML: "callaudit canonical XML: <contacts> of <contact> with <transcript> turns"
    }
  }

  /// How the format is recognised, for `callaudit formats`.
  public var detection: String {
    switch self {
    case .canonicalCSV: "a header row with a contact_id column"
    case .canonicalXML: "root element <contacts>"
    }
  }

  /// Whether contacts in this format carry transcript text.
  public var suppliesText: Bool { true }
  /// Whether contacts in this format say whether their site is outsourced.
  public var suppliesSourcing: Bool { true }

  /// Detects the format from the first bytes of the content, or `nil` when
  /// nothing matches.
  public static func detect(prefix: [UInt8]) -> InputFormat? {
    var bytes = prefix[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    if let root = XMLPrologue.rootElementName(in: bytes) {
      return root == "contacts" ? .canonicalXML : nil
    }
    let header = bytes.prefix { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") }
    let columns = String(decoding: header, as: UTF8.self).lowercased()
      .split(separator: ",").map { $0.trimmingASCIIWhitespace().trimmingCharacters(in: "\"") }
    return columns.contains("contact_id") ? .canonicalCSV : nil
  }
}

extension String {
  fileprivate func trimmingCharacters(in character: Character) -> String {
    var text = Substring(self)
    while text.first == character { text = text.dropFirst() }
    while text.last == character { text = text.dropLast() }
    return String(text)
  }
}
