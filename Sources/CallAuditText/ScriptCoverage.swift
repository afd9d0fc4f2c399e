/// How much of an agent's text is script: the per-contact input to "only read the script".
public struct ScriptCoverage: Sendable, Hashable {
  /// Sentences in the text.
  public var sentences = 0
  /// Sentences long enough to fingerprint (the rest cannot be judged either way).
  public var judgedSentences = 0
  /// Judged sentences that match a script.
  public var scriptedSentences = 0
  /// Words in judged sentences.
  public var judgedWords = 0
  /// Words in scripted sentences.
  public var scriptedWords = 0
  /// The script id of each scripted sentence, in order (repeats kept: a script read twice to
  /// the same customer is itself a signal).
  public var scriptIDs: [Int] = []

  /// Creates an empty coverage.
  public init() {}

  /// Share of judged words that are script, 0…1 (0 when nothing could be judged).
  public var scriptedShare: Double {
    judgedWords == 0 ? 0 : Double(scriptedWords) / Double(judgedWords)
  }

  /// Adds another text's coverage (for a contact's several agent turns).
  public mutating func add(_ other: ScriptCoverage) {
    sentences += other.sentences
    judgedSentences += other.judgedSentences
    scriptedSentences += other.scriptedSentences
    judgedWords += other.judgedWords
    scriptedWords += other.scriptedWords
    scriptIDs += other.scriptIDs
  }
}

extension ScriptLibrary {
  /// Splits agent text into sentences and matches each against the scripts. Word counts
  /// are normalised words (`SentenceFingerprint.wordCount`), so shares weigh long scripted
  /// sentences more than short ones.
  public func coverage(of agentText: String) -> ScriptCoverage {
    var coverage = ScriptCoverage()
    for sentence in SentenceSplitter.sentences(in: agentText) {
      coverage.sentences += 1
      guard let fingerprint = SentenceFingerprint(sentence: sentence) else { continue }
      coverage.judgedSentences += 1
      coverage.judgedWords += fingerprint.wordCount
      if let id = match(fingerprint) {
        coverage.scriptedSentences += 1
        coverage.scriptedWords += fingerprint.wordCount
        coverage.scriptIDs.append(id)
      }
    }
    return coverage
  }
}
