/// The first bytes of an input, with the cheap facts format detection needs:
/// the XML root element, or the first CSV rows split into fields.
struct FormatSample {
  /// The bytes, without a UTF-8 byte order mark.
  let bytes: ArraySlice<UInt8>
  /// The root element's local name when the content starts like XML.
  let xmlRoot: String?
  /// The first CSV rows that lie wholly inside the sample (at most eight),
  /// each field trimmed of blanks; empty for XML.
  let csvRows: [[String]]

  /// Reads the sample from the first bytes of an input.
  init(prefix: [UInt8]) {
    var bytes = prefix[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    self.bytes = bytes
    xmlRoot = XMLPrologue.rootElementName(in: bytes)
    csvRows = xmlRoot == nil ? Self.leadingRows(of: bytes, limit: 8) : []
  }

  /// The header row's names, lower-cased, or empty for XML or empty input.
  var csvHeader: [String] { csvRows.first?.map { $0.lowercased() } ?? [] }

  /// Whether the header names every one of `names` (compared lower-case).
  func headerContains(_ names: String...) -> Bool {
    let header = Set(csvHeader)
    return names.allSatisfy { header.contains($0.lowercased()) }
  }

  /// Whether the sample contains `text` anywhere (an exact byte match).
  func contains(_ text: String) -> Bool {
    let needle = Array(text.utf8)
    guard let first = needle.first, needle.count <= bytes.count else { return false }
    var i = bytes.startIndex
    while let hit = bytes[i...].firstIndex(of: first) {
      if bytes[hit...].starts(with: needle) { return true }
      i = hit + 1
    }
    return false
  }

  /// Splits complete RFC 4180 rows off the front of `bytes`; a row cut off by
  /// the end of the sample is left out.
  private static func leadingRows(of bytes: ArraySlice<UInt8>, limit: Int) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field: [UInt8] = []
    var quoted = false
    var i = bytes.startIndex
    func endField() {
      row.append(String(decoding: field, as: UTF8.self).trimmingASCIIWhitespace())
      field.removeAll(keepingCapacity: true)
    }
    while i < bytes.endIndex, rows.count < limit {
      let byte = bytes[i]
      i += 1
      if quoted {
        if byte == UInt8(ascii: "\"") {
          if i < bytes.endIndex, bytes[i] == UInt8(ascii: "\"") {
            field.append(byte)
            i += 1
          } else {
            quoted = false
          }
        } else {
          field.append(byte)
        }
        continue
      }
      switch byte {
      case UInt8(ascii: "\""): quoted = true
      case UInt8(ascii: ","): endField()
      case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
        if byte == UInt8(ascii: "\r"), i < bytes.endIndex, bytes[i] == UInt8(ascii: "\n") { i += 1 }
        endField()
        if !(row.count == 1 && row[0].isEmpty) { rows.append(row) }
        row = []
      default: field.append(byte)
      }
    }
    return rows
  }
}
