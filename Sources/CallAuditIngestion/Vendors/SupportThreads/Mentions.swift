/// The `@handle` mentions in a message, in order, as written.
package enum Mentions {
  /// Every mention in `text`.
  package static func all(in text: ArraySlice<UInt8>) -> [String] {
    var handles: [String] = []
    var k = text.startIndex
    while k < text.endIndex {
      defer { k += 1 }
      guard text[k] == UInt8(ascii: "@") else { continue }
      // An @ inside a word (an e-mail address) is no mention.
      if k > text.startIndex, isHandleByte(text[k - 1]) { continue }
      let handle = handle(in: text, after: k)
      if !handle.isEmpty { handles.append(handle) }
    }
    return handles
  }

  /// The mentions a message opens with (`@115712 @Tesco Thanks …`), before any other word.
  package static func leading(in text: ArraySlice<UInt8>) -> [String] {
    var handles: [String] = []
    var k = text.startIndex
    while k < text.endIndex {
      if text[k].isASCIIBlank {
        k += 1
        continue
      }
      guard text[k] == UInt8(ascii: "@") else { break }
      let handle = handle(in: text, after: k)
      guard !handle.isEmpty else { break }
      handles.append(handle)
      k += 1 + handle.utf8.count
    }
    return handles
  }

  private static func handle(in text: ArraySlice<UInt8>, after at: Int) -> String {
    var end = at + 1
    while end < text.endIndex, isHandleByte(text[end]) { end += 1 }
    return String(decoding: text[(at + 1)..<end], as: UTF8.self)
  }

  private static func isHandleByte(_ byte: UInt8) -> Bool {
    byte.isASCIIDigit || byte == UInt8(ascii: "_") || byte | 0x20 &- UInt8(ascii: "a") < 26
  }
}
