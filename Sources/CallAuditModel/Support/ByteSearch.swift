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
  /// - Complexity: O(*n* × *m*) for lengths *n* and *m*; needles here are a few bytes. No
  ///   allocation for native strings, whose UTF-8 is contiguous (per-contact categories
  ///   are searched for every churn stem).
  package func containsUnextended(_ other: some StringProtocol) -> Bool {
    Self.withContiguousUTF8(utf8) { haystack in
      Self.withContiguousUTF8(other.utf8) { needle in Self.search(haystack, for: needle) }
    }
  }

  /// Runs `body` over `bytes` as one buffer, copying them only when they are not contiguous.
  private static func withContiguousUTF8<Bytes: Collection<UInt8>, Result>(
    _ bytes: Bytes, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    if let result = bytes.withContiguousStorageIfAvailable(body) { return result }
    return Array(bytes).withUnsafeBufferPointer(body)
  }

  private static func search(_ haystack: UnsafeBufferPointer<UInt8>, for needle: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = needle.first else { return true }
    guard haystack.count >= needle.count else { return false }
    var start = 0
    while start <= haystack.count - needle.count {
      if haystack[start] == first && haystack[start..<start + needle.count].elementsEqual(needle)
        && !isExtension(haystack, at: start + needle.count)
      {
        return true
      }
      start += 1
    }
    return false
  }

  /// Whether the scalar starting at `index` extends the one before it.
  private static func isExtension(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
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
