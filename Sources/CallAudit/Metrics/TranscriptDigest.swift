/// Everything the metrics take from one contact's transcript, read once: the
/// agent's sentences (fingerprint and text), the customer's words that count as
/// evidence, and whether any text was there.
///
/// A history keeps this instead of the transcript: the figures computed from a
/// digest equal those computed from the turns (``ContactAnalyzer/add(_:digest:)``),
/// while only short excerpts of text remain — and those can be redacted
/// (``redactingText(_:)``) without changing any measure, since the fingerprints
/// were taken from the original words.
public struct TranscriptDigest: Sendable, Equatable {
  /// One agent sentence long enough to judge.
  public struct AgentSentence: Sendable, Equatable {
    /// The sentence as shown in reports (script lines).
    public var text: String
    /// Its fingerprint, from the original words.
    public var fingerprint: SentenceFingerprint

    /// Creates a sentence.
    public init(text: String, fingerprint: SentenceFingerprint) {
      self.text = text
      self.fingerprint = fingerprint
    }
  }

  /// The agent's sentences, in order.
  public var agentSentences: [AgentSentence]
  /// Words in those sentences.
  public var agentWords: Int
  /// Whether an agent turn takes up the customer's specifics; `nil` when there were none.
  public var responsive: Bool?
  /// The customer's last words when they say the problem persists.
  public var persistence: String?
  /// The customer's words announcing they will leave.
  public var churnIntent: String?
  /// Whether any turn held text.
  public var hasText: Bool

  /// Creates a digest from stored parts.
  public init(
    agentSentences: [AgentSentence], agentWords: Int, responsive: Bool?, persistence: String?,
    churnIntent: String?, hasText: Bool
  ) {
    self.agentSentences = agentSentences
    self.agentWords = agentWords
    self.responsive = responsive
    self.persistence = persistence
    self.churnIntent = churnIntent
    self.hasText = hasText
  }

  /// Reads a transcript.
  public init(turns: [Turn]) {
    var sentences: [AgentSentence] = []
    let signals = TranscriptSignals(turns: turns) { sentence, fingerprint in
      sentences.append(AgentSentence(text: String(sentence), fingerprint: fingerprint))
    }
    self.init(
      agentSentences: sentences, agentWords: signals.agentWords, responsive: signals.responsive,
      persistence: signals.persistence, churnIntent: signals.churnIntent,
      hasText: ContactRecord.hasText(turns))
  }

  /// The digest with every piece of text passed through `transform` (e.g. a
  /// personal-data redactor); fingerprints and counts are unchanged.
  public func redactingText(_ transform: (String) -> String) -> TranscriptDigest {
    var copy = self
    copy.agentSentences = agentSentences.map { AgentSentence(text: transform($0.text), fingerprint: $0.fingerprint) }
    copy.persistence = persistence.map(transform)
    copy.churnIntent = churnIntent.map(transform)
    return copy
  }
}
