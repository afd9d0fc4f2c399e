import Testing
@testable import CallAuditText

/// A word of letters with one byte a chunk sheds after it ("router.", "account,") is read on
/// the lexer's fast path; with two such bytes ("router..") the chunk is classified in full.
/// Both must give the same lexemes, those after the doubled byte one byte later. (That the
/// single byte takes the fast path is the lexer's business; this checks only that it cannot
/// be told apart.)
@Suite("Lexer: a word and the byte it sheds")
struct TextLexerTrailingByteTests {
  /// Everything a reader of a lexeme sees: kind, span, shape, flags, hash and bytes.
  struct Seen: Equatable, CustomStringConvertible {
    var kind: LexemeKind
    var start: Int, end: Int
    var capitalized: Bool, allCaps: Bool, sentenceInitial: Bool, bracketed: Bool
    var hash: UInt64
    var bytes: String

    var description: String {
      "\(kind) \(bytes) \(start)..<\(end)\(capitalized ? " Cap" : "")\(allCaps ? " CAPS" : "")"
        + "\(sentenceInitial ? " initial" : "")\(bracketed ? " [ ]" : "")"
    }
  }

  static func seen(_ text: String) -> [Seen] {
    var result: [Seen] = []
    TextLexer.scan(text) { lexeme, bytes in
      result.append(
        Seen(
          kind: lexeme.kind, start: lexeme.start, end: lexeme.end, capitalized: lexeme.capitalized,
          allCaps: lexeme.allCaps, sentenceInitial: lexeme.sentenceInitial, bracketed: lexeme.bracketed,
          hash: lexeme.hash, bytes: String(decoding: bytes, as: UTF8.self)))
    }
    return result
  }

  /// Words of every shape the fast path meets: contractions, capitals, abbreviations, one
  /// letter, and lengths around the seven-byte blocks it hashes in.
  static let words = [
    "router", "Router", "ROUTER", "OK", "I", "a", "dont", "Shouldnt", "im", "etc", "Mr", "vs", "eg",
    "restart", "restarts", "customers", "internationalisation", "abcdefghijklmno", "TMobile",
  ]
  static let shed = [".", ",", ":", "/", "'", "-", "_", "&", "+", "=", "#", "@", "^", "$"]
  /// What ends the chunk after the shed byte; "" is the end of the text.
  static let enders = [" ", "\n", "!", "?", ")", "\"", ""]

  @Test("One shed byte reads as two do, for every word, byte and ending")
  func oneAsTwo() {
    for lead in ["", "so "] {
      for word in Self.words {
        for byte in Self.shed {
          for ender in Self.enders {
            let tail = ender.isEmpty ? "" : ender + "Next words here."
            let fast = Self.seen(lead + word + byte + tail)
            // The doubled byte moves what follows one byte on.
            let slow = Self.seen(lead + word + byte + byte + tail).map { lexeme in
              var lexeme = lexeme
              if lexeme.start > lead.utf8.count + word.utf8.count {
                lexeme.start -= 1
                lexeme.end -= 1
              }
              return lexeme
            }
            #expect(fast == slow, "\(lead + word + byte + tail)")
          }
        }
      }
    }
  }

  @Test("A full stop ends the sentence, unless it closes an abbreviation")
  func fullStops() {
    let initial = Self.seen("Restart the router. Then wait, etc. then call Mr. Smith").map(\.sentenceInitial)
    // Restart the router Then wait etc then call Mr Smith
    #expect(initial == [true, false, false, true, false, false, false, false, false, false])
  }
}
