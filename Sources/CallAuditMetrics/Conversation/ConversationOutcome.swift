import CallAuditModel

/// How a conversation ended, read from what was said (docs/metrics.md, "Outcome").
///
/// For a source that carries no status, the outcome is the evidence of resolution: a
/// problem is resolved only when the conversation shows it (the customer confirms, or the
/// agent answers or completes the action).
public enum ConversationOutcome: String, Sendable, Hashable, CaseIterable, Codable {
  /// The customer confirms it works: "that fixed it, thanks".
  case confirmedFixed = "confirmed-fixed"
  /// The agent answered the question or completed the action, and the customer did not come
  /// back saying it is still broken.
  case answered
  /// The conversation ends on a move to another channel or a promise: "DM us", "we'll get back to you".
  case deflected
  /// The customer's last words, a question or a complaint, went unanswered.
  case abandoned
  /// The customer's last words say it is still not fixed.
  case stillBroken = "still-broken"
  /// None of these can be told: the thread ends on the agent's question or a generic step, or
  /// there was nothing to resolve.
  case unknown

  /// Whether the conversation shows the problem resolved.
  public var showsResolution: Bool { self == .confirmedFixed || self == .answered }
}

extension ConversationOutcome: CaseIndexed {
  /// Hashed by case (``CaseIndexed``), not by raw value.
  public func hash(into hasher: inout Hasher) { hasher.combine(caseIndex) }

  package var caseIndex: UInt8 {
    switch self {
    case .confirmedFixed: 0
    case .answered: 1
    case .deflected: 2
    case .abandoned: 3
    case .stillBroken: 4
    case .unknown: 5
    }
  }
}
