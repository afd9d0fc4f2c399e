/// One field of a CSV file callaudit writes (canonical exports, contacts and flagged lists).
///
/// Lives in the model because both sides write CSV: ingestion's canonical writer and the
/// reports' contact lists quote fields the same way (RFC 4180).
package enum CSVField {
  /// Quotes a CSV field when it holds a delimiter, quote, line break or edge blank.
  package static func quoted(_ value: String) -> String {
    let needsQuotes = value.utf8.contains {
      $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13
    } || value.utf8.first.map(\.isASCIIBlank) == true || value.utf8.last.map(\.isASCIIBlank) == true
    guard needsQuotes else { return value }
    var bytes: [UInt8] = [UInt8(ascii: "\"")]
    bytes.reserveCapacity(value.utf8.count + 8)
    for byte in value.utf8 {
      bytes.append(byte)
      if byte == UInt8(ascii: "\"") { bytes.append(byte) }
    }
    bytes.append(UInt8(ascii: "\""))
    return String(decoding: bytes, as: UTF8.self)
  }
}
