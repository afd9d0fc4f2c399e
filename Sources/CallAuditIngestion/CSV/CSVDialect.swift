/// How a spreadsheet wrote a CSV file: which byte separates its fields.
///
/// Excel writes `,` or, where the decimal separator is a comma (most of
/// Europe), `;`; "Text (Tab delimited)" and many database tools write tabs, and
/// some exports use `|`. The delimiter is read off the header line.
package enum CSVDialect {
  /// The delimiters detected, in the order that breaks ties.
  package static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|")]

  /// The delimiter of the CSV text that starts `bytes`: the candidate found
  /// most often outside quotes on the first line; when two are found equally
  /// often, the one that splits the next rows (up to seven) into as many
  /// fields as the header, then the earlier in ``candidates``. `,` when the
  /// first line holds none (a file of one column).
  package static func delimiter(in bytes: some Collection<UInt8>) -> UInt8 {
    var sample = ArraySlice(bytes)
    if sample.starts(with: [0xEF, 0xBB, 0xBF]) { sample = sample.dropFirst(3) }
    var counts = [Int](repeating: 0, count: candidates.count)
    var quoted = false
    for byte in sample {
      if byte == UInt8(ascii: "\"") {
        quoted.toggle()
      } else if !quoted {
        if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
        if let index = candidates.firstIndex(of: byte) { counts[index] += 1 }
      }
    }
    guard let most = counts.max(), most > 0 else { return UInt8(ascii: ",") }
    let tied = candidates.indices.filter { counts[$0] == most }.map { candidates[$0] }
    guard tied.count > 1 else { return tied[0] }
    let scored = tied.map { candidate -> (UInt8, Int) in
      let rows = Self.rows(of: sample, delimiter: candidate, limit: 8)
      guard let header = rows.first else { return (candidate, 0) }
      return (candidate, rows.dropFirst().filter { $0.count == header.count }.count)
    }
    let best = scored.map(\.1).max() ?? 0
    return scored.first { $0.1 == best }!.0
  }

  /// How a delimiter is written in a sentence: `','`, `';'`, `'|'` or `tab`.
  package static func name(_ delimiter: UInt8) -> String {
    delimiter == UInt8(ascii: "\t") ? "tab" : "'\(Character(Unicode.Scalar(delimiter)))'"
  }

  /// Splits complete RFC 4180 rows off the front of `bytes`, each field trimmed
  /// of blanks; a row cut off by the end of the bytes is left out.
  package static func rows(of bytes: ArraySlice<UInt8>, delimiter: UInt8, limit: Int) -> [[String]] {
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
      case delimiter: endField()
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

  /// A delimiter that would split a row of `found` fields into the header's
  /// `expected`, judged from the row's bytes: the hint when rows do not fit
  /// the header.
  package static func betterDelimiter(for raw: UnsafeRawBufferPointer, current: UInt8, expected: Int) -> UInt8? {
    for candidate in candidates where candidate != current {
      var count = 0
      var quoted = false
      for byte in raw {
        if byte == UInt8(ascii: "\"") { quoted.toggle() } else if !quoted, byte == candidate { count += 1 }
      }
      if count > 0, count + 1 == expected { return candidate }
    }
    return nil
  }
}
