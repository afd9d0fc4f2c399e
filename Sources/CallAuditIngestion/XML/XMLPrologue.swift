/// Finds the root element's name in the first bytes of a document, skipping
/// the XML declaration, comments, processing instructions and the DOCTYPE.
package enum XMLPrologue {
  /// The root element's local name, or `nil` when the bytes do not start like XML.
  package static func rootElementName(in bytes: ArraySlice<UInt8>) -> String? {
    var i = bytes.startIndex
    let end = bytes.endIndex
    func skipBlanks() { while i < end, bytes[i].isASCIIBlank { i += 1 } }
    func skip(past terminator: [UInt8]) -> Bool {
      while i < end {
        if bytes[i...].starts(with: terminator) {
          i += terminator.count
          return true
        }
        i += 1
      }
      return false
    }
    while true {
      skipBlanks()
      guard i < end, bytes[i] == UInt8(ascii: "<") else { return nil }
      if bytes[i...].starts(with: Array("<?".utf8)) {
        guard skip(past: Array("?>".utf8)) else { return nil }
      } else if bytes[i...].starts(with: Array("<!--".utf8)) {
        guard skip(past: Array("-->".utf8)) else { return nil }
      } else if bytes[i...].starts(with: Array("<!".utf8)) {
        // DOCTYPE, possibly with an internal subset in brackets.
        var depth = 0
        while i < end {
          let byte = bytes[i]
          i += 1
          if byte == UInt8(ascii: "[") { depth += 1 }
          if byte == UInt8(ascii: "]") { depth -= 1 }
          if byte == UInt8(ascii: ">"), depth <= 0 { break }
        }
      } else {
        i += 1
        let nameStart = i
        while i < end, !bytes[i].isASCIIBlank, bytes[i] != UInt8(ascii: ">"),
          bytes[i] != UInt8(ascii: "/")
        {
          i += 1
        }
        guard i > nameStart else { return nil }
        let name = String(decoding: bytes[nameStart..<i], as: UTF8.self)
        return name.split(separator: ":").last.map(String.init)
      }
    }
  }
}
