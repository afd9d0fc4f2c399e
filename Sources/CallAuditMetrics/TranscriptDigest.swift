import CallAuditModel
import CallAuditText

/// Everything the metrics take from one contact's transcript, read once: the agent's
/// sentences (fingerprint and text), what the conversation showed (moves, outcome), the
/// customer's words that count as evidence, and whether any text was there.
///
/// A history keeps this instead of the transcript: the figures computed from a
/// digest equal those computed from the turns (``ContactAnalyzer/add(_:digest:)``),
/// while only short excerpts of text remain — and those can be redacted
/// (``redactingText(_:)``) without changing any measure, since the fingerprints
/// were taken from the original words.
public struct TranscriptDigest: Sendable, Equatable {
  /// One agent sentence long enough to fingerprint.
  public struct AgentSentence: Sendable, Equatable {
    /// The sentence as shown in reports (script lines).
    public var text: String
    /// Its fingerprint, from the original words.
    public var fingerprint: SentenceFingerprint
    /// A hash of the case-specific values it states (0 when none): a mined template whose
    /// values vary is data, not script.
    public var valueHash: UInt64
    /// For the agent's own sentences, what they carry (a byte of flags, docs/metrics.md);
    /// `nil` for sentences already settled as a move or a ritual.
    public var ownTraits: UInt8?

    /// Creates a sentence.
    public init(text: String, fingerprint: SentenceFingerprint, valueHash: UInt64 = 0, ownTraits: UInt8? = 0) {
      self.text = text
      self.fingerprint = fingerprint
      self.valueHash = valueHash
      self.ownTraits = ownTraits
    }
  }

  /// What the agent's reply and the conversation showed, beyond the sentences.
  public struct Reading: Sendable, Equatable {
    /// Words in ritual sentences, in library-move sentences, and in the agent's own
    /// sentences too short to fingerprint.
    public var ritualWords = 0
    public var moveWords = 0
    public var looseWords = 0
    /// One of those short sentences takes up a specific, states a value of the case or is a
    /// short answer.
    public var looseEngaged = false
    /// The library moves counted (``SupportMoveLibrary`` ids).
    public var moves: [UInt16] = []
    /// For each move, the position among the agent sentences of the one that first made it
    /// (`UInt16.max` when none was fingerprinted); empty in digests stored before it was kept.
    public var moveSentences: [UInt16] = []
    /// How the conversation ended.
    public var outcome: ConversationOutcome?
    /// The customer raised something to resolve.
    public var problemRaised = false
    /// The agent wrote in a language the English rules cannot read: no script measure.
    public var otherLanguage = false

    /// An empty reading: every sentence the agent's own, no outcome (as digests stored before
    /// these fields existed are read).
    public init() {}

    /// What `signals` read of the agent's moves and the conversation's end.
    package init(_ signals: TranscriptSignals) {
      ritualWords = signals.ritualWords
      moveWords = signals.moveWords
      looseWords = signals.looseWords
      looseEngaged = signals.looseEngaged
      moves = signals.moves
      moveSentences = signals.moveSentences
      outcome = signals.outcome
      problemRaised = signals.problemRaised
      otherLanguage = signals.otherLanguage
    }
  }

  /// The agent's fingerprinted sentences, in order.
  public var agentSentences: [AgentSentence]
  /// Words in every agent sentence read.
  public var agentWords: Int
  /// Whether an agent sentence takes up the customer's specifics or states a value of the case.
  public var responsive: Bool?
  /// The customer's last words when they say the problem persists.
  public var persistence: String?
  /// The customer's words announcing they will leave.
  public var churnIntent: String?
  /// Whether any turn held text.
  public var hasText: Bool
  /// Moves, outcome and the rest of the reading.
  public var reading: Reading

  /// Creates a digest from stored parts.
  public init(
    agentSentences: [AgentSentence], agentWords: Int, responsive: Bool?, persistence: String?,
    churnIntent: String?, hasText: Bool, reading: Reading = Reading()
  ) {
    self.agentSentences = agentSentences
    self.agentWords = agentWords
    self.responsive = responsive
    self.persistence = persistence
    self.churnIntent = churnIntent
    self.hasText = hasText
    self.reading = reading
  }

  /// Reads a transcript.
  public init(turns: [Turn]) {
    var sentences: [AgentSentence] = []
    let signals = TranscriptSignals(turns: turns) { sentence, fingerprint, values, traits in
      sentences.append(
        AgentSentence(text: String(sentence), fingerprint: fingerprint, valueHash: values, ownTraits: traits?.rawValue))
    }
    let reading = Reading(signals)
    self.init(
      agentSentences: sentences, agentWords: signals.agentWords,
      responsive: signals.looseEngaged || signals.sentenceTraits.contains { $0.contains(.engages) && !$0.contains(.settled) },
      persistence: signals.persistence, churnIntent: signals.churnIntent, hasText: ContactRecord.hasText(turns),
      reading: reading)
  }

  /// The digest with every piece of text passed through `transform` (e.g. a
  /// personal-data redactor); fingerprints and counts are unchanged.
  public func redactingText(_ transform: (String) -> String) -> TranscriptDigest {
    var copy = self
    copy.agentSentences = agentSentences.map {
      AgentSentence(text: transform($0.text), fingerprint: $0.fingerprint, valueHash: $0.valueHash, ownTraits: $0.ownTraits)
    }
    copy.persistence = persistence.map(transform)
    copy.churnIntent = churnIntent.map(transform)
    return copy
  }
}

/// What a contact's record takes from its transcript, whether read now (``TranscriptSignals``)
/// or from a history's digest.
package struct TranscriptReading {
  package var fingerprints: [SentenceFingerprint]
  package var traits: [SentenceTraits]
  package var agentWords: Int
  package var reading: TranscriptDigest.Reading
  package var persistence: String?
  package var churnIntent: String?

  package init(_ signals: TranscriptSignals) {
    fingerprints = signals.agentSentences
    traits = signals.sentenceTraits
    agentWords = signals.agentWords
    reading = TranscriptDigest.Reading(signals)
    persistence = signals.persistence
    churnIntent = signals.churnIntent
  }

  package init(_ digest: TranscriptDigest) {
    fingerprints = digest.agentSentences.map(\.fingerprint)
    traits = digest.agentSentences.map { $0.ownTraits.map(SentenceTraits.init(rawValue:)) ?? .settled }
    agentWords = digest.agentWords
    reading = digest.reading
    persistence = digest.persistence
    churnIntent = digest.churnIntent
  }

  /// Stores the reading in `record`.
  package func apply(to record: inout ContactRecord) {
    record.sentenceCount = Int32(fingerprints.count)
    record.agentWords = Int32(clamping: agentWords)
    record.ritualWords = Int32(clamping: reading.ritualWords)
    record.moveWords = Int32(clamping: reading.moveWords)
    record.looseWords = Int32(clamping: reading.looseWords)
    record.looseEngaged = reading.looseEngaged
    record.moves = reading.moves
    record.moveSentences = reading.moveSentences.count == reading.moves.count ? reading.moveSentences : []
    record.outcome = reading.outcome.flatMap { ConversationOutcome.allCases.firstIndex(of: $0) }.map(Int8.init) ?? -1
    record.problemRaised = reading.problemRaised
    record.otherLanguage = reading.otherLanguage
    record.persistence = persistence
    record.churnIntent = churnIntent
  }
}
