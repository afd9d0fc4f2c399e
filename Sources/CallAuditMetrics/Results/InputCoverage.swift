/// What the contacts of one input carried, and so which measures that input
/// could supply: a call-record export has no transcript text, a ticket export
/// no answer state. Reports show it per input so that a measure an input could
/// not feed is never read as a zero.
public struct InputCoverage: Sendable, Hashable, Codable {
  /// Contacts measured from the input: each contact once, in the version kept (``ContactIdentity``).
  public var contacts = 0
  /// Records identical to a copy read before them (in this input or an earlier one), not measured again.
  public var duplicates = 0
  /// Records that are a different version of a contact read before them; the version
  /// last updated (or read last) is the one measured.
  public var updated = 0
  /// Contacts the run's filter left out of the measures (``ContactFilter``): read and kept
  /// like the measured ones, in the version kept, but not measured. 0 without a filter.
  public var leftOut = 0
  /// What the counts below are taken over: every record the input contributed,
  /// duplicates and superseded versions included, since they say what the input can carry.
  /// Contacts with transcript text, with agent text, with customer text.
  public var withText = 0
  public var withAgentText = 0
  /// Contacts with both a customer id and a time: repeats can be looked for.
  public var repeatMeasurable = 0
  /// Contacts with a customer id, an agent and a time: hand-offs can be seen.
  public var handOffVisible = 0
  /// Contacts with a category or resolution code.
  public var withCodes = 0
  /// Contacts with a status (open, pending, resolved, closed).
  public var withStatus = 0
  /// Contacts with a resolution code.
  public var withResolution = 0
  public var withTransfers = 0
  public var withEscalation = 0
  public var withAnswerState = 0
  public var withHandleTime = 0
  public var answeredWithHandleTime = 0
  public var withCSAT = 0

  /// Creates an empty coverage.
  public init() {}

  /// How far the input feeds one measure.
  public enum Support: Sendable, Hashable {
    /// Fully.
    case supplied
    /// Only part of the definition applies; the sentence says what is missing.
    case partial(String)
    /// Not at all; the sentence says why.
    case notSupplied(String)
  }

  /// The measures in report order: the rates' keys, then `handle_time` and `csat`.
  public static let measures: [String] =
    RateMeasure.Name.allCases.map(\.rawValue) + ["handle_time", "csat"]

  /// Each measure with how far this input supplies it.
  public var support: [(measure: String, support: Support)] {
    Self.measures.map { ($0, support(for: $0)) }
  }

  /// How far this input supplies `measure` (a key of ``measures``).
  public func support(for measure: String) -> Support {
    guard contacts + leftOut + duplicates + updated > 0 else { return .notSupplied("no contacts were read") }
    let noText = "no transcript text"
    switch measure {
    case RateMeasure.Name.unresolved.rawValue:
      let kinds = evidence
      guard !kinds.isEmpty else {
        return .notSupplied("nothing shows it: no status, resolution code, conversation, answer state or repeat")
      }
      if withText > 0, withStatus > 0, withResolution > 0 { return .supplied }
      var missing: [String] = []
      if withStatus == 0 { missing.append("no status") }
      if withResolution == 0 {
        missing.append(withStatus > 0 ? "no resolution codes, so a closed contact is not unresolved for lack of one" : "no resolution codes")
      }
      if withText == 0 { missing.append(noText) }
      return .partial("rests on \(Self.list(kinds)): \(missing.joined(separator: "; "))")
    case RateMeasure.Name.fcr.rawValue, RateMeasure.Name.repeat.rawValue:
      guard repeatMeasurable > 0 else { return .notSupplied("no contact has both a customer id and a time") }
      if measure == RateMeasure.Name.fcr.rawValue, evidence == ["repeats"] {
        return .partial("rests on repeats alone: nothing else shows a contact unresolved")
      }
      return .supplied
    case RateMeasure.Name.scripted.rawValue, RateMeasure.Name.scriptedUnresolved.rawValue:
      return withAgentText > 0 ? .supplied : .notSupplied(withText > 0 ? "no agent text" : noText)
    case RateMeasure.Name.churnRisk.rawValue:
      return withText > 0 ? .supplied
        : withCodes > 0 ? .partial("from category and resolution codes only: \(noText)") : .notSupplied(noText)
    case RateMeasure.Name.transfers.rawValue:
      return withTransfers > 0 ? .supplied
        : handOffVisible > 0 ? .partial("only as seen in the data: the same customer back within minutes, with another agent")
        : .notSupplied("no transfer count, and no agent to see a hand-off")
    case RateMeasure.Name.escalated.rawValue:
      return withEscalation > 0 ? .supplied : .notSupplied("not recorded")
    case RateMeasure.Name.unanswered.rawValue:
      return withAnswerState > 0 ? .supplied : .notSupplied("no answer state; only call records have one")
    case RateMeasure.Name.shortCalls.rawValue:
      return answeredWithHandleTime > 0 ? .supplied : .notSupplied("no answered call with a handle time")
    case "handle_time":
      return withHandleTime > 0 ? .supplied : .notSupplied("not recorded")
    case "csat":
      return withCSAT > 0 ? .supplied : .notSupplied("not recorded")
    default:
      return .notSupplied("unknown measure")
    }
  }

  /// What the input's unresolved figure rests on, in a fixed order: "status", "resolution
  /// codes", "conversation", "answer state", "repeats" (docs/metrics.md).
  public var evidence: [String] {
    [("status", withStatus), ("resolution codes", withResolution), ("conversation", withText),
     ("answer state", withAnswerState), ("repeats", repeatMeasurable)].filter { $0.1 > 0 }.map(\.0)
  }

  /// "a", "a and b", "a, b and c".
  private static func list(_ items: [String]) -> String {
    items.count <= 2 ? items.joined(separator: " and ") : items.dropLast().joined(separator: ", ") + " and " + items.last!
  }

  /// Counts what one record of the input carries (not whether it is measured).
  package mutating func add(_ record: ContactRecord) {
    if record.hasText { withText += 1 }
    if record.status != .unknown { withStatus += 1 }
    if record.hasResolution { withResolution += 1 }
    if record.agentWords > 0 { withAgentText += 1 }
    let timed = record.opened != ContactRecord.noTime
    if record.customer != 0, timed { repeatMeasurable += 1 }
    if record.customer != 0, record.agent != 0, timed { handOffVisible += 1 }
    if record.hasCodes { withCodes += 1 }
    if record.transfers != ContactRecord.missing { withTransfers += 1 }
    if record.escalated >= 0 { withEscalation += 1 }
    if record.answered >= 0 { withAnswerState += 1 }
    if record.handleSeconds != ContactRecord.missing {
      withHandleTime += 1
      if record.answered == 1 { answeredWithHandleTime += 1 }
    }
    if !record.csat.isNaN { withCSAT += 1 }
  }

  /// Adds another count of the same input's contacts.
  package mutating func merge(_ other: InputCoverage) {
    contacts += other.contacts
    duplicates += other.duplicates
    updated += other.updated
    leftOut += other.leftOut
    withText += other.withText
    withAgentText += other.withAgentText
    repeatMeasurable += other.repeatMeasurable
    handOffVisible += other.handOffVisible
    withCodes += other.withCodes
    withStatus += other.withStatus
    withResolution += other.withResolution
    withTransfers += other.withTransfers
    withEscalation += other.withEscalation
    withAnswerState += other.withAnswerState
    withHandleTime += other.withHandleTime
    answeredWithHandleTime += other.answeredWithHandleTime
    withCSAT += other.withCSAT
  }
}
