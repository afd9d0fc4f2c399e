/// Undoes the percent-encoding `mod_xml_cdr` applies to channel variables
/// (`2019-06-11%2013%3A14%3A46` → `2019-06-11 13:14:46`). A `+` stays a `+`:
/// FreeSWITCH encodes spaces as `%20`. Malformed escapes are kept as written.
package enum URLPercentDecoding {
  /// The decoded text; invalid UTF-8 becomes U+FFFD.
  package static func decode(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
    let bytes = Array(text.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var k = 0
    while k < bytes.count {
      if bytes[k] == UInt8(ascii: "%"), k + 2 < bytes.count, let high = hex(bytes[k + 1]), let low = hex(bytes[k + 2]) {
        out.append(high << 4 | low)
        k += 3
      } else {
        out.append(bytes[k])
        k += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  private static func hex(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }
}
