/// A ticket's state at export time, folded onto the states every helpdesk shares.
public enum ContactStatus: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
  /// Still being worked on.
  case open
  /// Waiting on the customer or a third party.
  case pending
  /// The agent marked the problem solved.
  case resolved
  /// The ticket is closed, solved or not.
  case closed
  /// The export gives no state, or one callaudit does not recognise.
  case unknown

  /// Parses canonical names and common helpdesk synonyms
  /// (`new`, `in progress`, `on hold`, `solved`, `done`, …).
  public init(label: some StringProtocol) {
    // The canonical spellings, in every record of a canonical export, are compared as they are.
    for status in Self.allCases where label == status.rawValue {
      self = status
      return
    }
    switch label.lowercased().trimmingASCIIWhitespace() {
    case "open", "new", "in progress", "in_progress", "active", "assigned", "reopened": self = .open
    case "pending", "on hold", "on_hold", "hold", "waiting", "awaiting customer": self = .pending
    case "resolved", "solved", "fixed", "done": self = .resolved
    case "closed", "close", "cancelled", "canceled": self = .closed
    default: self = .unknown
    }
  }

  public static func < (lhs: ContactStatus, rhs: ContactStatus) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}

extension ContactStatus: CaseIndexed {
  /// Hashed by case (``CaseIndexed``), not by raw value.
  public func hash(into hasher: inout Hasher) { hasher.combine(caseIndex) }

  package var caseIndex: UInt8 {
    switch self {
    case .open: 0
    case .pending: 1
    case .resolved: 2
    case .closed: 3
    case .unknown: 4
    }
  }
}
