import CallAuditModel

/// Which resolution codes mean the problem was *not* solved.
///
/// Helpdesks close tickets for many reasons; a closed ticket whose code says
/// "no fault found" or "customer advised" left the customer where they started.
/// The default list is documented in docs/metrics.md and can be replaced.
public struct ResolutionPolicy: Sendable, Hashable {
  /// The documented default non-resolving codes (compared lower-cased, trimmed).
  public static let defaultNonResolvingCodes: Set<String> = [
    "no fault found", "nff", "customer advised", "advised", "duplicate", "no action",
    "no action taken", "not resolved", "unresolved", "cancelled", "canceled", "withdrawn",
    "referred", "referred to third party", "no response", "customer unreachable",
    "could not reproduce", "cannot reproduce", "works as designed", "escalated", "abandoned",
  ]

  /// Codes that do not resolve the problem.
  public var nonResolvingCodes: Set<String>

  /// Creates a policy; by default with ``defaultNonResolvingCodes``.
  public init(nonResolvingCodes: Set<String> = ResolutionPolicy.defaultNonResolvingCodes) {
    self.nonResolvingCodes = Set(nonResolvingCodes.map { $0.lowercased().trimmingASCIIWhitespace() })
  }

  /// Why the contact's own record shows it unresolved, or `nil` when it does not.
  ///
  /// Open and pending contacts are unresolved; so are contacts closed or resolved
  /// with a non-resolving code, and contacts closed with no code at all. A
  /// contact marked resolved without a code counts as resolved; one with no
  /// status and no code says nothing either way.
  public func unresolvedReason(status: ContactStatus, resolution: String?) -> UnresolvedReason? {
    switch status {
    case .open, .pending: return .stillOpen
    case .closed, .resolved, .unknown:
      if let code = resolution, nonResolvingCodes.contains(code) { return .nonResolvingCode }
      if status == .closed, resolution == nil { return .closedWithoutResolution }
      return nil
    }
  }
}

/// Why a contact counts as unresolved.
public enum UnresolvedReason: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
  /// Still open or pending at export time.
  case stillOpen = "still-open"
  /// Closed with a code that does not resolve the problem.
  case nonResolvingCode = "non-resolving-code"
  /// Closed with no resolution code.
  case closedWithoutResolution = "closed-without-resolution"
  /// The same customer came back about the same thing within the repeat window.
  case repeatFollowed = "repeat-followed"
  /// The customer's last words say the problem persists.
  case customerSaysUnresolved = "customer-says-unresolved"
  /// Nobody answered: the call was abandoned, not picked up, busy or failed.
  case unanswered
  /// A contact without status or code whose conversation ends on a move to another channel
  /// or a promise ("DM us", "we'll get back to you").
  case deflected
  /// A contact without status or code whose customer's last words, a question or a
  /// complaint, went unanswered.
  case abandoned
  /// A contact without status or code in which the customer raised something and the
  /// conversation never shows it resolved (it ends on the agent's question or a generic step).
  case notShownResolved = "not-shown-resolved"

  public static func < (lhs: UnresolvedReason, rhs: UnresolvedReason) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}

extension UnresolvedReason: CaseIndexed {
  /// Hashed by case (``CaseIndexed``), not by raw value.
  public func hash(into hasher: inout Hasher) { hasher.combine(caseIndex) }

  package var caseIndex: UInt8 {
    switch self {
    case .stillOpen: 0
    case .nonResolvingCode: 1
    case .closedWithoutResolution: 2
    case .repeatFollowed: 3
    case .customerSaysUnresolved: 4
    case .unanswered: 5
    case .deflected: 6
    case .abandoned: 7
    case .notShownResolved: 8
    }
  }
}
