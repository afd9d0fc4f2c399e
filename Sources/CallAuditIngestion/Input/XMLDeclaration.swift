/// Reads the `encoding` pseudo-attribute of an XML declaration,
/// `<?xml version="1.0" encoding="windows-1252"?>`, from an input's first bytes.
package enum XMLDeclaration {
  /// The declared encoding name, or `nil` when the bytes do not start with an
  /// XML declaration or it names none.
  package static func encoding(in bytes: [UInt8]) -> String? {
    var start = 0
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
    let opening = Array("<?xml".utf8)
    guard bytes[start...].starts(with: opening) else { return nil }
    // A declaration is short; looking further would only find document text.
    let limit = min(bytes.count, start + 256)
    let after = start + opening.count
    guard after < limit, let close = (after..<limit).first(where: { bytes[$0] == UInt8(ascii: "?") }) else {
      return nil
    }
    let declaration = bytes[after..<close]
    let key = Array("encoding".utf8)
    var i = declaration.startIndex
    while i < declaration.endIndex {
      guard declaration[i...].starts(with: key) else {
        i += 1
        continue
      }
      i += key.count
      while i < declaration.endIndex, declaration[i].isASCIIBlank { i += 1 }
      guard i < declaration.endIndex, declaration[i] == UInt8(ascii: "=") else { return nil }
      i += 1
      while i < declaration.endIndex, declaration[i].isASCIIBlank { i += 1 }
      guard i < declaration.endIndex else { return nil }
      let quote = declaration[i]
      guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
      let valueStart = i + 1
      guard let valueEnd = declaration[valueStart...].firstIndex(of: quote) else { return nil }
      return String(decoding: declaration[valueStart..<valueEnd], as: UTF8.self)
    }
    return nil
  }
}
