import CallAuditModel

/// A contact decided but not yet worded: everything the timeline and the labels
/// depend on. Kept small, because contacts wait in a heap until their time comes;
/// the transcript is written only when the contact is emitted.
struct PlannedContact: Sendable, Comparable {
  /// When it opens (seconds since the epoch).
  var openedAt: Int64
  /// Planning order; breaks ties and seeds the contact's wording.
  var sequence: UInt64
  /// The episode, which seeds the customer's specifics.
  var episode: UInt64
  /// When the episode's first contact opened.
  var episodeStart: Int64
  var provider: Int
  var site: Int
  var agent: Int
  var customer: Int
  var category: IssueCategory
  var channel: Channel
  var role: ContactRole
  /// 0 for the first contact, 1 for the first repeat, … (a transfer keeps its chain's).
  var repeatIndex: Int

  var scripted: Bool
  var unresolved: Bool
  var repeatFollows: Bool
  var churn: Bool
  var repeatChurn: Bool
  /// Says something that sounds like churn but is not (only when `churn` is false).
  var distractor: Bool

  var ending: Ending
  var status: ContactStatus
  var resolution: String?
  var escalated: Bool
  var transfers: Int
  /// Seconds from opening to the last turn.
  var duration: Int64
  /// Seconds from opening to closing (ignored when the contact is not closed).
  var closeAfter: Int64
  var handleSeconds: Int

  /// How the customer's last words go.
  enum Ending: Sendable {
    /// The customer confirms the fix.
    case confirm
    /// The customer says the problem persists.
    case persist
    /// Neither: the record or a repeat tells the outcome.
    case neutral
    /// The agent hands the customer to a colleague.
    case transferAway
  }

  /// Whether the record carries a closing time.
  var isClosed: Bool { status == .closed || status == .resolved }

  static func < (lhs: PlannedContact, rhs: PlannedContact) -> Bool {
    (lhs.openedAt, lhs.sequence) < (rhs.openedAt, rhs.sequence)
  }

  static func == (lhs: PlannedContact, rhs: PlannedContact) -> Bool {
    lhs.sequence == rhs.sequence
  }
}
