import CallAuditModel
import CallAuditText

/// What the metrics keep of one contact once it has been read: counts, codes,
/// keys and sentence fingerprints, never the transcript.
package struct ContactRecord: Sendable {
  /// Marks a number the export did not give.
  package static let missing: Int32 = -1
  /// Marks a time the export did not give.
  package static let noTime = Int64.min

  package var id: String
  package var provider: Int32
  package var sourcing: Sourcing
  package var status: ContactStatus
  /// Why the contact's own fields show it unresolved, if they do.
  package var recordedUnresolved: UnresolvedReason?
  package var transfers: Int32
  /// 1 escalated, 0 not, -1 unknown.
  package var escalated: Int8
  package var handleSeconds: Int32
  /// NaN when the export has no score.
  package var csat: Float

  /// Hash of (provider, customer id); 0 when unknown.
  package var customer: UInt64
  /// Hash of the agent id; 0 when unknown.
  package var agent: UInt64
  /// Interned category; -1 when unknown.
  package var category: Int32
  /// Interned channel; -1 when unknown.
  package var channel: Int32
  /// Interned site; -1 when unknown.
  package var site: Int32 = -1
  /// Interned team; -1 when unknown.
  package var team: Int32 = -1
  /// The agent id as exported, kept only when a report is to show agents by name
  /// (`--show-agents`); otherwise agents are known by ``agent``'s hash alone.
  package var agentName: String?
  /// When the contact opened (or closed, when no opening time is given).
  package var opened: Int64
  /// When the export last changed the contact; `noTime` when it does not say.
  package var updated: Int64
  /// Hash of (provider, contact id): what makes two records one contact (``ContactIdentity``).
  package var identity: UInt64
  /// Digest of the whole contact (``ContactVersion``): equal for copies, different for versions.
  package var version: UInt64
  /// The agent's own sentences (those the mined scripts may claim): a range in its shard's
  /// fingerprints and traits (set when decoded).
  package var sentenceStart: Int32 = 0
  package var sentenceCount: Int32 = 0
  /// Words in every agent sentence read (``TranscriptSignals``).
  package var agentWords: Int32 = 0
  /// Words in ritual sentences, in library-move sentences, and in the agent's own sentences
  /// too short to fingerprint.
  package var ritualWords: Int32 = 0
  package var moveWords: Int32 = 0
  package var looseWords: Int32 = 0
  /// One of those short sentences takes up a specific or states a value of the case.
  package var looseEngaged = false
  /// The library moves counted (``SupportMoveLibrary`` ids).
  package var moves: [UInt16] = []
  /// For each move, the position of the sentence that first made it among the contact's
  /// sentences (`UInt16.max` for none); empty when not known (an old digest).
  package var moveSentences: [UInt16] = []
  /// How the conversation ended (``ConversationOutcome`` position); -1 without text.
  package var outcome: Int8 = -1
  /// The customer raised something to resolve (not only praise or chat).
  package var problemRaised = false
  /// The agent wrote in a language the English rules cannot read (``LanguageEvidence``).
  package var otherLanguage = false
  /// The customer's words saying the problem persists, as evidence.
  package var persistence: String?
  /// The export's own labels of the contact (``Contact/vendorLabels``), joined; evidence only.
  package var vendorLabels: String?
  /// The customer's words announcing they will leave.
  package var churnIntent: String?
  /// The category or resolution code records a cancellation or disconnection.
  package var churnCode: Bool
  /// Which input the contact came from: an index into the analyzer's inputs.
  package var source: Int32 = 0
  /// The contact's position in its input: with `source`, orders contacts as read.
  package var ordinal: Int32 = 0
  /// Some turn holds text: the transcript measures could be taken.
  package var hasText: Bool
  /// A category or resolution code is given, so churn can be judged from codes.
  package var hasCodes: Bool
  /// A resolution code is given.
  package var hasResolution: Bool
  /// 1 answered, 0 not answered (abandoned, busy, failed), -1 not recorded.
  package var answered: Int8
  /// Why the run's filter leaves the contact out of the measures (``ContactFilter/Reason``
  /// bits); 0 when it is measured. Set when the contact is read, so that identity and the
  /// repeat search, which see every contact, can still tell.
  package var leftOut: UInt8 = 0

  package init(_ contact: Contact, provider: Int32, category: Int32, channel: Int32, policy: ResolutionPolicy) {
    vendorLabels = contact.vendorLabels.isEmpty ? nil : contact.vendorLabels.joined(separator: "; ")
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
  package static func hasText(_ turns: [Turn]) -> Bool {
    turns.contains { turn in turn.text.utf8.contains { !$0.isASCIIBlank } }
  }
}

extension ContactRecord {
  /// How the conversation ended, when it had text.
  package var conversationOutcome: ConversationOutcome? {
    outcome >= 0 && Int(outcome) < ConversationOutcome.allCases.count ? ConversationOutcome.allCases[Int(outcome)] : nil
  }

  /// What shards contacts: the customer, so that all of a customer's contacts
  /// meet; a contact without a customer stands for itself (its provider and
  /// id), so that its copies in other inputs meet it (``ContactIdentity``).
  package var shardKey: UInt64 {
    customer != 0 ? customer : identity
  }
}
