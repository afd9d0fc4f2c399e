/// Finds the initials or first name a support agent signs a reply with:
/// `… ^JK`, `… -AA`, `… *KellenF`, `… /AY`, `… ~AT`, `… - Lee`, `…there!-Anwar`,
/// possibly followed by links or a `1/2` part counter.
package enum AgentSignature {
  private static let sigils: Set<UInt8> = [
    UInt8(ascii: "^"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "/"), UInt8(ascii: "~"),
  ]

  /// The signature in `text`, without its sigil, or `nil` when the text is not signed.
  package static func find(in text: ArraySlice<UInt8>) -> String? {
    var tokens = text.split(whereSeparator: \.isASCIIBlank)
    while let last = tokens.last, isLink(last) || isPartCounter(last) { tokens.removeLast() }
    guard let last = tokens.last else { return nil }
    // "- Lee": the sigil stands alone before the name.
    if tokens.count >= 2, isName(last[...]), tokens[tokens.count - 2].allSatisfy({ sigils.contains($0) }) {
      return String(decoding: last, as: UTF8.self)
    }
    // "^JK", "--Mat", "there!-Anwar": the name follows the last sigil run, which
    // starts the token or follows punctuation (so "e-Mail" is no signature).
    guard let sigil = last.lastIndex(where: { sigils.contains($0) }) else { return nil }
    let name = last[(sigil + 1)...]
    var runStart = sigil
    while runStart > last.startIndex, sigils.contains(last[runStart - 1]) { runStart -= 1 }
    if runStart > last.startIndex {
      let before = last[runStart - 1]
      guard !before.isASCIIDigit, !isLetter(before), before < 0x80 else { return nil }
    }
    return isName(name) ? String(decoding: name, as: UTF8.self) : nil
  }

  /// An initial capital then up to 15 more ASCII letters.
  private static func isName(_ bytes: ArraySlice<UInt8>) -> Bool {
    guard let first = bytes.first, first &- UInt8(ascii: "A") < 26, bytes.count <= 16 else { return false }
    return bytes.allSatisfy(isLetter)
  }

  private static func isLetter(_ byte: UInt8) -> Bool { byte | 0x20 &- UInt8(ascii: "a") < 26 }

  private static func isLink(_ token: ArraySlice<UInt8>) -> Bool {
    token.starts(with: "http://".utf8) || token.starts(with: "https://".utf8)
  }

  /// `1/2` or `(2/2)`: a thread of several replies numbered by the agent.
  private static func isPartCounter(_ token: ArraySlice<UInt8>) -> Bool {
    var body = token
    if body.first == UInt8(ascii: "("), body.last == UInt8(ascii: ")") { body = body.dropFirst().dropLast() }
    let parts = body.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
    return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
  }
}
