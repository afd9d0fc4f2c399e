import Testing
@testable import CallAuditModel
@testable import CallAuditReporting

/// JSON strings are written from UTF-8 runs; the output must be what escaping
/// scalar by scalar (the rule of docs/json.md) gives.
@Suite("JSON string escaping")
struct JSONStringEscapingTests {
  /// The rule, scalar by scalar, as the writer once did it.
  private func reference(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{2028}": out += "\\u2028"
      case "\u{2029}": out += "\\u2029"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  private func written(_ text: String) -> String {
    var out = ""
    JSONString.write(text, to: &out)
    return out
  }

  @Test("Every control character, quotes, backslashes, separators and non-ASCII text, alone and in runs")
  func edgeCases() {
    let pieces = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) } + [
      "\"", "\\", "\u{2028}", "\u{2029}", "\u{2027}", "\u{202A}", "\u{7F}", "é", "€", "😀", "plain words", "",
      "\u{E2}", "â\u{80}",
    ]
    for piece in pieces {
      #expect(written(piece) == reference(piece))
      #expect(written("a\(piece)b") == reference("a\(piece)b"))
      #expect(written("\(piece)\(piece) tail") == reference("\(piece)\(piece) tail"))
    }
  }

  @Test("Seeded random mixes of those pieces")
  func randomMixes() {
    let alphabet: [String] = ["a", " ", "\"", "\\", "\n", "\u{1}", "\u{1F}", "\u{2028}", "\u{2029}", "é", "€", "😀", "\u{2026}"]
    var generator = ScriptCorpusRandom(seed: 42)
    for _ in 0..<500 {
      var text = ""
      for _ in 0..<20 { text += alphabet.randomElement(using: &generator)! }
      #expect(written(text) == reference(text))
    }
  }
}
