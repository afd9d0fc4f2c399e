extension StringProtocol {
  /// Whether `other` occurs in this text as it is written, not extended by a mark.
  ///
  /// The UTF-8 bytes are compared, and an occurrence counts unless the scalar right after
  /// it is a combining mark or a variation selector, which would make its last letter
  /// another one ("canceĺled" does not contain "cancel"). A zero-width joiner does not hide
  /// it ("disconnect\u{200D}" contains "disconnect"), and "\r\n" contains "\n". These are
  /// the answers Foundation's `contains` gives; the standard library's compares whole
  /// grapheme clusters and would answer no to both of the last two.
  ///
  /// - Complexity: O(*n* × *m*) for lengths *n* and *m*; needles here are a few bytes.
  package func containsUnextended(_ other: some StringProtocol) -> Bool {
    let needle = Array(other.utf8)
    guard let first = needle.first else { return true }
    let haystack = Array(utf8)
    guard haystack.count >= needle.count else { return false }
    var start = 0
    while start <= haystack.count - needle.count {
      if haystack[start] == first && haystack[start..<start + needle.count].elementsEqual(needle)
        && !Self.isExtension(haystack, at: start + needle.count)
      {
        return true
      }
      start += 1
    }
    return false
  }

  /// Whether the scalar starting at `index` extends the one before it.
  private static func isExtension(_ bytes: [UInt8], at index: Int) -> Bool {
    guard index < bytes.count, bytes[index] >= 0x80 else { return false }
    var decoder = UTF8()
    var iterator = bytes[index...].makeIterator()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
    let properties = scalar.properties
    if properties.isVariationSelector { return true }
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }
}
