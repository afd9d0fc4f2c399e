/// Turns the HTML of a message body — a Jira comment or description (once the XML
/// export's escaping is undone), an Intercom conversation part — into plain text.
///
/// As a browser would: tags are dropped and whitespace in the source (line
/// breaks included) is one space; block-level tags break the line — paragraphs,
/// headings, tables and quotes with an empty line between, list items, `br`,
/// `div` and table rows without. Entities (`&amp;`, `&#232;`, `&#xE8;`, `&nbsp;`
/// and a few common named ones) are decoded; a no-break space is a space. A `<`
/// that does not open a tag is kept as text.
package enum HTMLPlainText {
  /// The plain text of `html`, without leading or trailing blanks.
  package static func plain(_ html: String) -> String {
    var text = PlainTextBuilder()
    let bytes = Array(html.utf8)
    var i = 0
    while i < bytes.count {
      let byte = bytes[i]
      if byte == UInt8(ascii: "<"), let end = tagEnd(bytes, from: i) {
        text.breakLine(lines: lineBreaks(forTag: bytes[(i + 1)..<end]))
        i = end + 1
      } else if byte == UInt8(ascii: "&"), let (scalar, end) = entity(bytes, from: i) {
        if scalar == " " || scalar == "\u{00A0}" {
          text.space()
        } else {
          text.append(contentsOf: Array(String(Character(scalar)).utf8))
        }
        i = end + 1
      } else if byte.isASCIIBlank {
        text.space()
        i += 1
      } else if byte == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 {
        text.space()  // U+00A0 written as UTF-8
        i += 2
      } else {
        text.append(contentsOf: [byte])
        i += 1
      }
    }
    return text.result
  }

  /// The index of the `>` closing a tag that opens at `start`, when the `<` is
  /// followed by a letter, `/` or `!` (a tag, closing tag or comment).
  private static func tagEnd(_ bytes: [UInt8], from start: Int) -> Int? {
    guard start + 1 < bytes.count else { return nil }
    let next = bytes[start + 1] | 0x20
    let opensTag =
      (next >= UInt8(ascii: "a") && next <= UInt8(ascii: "z"))
      || bytes[start + 1] == UInt8(ascii: "/") || bytes[start + 1] == UInt8(ascii: "!")
    guard opensTag else { return nil }
    return bytes[(start + 1)...].firstIndex(of: UInt8(ascii: ">"))
  }

  /// How many line breaks a tag (the bytes between `<` and `>`) stands for:
  /// 2 for a paragraph-like block, 1 for a line-like one, 0 for inline tags.
  private static func lineBreaks(forTag tag: ArraySlice<UInt8>) -> Int {
    let name = tag.drop { $0 == UInt8(ascii: "/") }.prefix { !$0.isASCIIBlank && $0 != UInt8(ascii: "/") }
    let lowered = String(decoding: name.map(\.asciiLowercased), as: UTF8.self)
    if paragraphTags.contains(lowered) { return 2 }
    return lineTags.contains(lowered) ? 1 : 0
  }

  private static let paragraphTags: Set<String> = [
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "pre",
  ]
  private static let lineTags: Set<String> = ["br", "div", "li", "ul", "ol", "tr", "hr", "dt", "dd"]

  /// Decodes the entity starting at `start` (`&name;`, `&#nnn;`, `&#xhh;`):
  /// its character and the index of its `;`.
  private static func entity(_ bytes: [UInt8], from start: Int) -> (Unicode.Scalar, Int)? {
    let limit = min(bytes.count, start + 12)
    guard start + 1 < limit, let semicolon = bytes[(start + 1)..<limit].firstIndex(of: UInt8(ascii: ";"))
    else { return nil }
    let body = String(decoding: bytes[(start + 1)..<semicolon], as: UTF8.self)
    var scalar: Unicode.Scalar? = nil
    if body.hasPrefix("#x") || body.hasPrefix("#X") {
      scalar = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
    } else if body.hasPrefix("#") {
      scalar = UInt32(body.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
    } else {
      scalar = namedEntities[body]
    }
    return scalar.map { ($0, semicolon) }
  }

  private static let namedEntities: [String: Unicode.Scalar] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
    "hellip": "\u{2026}", "mdash": "\u{2014}", "ndash": "\u{2013}", "lsquo": "\u{2018}",
    "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "euro": "\u{20AC}", "copy": "\u{00A9}",
  ]
}

/// Collects plain text, holding back spaces and line breaks until the next
/// visible character so that none lead, trail or pile up.
private struct PlainTextBuilder {
  private var bytes: [UInt8] = []
  private var pendingSpace = false
  private var pendingBreaks = 0

  /// A blank in the source: at most one space, and none next to a line break.
  mutating func space() {
    if !bytes.isEmpty, pendingBreaks == 0 { pendingSpace = true }
  }

  /// A block boundary: `lines` line breaks (the larger of those pending wins).
  mutating func breakLine(lines: Int) {
    pendingBreaks = max(pendingBreaks, lines)
    if lines > 0 { pendingSpace = false }
  }

  /// Visible text.
  mutating func append(contentsOf text: [UInt8]) {
    if !bytes.isEmpty {
      if pendingBreaks > 0 {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: pendingBreaks))
      } else if pendingSpace {
        bytes.append(UInt8(ascii: " "))
      }
    }
    pendingBreaks = 0
    pendingSpace = false
    bytes.append(contentsOf: text)
  }

  /// The text so far.
  var result: String { String(decoding: bytes, as: UTF8.self) }
}
