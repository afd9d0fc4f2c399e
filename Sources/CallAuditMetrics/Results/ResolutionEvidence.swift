/// What can show a contact unresolved or resolved, counted over contacts: the evidence an
/// unresolved (and so a first-contact-resolution) figure rests on (docs/metrics.md,
/// "What each rate rests on").
public struct ResolutionEvidence: Sendable, Hashable, Codable {
  /// Contacts with a status (open, pending, resolved, closed).
  public var status = 0
  /// Contacts with a resolution code.
  public var codes = 0
  /// Contacts with a conversation (transcript text) whose outcome was read.
  public var conversation = 0
  /// Contacts whose record says whether they were answered (call records).
  public var answerState = 0
  /// Contacts whose repeat status is known.
  public var repeats = 0

  /// No evidence.
  public init() {}

  /// The evidence one contact carries.
  package init(_ record: ContactRecord, repeatKnown: Bool) {
    status = record.status != .unknown ? 1 : 0
    codes = record.hasResolution ? 1 : 0
    conversation = record.hasText ? 1 : 0
    answerState = record.answered >= 0 ? 1 : 0
    repeats = repeatKnown ? 1 : 0
  }

  /// Whether any kind is present.
  package var any: Bool { status + codes + conversation + answerState + repeats > 0 }

  /// Adds another count.
  package mutating func merge(_ other: ResolutionEvidence) {
    status += other.status
    codes += other.codes
    conversation += other.conversation
    answerState += other.answerState
    repeats += other.repeats
  }

  /// The kinds present, in a fixed order, as the report names them.
  public var kinds: [String] {
    [("status", status), ("resolution codes", codes), ("conversation", conversation), ("answer state", answerState),
     ("repeats", repeats)].filter { $0.1 > 0 }.map(\.0)
  }
}

extension ContactMeasure.RepeatStatus {
  /// Whether the contact's repeat status is known (repeated or not, window observed).
  package var isKnown: Bool {
    switch self {
    case .repeated, .notRepeated: true
    case .censored, .notMeasurable: false
    }
  }
}
