/// How a conversation ended, read from its end backwards (docs/metrics.md, "Outcome").
///
/// - No agent turn: `abandoned` when the customer raised something, else `unknown`.
/// - The customer spoke last: their words decide — the problem persists (`still-broken`),
///   it is fixed (`confirmed-fixed`), or anything else but courtesy and praise went
///   unanswered (`abandoned`). Courtesy ("ok thanks", "DM sent") leaves the decision to
///   what came before.
/// - Otherwise, walking back: a customer turn confirming the fix or saying it persists
///   decides; an agent turn decides by what it did (`AgentTurnProfile.outcome`); a ritual
///   turn ("glad to hear it, have a good day") is passed over, and, when it asks nothing,
///   answers the customer turn before it if that turn asks nothing and names no problem
///   (praise, a photo, chat).
/// - Nothing decided: `answered` when nothing was raised (praise, chat), else `unknown`.
package enum OutcomeRules {
  /// The outcome of `parts`, given each part's customer reading or agent profile.
  package static func outcome(
    of parts: [Conversation.Part], customers: [CustomerTurnReading?], agents: [AgentTurnProfile?],
    problemRaised: Bool
  ) -> ConversationOutcome {
    guard agents.contains(where: { $0 != nil }) else { return problemRaised ? .abandoned : .unknown }
    if let last = customers.last, let reading = last {
      if let decided = decided(by: reading) { return decided }
      if !reading.courtesyOnly, reading.raisesSomething || !reading.praises { return .abandoned }
    }
    var ritualReply = false
    for index in parts.indices.reversed() {
      if let reading = customers[index] {
        if let decided = decided(by: reading) { return decided }
        // A ritual reply ("Thanks for the shout out! -Becky") to a remark that asks nothing and
        // names no problem (a photo, a promotion, chat) answered it.
        if ritualReply, !reading.raisesSomething { return .answered }
        ritualReply = false
        continue
      }
      if let profile = agents[index] {
        if let outcome = profile.outcome { return outcome }
        ritualReply = !profile.asks
      }
    }
    return problemRaised ? .unknown : .answered
  }

  /// What a customer turn settles on its own: a fix confirmed, or a problem that persists.
  private static func decided(by reading: CustomerTurnReading) -> ConversationOutcome? {
    if reading.persistence != nil, reading.confirmation == nil || reading.persistsAfterConfirming { return .stillBroken }
    if reading.confirmation != nil { return .confirmedFixed }
    return nil
  }
}
