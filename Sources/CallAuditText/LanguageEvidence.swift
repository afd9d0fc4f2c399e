/// What an agent's words show of their language: whether the English rules (the move library,
/// the answer and specifics rules) can read them at all.
///
/// The rules are English. Read on Spanish, German or Japanese, they find no move and call every
/// sentence the agent's own words, so a reply of pure boilerplate ("Por favor síguenos para
/// enviarte un mensaje directo") would count as engaged. Such a reply is not judged: its
/// script measures are "not computed" (docs/metrics.md, "Scripted").
///
/// Two signs, counted over the words the lexer emits: the share of words that are common
/// English words (``CommonEnglishWords``; half or more of a reply in English, names and
/// all, a fifth or less of one in Spanish, Portuguese, German or French), and the share of word
/// bytes outside ASCII (most of a Japanese or Arabic word, one or two bytes of a Spanish one).
package struct LanguageEvidence: Sendable, Equatable, BitwiseCopyable {
  /// No evidence yet.
  package init() {}

  /// Words seen.
  package private(set) var words = 0
  /// Of those, common English words.
  package private(set) var englishWords = 0
  /// Word bytes that are ASCII, and those that are not.
  package private(set) var asciiBytes = 0
  package private(set) var otherBytes = 0

  /// Fewest words before the share of English words decides anything: "Gracias!" or "Thanks
  /// Becky!" alone says too little.
  package static let minimumWords = 3
  /// Share of common English words below which the text is not English. Measured on real
  /// replies: "Happy HalloWN! Bottoms up, Risa!" 3 of 6, "Kindle Paperwhite firmware 5.9.4
  /// released November" 3 of 5; "Por favor síguenos en Twitter para brindarte asistencia por
  /// mensajes directos" 2 of 11 ("favor", "twitter"), German 2 of 18, French 0 of 28.
  package static let englishShare = 0.3
  /// Fewest non-ASCII word bytes before they decide anything (four CJK characters).
  package static let minimumOtherBytes = 12

  /// Counts one word of two bytes or more: its source bytes and its vocabulary hash, looked
  /// up through `commonWords` (the thread's memo of the list).
  ///
  /// - Complexity: O(*n*) in the word's bytes, no allocation.
  @inline(__always)
  package mutating func add(word bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, commonWords: CommonEnglishWords.Cache) {
    // One letter ("Y A S", "q/") is no language's evidence.
    guard bytes.count >= 2 else { return }
    words += 1
    if commonWords.contains(hash) { englishWords += 1 }
    for byte in bytes {
      if byte < 0x80 { asciiBytes += 1 } else { otherBytes += 1 }
    }
  }

  /// Adds another sentence's evidence.
  package mutating func add(_ other: LanguageEvidence) {
    words += other.words
    englishWords += other.englishWords
    asciiBytes += other.asciiBytes
    otherBytes += other.otherBytes
  }

  /// Whether the words are, beyond doubt, not English: mostly non-ASCII, or enough words with
  /// almost no common English word among them. Little or mixed evidence reads as English.
  package var isOtherLanguage: Bool {
    if otherBytes >= Self.minimumOtherBytes, otherBytes > asciiBytes { return true }
    return words >= Self.minimumWords && Double(englishWords) < Double(words) * Self.englishShare
  }
}
