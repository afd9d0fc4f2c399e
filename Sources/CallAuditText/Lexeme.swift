/// What kind of token the lexer found; masked kinds become placeholders in fingerprints.
package enum LexemeKind: UInt8, Sendable {
  /// A word, lower-cased, hyphens removed, contractions already split ("don't" → "do", "not").
  case word
  /// A plain number, canonical decimal form ("1,299.50" → "1299.5").
  case number
  /// An ordinal number ("3rd" → "3").
  case ordinal
  /// A clock time ("2:05pm" → "14:05", "14:02" → "14:02").
  case time
  /// A numeric date ("12/05/2024" → "12/5/2024"; ISO dates reordered day/month/year).
  case date
  /// A money amount with a currency sign ("$45.99" → "45.99").
  case amount
  /// An account, ticket or model code ("#12345" → "12345", "AX1800" → "ax1800", long digit runs).
  case identifier
  /// An e-mail address, lower-cased.
  case email
  /// A URL or bare domain, lower-cased.
  case url
  /// An @handle (lower-cased, without the "@"); addressing noise, not content.
  case mention
}

/// One token of a text, with where it came from.
package struct Lexeme: Sendable {
  /// What the token is.
  package var kind: LexemeKind
  /// Byte offset of the token's first byte in the scanned text's UTF-8.
  package var start: Int
  /// Byte offset just past the token in the scanned text's UTF-8.
  package var end: Int
  /// Whether the token began with an ASCII capital letter in the source.
  package var capitalized: Bool
  /// Whether the token had two or more letters, all ASCII capitals ("ONT", "THIS").
  package var allCaps: Bool
  /// Whether the token opened a sentence (start of text or after . ! ? or a line break).
  package var sentenceInitial: Bool
  /// Whether the token stood alone in square brackets (`[PII]`): with ``allCaps``, how
  /// speech analytics marks a span it redacted.
  package var bracketed = false
  /// For words, `TextHash.word` of the normalised bytes (vocabulary key); 0 for other kinds.
  package var hash: UInt64
}
