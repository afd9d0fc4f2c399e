import CallAuditText
/// What the metrics keep of one contact once it has been read: counts, codes,
/// keys and sentence fingerprints, never the transcript.
struct ContactRecord: Sendable {
  /// Marks a number the export did not give.
  static let missing: Int32 = -1
  /// Marks a time the export did not give.
  static let noTime = Int64.min

  var id: String
  var provider: Int32
  var sourcing: Sourcing
  var status: ContactStatus
  /// Why the contact's own fields show it unresolved, if they do.
  var recordedUnresolved: UnresolvedReason?
  var transfers: Int32
  /// 1 escalated, 0 not, -1 unknown.
  var escalated: Int8
  var handleSeconds: Int32
  /// NaN when the export has no score.
  var csat: Float

  /// Hash of (provider, customer id); 0 when unknown.
  var customer: UInt64
  /// Hash of the agent id; 0 when unknown.
  var agent: UInt64
  /// Interned category; -1 when unknown.
  var category: Int32
  /// Interned channel; -1 when unknown.
  var channel: Int32
  /// When the contact opened (or closed, when no opening time is given).
  var opened: Int64
  /// When the export last changed the contact; `noTime` when it does not say.
  var updated: Int64
  /// Hash of (provider, contact id): what makes two records one contact (``ContactIdentity``).
  var identity: UInt64
  /// Digest of the whole contact (``ContactVersion``): equal for copies, different for versions.
  var version: UInt64
  /// The agent's own sentences (those the mined scripts may claim): a range in its shard's
  /// fingerprints and traits (set when decoded).
  var sentenceStart: Int32 = 0
  var sentenceCount: Int32 = 0
  /// Words in every agent sentence read (``TranscriptSignals``).
  var agentWords: Int32 = 0
  /// Words in ritual sentences, in library-move sentences, and in the agent's own sentences
  /// too short to fingerprint.
  var ritualWords: Int32 = 0
  var moveWords: Int32 = 0
  var looseWords: Int32 = 0
  /// One of those short sentences takes up a specific or states a value of the case.
  var looseEngaged = false
  /// The library moves counted (``SupportMoveLibrary`` ids).
  var moves: [UInt16] = []
  /// For each move, the position of the sentence that first made it among the contact's
  /// sentences (`UInt16.max` for none); empty when not known (an old digest).
  var moveSentences: [UInt16] = []
  /// How the conversation ended (``ConversationOutcome`` position); -1 without text.
  var outcome: Int8 = -1
  /// The customer raised something to resolve (not only praise or chat).
  var problemRaised = false
  /// The agent wrote in a language the English rules cannot read (``LanguageEvidence``).
  var otherLanguage = false
  /// The customer's words saying the problem persists, as evidence.
  var persistence: String?
  /// The customer's words announcing they will leave.
  var churnIntent: String?
  /// The category or resolution code records a cancellation or disconnection.
  var churnCode: Bool
  /// Which input the contact came from: an index into the analyzer's inputs.
  var source: Int32 = 0
  /// The contact's position in its input: with `source`, orders contacts as read.
  var ordinal: Int32 = 0
  /// Some turn holds text: the transcript measures could be taken.
  var hasText: Bool
  /// A category or resolution code is given, so churn can be judged from codes.
  var hasCodes: Bool
  /// A resolution code is given.
  var hasResolution: Bool
  /// 1 answered, 0 not answered (abandoned, busy, failed), -1 not recorded.
  var answered: Int8

  init(_ contact: Contact, provider: Int32, category: Int32, channel: Int32, policy: ResolutionPolicy) {
    id = contact.id
    self.provider = provider
    sourcing = contact.sourcing
    status = contact.status
    recordedUnresolved = policy.unresolvedReason(status: contact.status, resolution: contact.resolution)
    transfers = contact.transfers.map { Int32(clamping: $0) } ?? Self.missing
    escalated = contact.escalated.map { $0 ? 1 : 0 } ?? -1
    handleSeconds = contact.handleSeconds.map { Int32(clamping: $0) } ?? Self.missing
    csat = contact.csat.map(Float.init) ?? .nan
    customer = contact.customerID.map { StableHash.of(contact.provider, $0) } ?? 0
    agent = contact.agentID.map { StableHash.of($0) } ?? 0
    self.category = category
    self.channel = channel
    opened = (contact.openedAt ?? contact.closedAt)?.secondsSinceEpoch ?? Self.noTime
    updated = contact.updatedAt?.secondsSinceEpoch ?? Self.noTime
    version = ContactVersion.of(contact)
    identity = StableHash.of(contact.provider, "#", contact.id)
    churnCode = ChurnVocabulary.isChurnCategory(contact.category)
      || ChurnVocabulary.isChurnResolution(contact.resolution)
    hasText = Self.hasText(contact.turns)
    hasCodes = contact.category != nil || contact.resolution != nil
    hasResolution = contact.resolution != nil
    answered = contact.answered.map { $0 ? 1 : 0 } ?? -1
  }

  /// Whether any turn holds more than blanks.
  static func hasText(_ turns: [Turn]) -> Bool {
    turns.contains { turn in turn.text.utf8.contains { !$0.isASCIIBlank } }
  }
}

extension ContactRecord {
  /// How the conversation ended, when it had text.
  var conversationOutcome: ConversationOutcome? {
    outcome >= 0 && Int(outcome) < ConversationOutcome.allCases.count ? ConversationOutcome.allCases[Int(outcome)] : nil
  }

  /// What shards contacts: the customer, so that all of a customer's contacts
  /// meet; a contact without a customer stands for itself (its provider and
  /// id), so that its copies in other inputs meet it (``ContactIdentity``).
  var shardKey: UInt64 {
    customer != 0 ? customer : identity
  }
}
