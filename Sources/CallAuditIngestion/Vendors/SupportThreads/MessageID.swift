/// Message ids as the exports write them: whole numbers, sometimes spelt as
/// floats by pandas (`3.0`), and reply lists of several ids in one field.
package enum MessageID {
  /// Parses a whole number, also written with a zero fraction (`3.0`, `192625.00`);
  /// `nil` for anything else, 0 or less, or too large for 63 bits.
  package static func parse(_ bytes: some Collection<UInt8>) -> Int64? {
    var value: Int64 = 0
    var digits = 0
    var inFraction = false
    for byte in bytes {
      if inFraction {
        guard byte == UInt8(ascii: "0") else { return nil }
      } else if byte.isASCIIDigit {
        let (times10, o1) = value.multipliedReportingOverflow(by: 10)
        let (sum, o2) = times10.addingReportingOverflow(Int64(byte &- UInt8(ascii: "0")))
        guard !o1, !o2 else { return nil }
        value = sum
        digits += 1
      } else if byte == UInt8(ascii: "."), digits > 0 {
        inFraction = true
      } else {
        return nil
      }
    }
    return digits > 0 && value > 0 ? value : nil
  }

  /// Parses a trimmed string with ``parse(_:)-(Collection<UInt8>)``.
  package static func parse(_ text: String) -> Int64? { parse(text.utf8) }

  /// The ids of a comma-separated list such as `"155,157"`; blank items are
  /// skipped. `invalid` counts the items that are not ids.
  package static func list(_ text: String, invalid: inout Int) -> [Int64] {
    var ids: [Int64] = []
    for item in text.utf8.split(separator: UInt8(ascii: ",")) {
      let trimmed = item.drop(while: \.isASCIIBlank).reversed().drop(while: \.isASCIIBlank).reversed()
      if trimmed.isEmpty { continue }
      if let id = parse(trimmed) { ids.append(id) } else { invalid += 1 }
    }
    return ids
  }
}
