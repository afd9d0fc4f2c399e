/// Escapes untrusted text (provider names, ids, transcript words, paths, …)
/// for HTML and inline SVG.
///
/// The same escaping is safe in element content and in double- or
/// single-quoted attribute values: `&`, `<`, `>`, `"` and `'` become character
/// references, and control characters that HTML forbids (C0 other than tab,
/// line feed and carriage return; DEL; C1) become U+FFFD, so no input can end
/// an element, an attribute or a comment early. Bidirectional overrides and
/// isolates become U+FFFD too, so no input can reorder what is shown around it
/// (``UntrustedText/isBidiControl(_:)``).
enum HTMLEscaping {
  /// `text` with every markup-significant character replaced.
  static func escape(_ text: String) -> String {
    var output = ""
    output.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "\"": output += "&quot;"
      case "'": output += "&#39;"
      case "\t", "\n", "\r": output.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || UntrustedText.isBidiControl(scalar) {
          output += "\u{FFFD}"
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    return output
  }
}
