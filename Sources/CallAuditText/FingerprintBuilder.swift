/// Builds a `SentenceFingerprint` lexeme by lexeme, so that one `TextLexer` pass over a
/// sentence can feed the fingerprint and everything else read from the same words (the
/// support moves, the values a templated sentence carries).
///
/// The rules are `SentenceFingerprint`'s: masked kinds become placeholders, @handles vanish,
/// words are folded through `FingerprintVocabulary`; every content token and every adjacent
/// pair of tokens is a shingle.
package struct FingerprintBuilder {
  private var signature = MinHashSignature()
  /// Words in the normalised sentence (function words and placeholders included).
  package private(set) var words = 0
  private var contentWords = 0
  private var distinctProbe: (UInt64, UInt64) = (0, 0)
  private var previous: UInt64 = 0
  private let tables = FingerprintVocabulary.tables

  /// An empty builder.
  package init() {}

  /// Adds one lexeme with its normalised bytes (as `TextLexer.scan` hands them over).
  @inline(__always)
  package mutating func add(_ lexeme: Lexeme, _ bytes: UnsafeBufferPointer<UInt8>) {
    let token: UInt64
    switch TokenNormalizer.contribution(of: lexeme, bytes, tables: tables) {
    case .ignored:
      return
    case .dropped:
      words += 1
      return
    case .placeholder(let hash):
      words += 1
      token = hash
    case .word(let hash):
      words += 1
      // Count content words, collapsing immediate repeats ("very very", "no no no").
      if hash != distinctProbe.0 && hash != distinctProbe.1 { contentWords += 1 }
      distinctProbe = (distinctProbe.1, hash)
      token = hash
    }
    signature.add(TextHash.mix(token))
    if previous != 0 { signature.add(TextHash.combine(previous, token)) }
    previous = token
  }

  /// The fingerprint, or nil for a sentence too short to judge (see `SentenceFingerprint`).
  package var fingerprint: SentenceFingerprint? {
    guard words >= SentenceFingerprint.minimumWords, contentWords >= SentenceFingerprint.minimumContentWords
    else { return nil }
    return SentenceFingerprint(signature: signature, words: words)
  }
}
