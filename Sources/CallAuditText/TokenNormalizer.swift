/// Turns lexemes into the token hashes a fingerprint is built from.
///
/// Masked kinds (numbers, times, dates, amounts, ids, e-mails, URLs) become placeholders, so
/// "wait 2 minutes" and "wait 5 minutes" agree; @handles vanish; words are folded through
/// `FingerprintVocabulary` and, when not listed, lightly stemmed ("minutes" → "minute",
/// "restarting" → "restart") so inflection does not split a script.
package enum TokenNormalizer {
  /// What one lexeme contributes to a fingerprint.
  package enum Contribution {
    /// Nothing, and it does not count as a word (an @handle).
    case ignored
    /// Counts as a word but is not a shingle token (a function word).
    case dropped
    /// A placeholder token for a masked lexeme (never counts towards the content minimum).
    case placeholder(UInt64)
    /// A content word's token hash.
    case word(UInt64)
  }

  /// The contribution of one lexeme with normalised bytes `bytes`, folding words through
  /// `tables` (pass `FingerprintVocabulary.tables`, fetched once per sentence).
  @inline(__always)
  package static func contribution(
    of lexeme: Lexeme, _ bytes: UnsafeBufferPointer<UInt8>,
    tables: FingerprintVocabulary.Tables
  ) -> Contribution {
    switch lexeme.kind {
    case .mention:
      return .ignored
    case .word:
      let token = canonicalWord(lexeme.hash, bytes, vocabulary: tables.canonical)
      if token == 0 { return .dropped }
      return token == tables.number ? .placeholder(token) : .word(token)
    default:
      return .placeholder(tables.placeholders[Int(lexeme.kind.rawValue)])
    }
  }

  /// The canonical hash of a lower-cased word with hash `hash`, or 0 when it is dropped.
  @inline(__always)
  package static func canonicalWord(
    _ hash: UInt64, _ bytes: UnsafeBufferPointer<UInt8>, vocabulary: StaticWordTable<UInt64>
  ) -> UInt64 {
    if let canonical = vocabulary.lookup(hash) { return canonical }
    guard let stemmed = stem(bytes) else { return hash }
    return vocabulary.lookup(stemmed) ?? stemmed
  }

  /// The word hash of the word with one inflectional suffix removed, or nil when no rule fits.
  ///
  /// Deliberately crude (no dictionary): it only has to map a word and its inflections to the
  /// same key consistently, not produce real stems. `bytes` must come from `TextLexer`, whose
  /// buffer stays readable past a token's end (prefixes are hashed a word at a time).
  package static func stem(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
    let count = bytes.count
    guard count > 3 else { return nil }
    let last = bytes[count - 1]
    guard last == UInt8(ascii: "s") || last == UInt8(ascii: "d") || last == UInt8(ascii: "g")
    else { return nil }
    for byte in bytes where !byte.isLetterByte { return nil }
    let secondLast = bytes[count - 2]
    func prefixHash(_ length: Int, then extra: UInt8? = nil) -> UInt64 {
      guard let extra else {
        return TextHash.word(paddedBytes: UnsafeRawPointer(bytes.baseAddress!), count: length)
      }
      var hasher = WordHasher()
      for index in 0..<length { hasher.append(bytes[index]) }
      hasher.append(extra)
      return hasher.finish()
    }
    func hasVowel(_ length: Int) -> Bool {
      for index in 0..<length {
        switch bytes[index] {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"),
          UInt8(ascii: "u"), UInt8(ascii: "y"):
          return true
        default: continue
        }
      }
      return false
    }
    if count > 4, last == UInt8(ascii: "s"), secondLast == UInt8(ascii: "e"),
      bytes[count - 3] == UInt8(ascii: "i")
    {
      return prefixHash(count - 3, then: UInt8(ascii: "y"))  // difficulties → difficulty
    }
    if count > 5, last == UInt8(ascii: "g"), secondLast == UInt8(ascii: "n"),
      bytes[count - 3] == UInt8(ascii: "i"), hasVowel(count - 3)
    {
      return prefixHash(count - 3)  // restarting → restart
    }
    if count > 4, last == UInt8(ascii: "d"), secondLast == UInt8(ascii: "e"),
      bytes[count - 3] != UInt8(ascii: "e"), hasVowel(count - 2)
    {
      return prefixHash(count - 2)  // restarted → restart (but not speed → spe)
    }
    if last == UInt8(ascii: "s"), secondLast != UInt8(ascii: "s"),
      secondLast != UInt8(ascii: "u"), secondLast != UInt8(ascii: "i")
    {
      return prefixHash(count - 1)  // minutes → minute (but not access, status, this)
    }
    return nil
  }
}
