import CallAuditText

/// What one agent turn (consecutive agent messages joined) did, in words per sentence role:
/// the outcome rules read the conversation's last turns through it.
package struct AgentTurnProfile {
  /// Words in sentences that move the conversation elsewhere or promise a follow-up.
  package var deflecting = 0
  /// Words of generic troubleshooting.
  package var troubleshooting = 0
  /// Words of verification and other ritual, and of apologies.
  package var ritual = 0
  /// Words of the agent's own statements (open sentences that are not questions).
  package var statements = 0
  /// Words of the agent's own questions.
  package var questions = 0
  /// Words of verification requests.
  package var verifying = 0
  /// Whether some open sentence takes up the customer's specifics or states a value of the case.
  package var engaged = false
  /// Whether some sentence is a question ("Is there something I can help with?"): a ritual
  /// turn that asks leaves the conversation waiting on the customer.
  package var asks = false

  /// Adds one sentence.
  package mutating func add(_ reading: AgentSentenceReading, role: AgentSentenceReading.Role, engages: Bool) {
    if reading.question { asks = true }
    switch role {
    case .ritual:
      ritual += reading.words
      if reading.moves.has(.verify) { verifying += reading.words }
    case .move(let kind):
      switch kind {
      case .deflect, .escalate, .hold: deflecting += reading.words
      case .troubleshoot: troubleshooting += reading.words
      default: ritual += reading.words
      }
    case .open:
      if reading.question { questions += reading.words } else { statements += reading.words }
      // A specific taken up, or a statement of the agent's own at answer length, answers.
      if engages || (!reading.question && (reading.content >= SentenceTraits.answerContent || reading.answers)) {
        engaged = true
      }
    }
  }

  /// How the conversation stands after this turn, or nil when the turn is ritual only (the
  /// outcome is then read further back).
  ///
  /// An answer — a statement of the agent's own longer than the deflection, or a specific
  /// taken up — wins over a deflection in the same turn; a deflection otherwise ends the
  /// conversation elsewhere; a question, a generic step or a verification request leaves it
  /// waiting on the customer.
  package var outcome: ConversationOutcome? {
    if engaged || statements > max(deflecting, Self.answerWords) { return .answered }
    if deflecting > 0 { return .deflected }
    if questions > 0 || troubleshooting > 0 || verifying > 0 { return .unknown }
    if statements > 0 { return .answered }
    return nil
  }

  /// Fewest words of statements that answer when no deflection is in the turn.
  package static let answerWords = 3
}
