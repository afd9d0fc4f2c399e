/// A sentence reduced for near-duplicate matching: normalised (lower-case, digits/amounts/dates/times/emails/ids masked to placeholders, punctuation dropped), then word-shingled and MinHashed.
///
/// Normalisation is `TextLexer` + `TokenNormalizer`: function words dropped, synonyms folded,
/// light stemming. The shingle set is every content token plus every adjacent pair of content
/// tokens (unigrams keep short sentences comparable, bigrams keep word order), and the
/// signature holds `hashCount` = 32 MinHash values, so `similarity(to:)` estimates the
/// Jaccard resemblance of two shingle sets with a standard error of about 0.09 at 0.5
/// (a paraphrase at true 0.7 falls below a 0.5 threshold about 1% of the time).
/// Every hash is seeded by fixed constants: fingerprints are identical across runs and
/// processes, and safe to persist.
public struct SentenceFingerprint: Sendable, Hashable, BitwiseCopyable {
  /// Number of MinHash values in a signature.
  public static let hashCount = 32
  /// Fewest words (after normalisation, function words included) a sentence needs.
  public static let minimumWords = 4
  /// Fewest distinct content words (not placeholders, not function words) it needs.
  public static let minimumContentWords = 2

  /// MinHash values 0–15 and 16–31.
  package var hashes0, hashes1: SIMD16<UInt32>
  /// Words in the normalised sentence (function words and placeholders included, @handles not).
  public var wordCount: Int

  /// nil for sentences too short to judge (fewer than ~4 words after normalisation).
  ///
  /// Also nil when fewer than `minimumContentWords` content words remain: "12 34 56 78" or
  /// "it is what it is" are not sentences a script can be recognised by.
  public init?(sentence: Substring) {
    guard let fingerprint = Self.make(sentence) else { return nil }
    self = fingerprint
  }

  /// Fingerprints a whole string as one sentence; see `init(sentence:)`.
  public init?(sentence: String) {
    guard let fingerprint = Self.make(sentence) else { return nil }
    self = fingerprint
  }

  private init(signature: MinHashSignature, wordCount: Int) {
    hashes0 = signature.lanes0
    hashes1 = signature.lanes1
    self.wordCount = wordCount
  }

  private static func make<S: StringProtocol>(_ text: S) -> SentenceFingerprint? {
    var builder = FingerprintBuilder()
    TextLexer.scan(text) { lexeme, bytes in builder.add(lexeme, bytes) }
    return builder.fingerprint
  }

  /// A fingerprint from a finished builder's signature.
  package init(signature: MinHashSignature, words: Int) {
    self.init(signature: signature, wordCount: words)
  }

  /// How many of the 32 MinHash positions agree with `other`.
  @inline(__always)
  public func agreement(with other: SentenceFingerprint) -> Int {
    Int((Self.equalLanes(hashes0, other.hashes0) &+ Self.equalLanes(hashes1, other.hashes1))
      .wrappedSum())
  }

  /// 1 where the lanes are equal, 0 elsewhere, in plain lane arithmetic (the stdlib's
  /// mask-based `replacing(with:where:)` compiles to a lane-by-lane loop).
  @inline(__always)
  private static func equalLanes(_ a: SIMD16<UInt32>, _ b: SIMD16<UInt32>) -> SIMD16<UInt32> {
    let difference = a ^ b
    // The top bit of x | −x is set exactly when x ≠ 0.
    return 1 &- ((difference | (0 &- difference)) &>> 31)
  }

  /// Estimated Jaccard resemblance of the two sentences' shingle sets, 0…1.
  public func similarity(to other: SentenceFingerprint) -> Double {
    Double(agreement(with: other)) / Double(Self.hashCount)
  }

  /// The low byte of every MinHash value (see `QuickSignature`).
  @inline(__always)
  package var quickSignature: QuickSignature {
    QuickSignature(
      low: SIMD16<UInt8>(truncatingIfNeeded: hashes0),
      high: SIMD16<UInt8>(truncatingIfNeeded: hashes1))
  }

  /// The MinHash value at `position` (0..<32).
  @inline(__always)
  package func hash(at position: Int) -> UInt32 {
    position < 16 ? hashes0[position] : hashes1[position - 16]
  }
}
