/// The first bytes of an input, with the cheap facts format detection needs:
/// the XML root element, or the first CSV rows split into fields.
package struct FormatSample {
  /// The bytes, without a UTF-8 byte order mark.
  package let bytes: ArraySlice<UInt8>
  /// The root element's local name when the content starts like XML.
  package let xmlRoot: String?
  /// The first CSV rows that lie wholly inside the sample (at most eight),
  /// each field trimmed of blanks; empty for XML and JSON.
  package let csvRows: [[String]]
  /// The field delimiter the rows were split at: the one given, else the one
  /// the header line shows (``CSVDialect/delimiter(in:)``).
  package let delimiter: UInt8
  /// The header row's names, lower-cased, or empty for XML or empty input.
  package let csvHeader: [String]
  /// The header row's names folded as ``CSVHeader`` matches them. Made once: every
  /// CSV format looks at them, and a one-line JSON file is a header of thousands.
  package let headerSignature: HelpdeskHeaderSignature
  private let headerNames: Set<String>

  /// Reads the sample from the first bytes of an input.
  /// - Parameter delimiter: the CSV field delimiter (`--delimiter`), or `nil` to detect it.
  package init(prefix: [UInt8], delimiter: UInt8? = nil) {
    var bytes = prefix[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    self.bytes = bytes
    xmlRoot = XMLPrologue.rootElementName(in: bytes)
    let delimiter = delimiter ?? (xmlRoot == nil ? CSVDialect.delimiter(in: bytes) : UInt8(ascii: ","))
    self.delimiter = delimiter
    // Content that starts like JSON is not split into CSV rows: a one-line JSON file
    // would be a header of thousands of names, folded for every file of a folder.
    let jsonLike = bytes.first { !$0.isASCIIBlank }.map { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "[") } ?? false
    csvRows = xmlRoot == nil && !jsonLike ? CSVDialect.rows(of: bytes, delimiter: delimiter, limit: 8) : []
    csvHeader = csvRows.first?.map { $0.lowercased() } ?? []
    headerNames = Set(csvHeader)
    headerSignature = HelpdeskHeaderSignature(header: csvHeader)
  }

  /// Whether the header names every one of `names` (compared lower-case).
  package func headerContains(_ names: String...) -> Bool {
    names.allSatisfy { headerNames.contains($0.lowercased()) }
  }

  /// `{` or `[` when the sample starts, past blanks, like JSON; `nil` otherwise.
  package var jsonStart: UInt8? {
    guard let first = bytes.first(where: { !$0.isASCIIBlank }),
      first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    else { return nil }
    return first
  }

  /// Whether the sample contains `text` anywhere (an exact byte match).
  package func contains(_ text: String) -> Bool {
    let needle = Array(text.utf8)
    guard let first = needle.first, needle.count <= bytes.count else { return false }
    var i = bytes.startIndex
    while let hit = bytes[i...].firstIndex(of: first) {
      if bytes[hit...].starts(with: needle) { return true }
      i = hit + 1
    }
    return false
  }
}
