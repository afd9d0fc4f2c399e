import CallAuditModel

/// Writes what was said in a planned contact: a scripted agent strings together
/// script lines; a tailored one answers with sentences built on the customer's
/// specifics. The customer's last words match the planned outcome.
struct TranscriptComposer {
  let plan: PlannedContact
  var wording: Wording
  private var turns: [(Speaker, String)] = []
  /// A harmless "cancel …"/"switch …" remark still to be placed.
  private var pendingDistractor: String?
  /// Whether the churn threat was already made in the opening.
  private var churnSaid = false

  init(plan: PlannedContact, wording: Wording) {
    self.plan = plan
    self.wording = wording
  }

  /// The turns, in order, without timestamps.
  mutating func compose() -> [(Speaker, String)] {
    if plan.distractor { pendingDistractor = wording.sayAny(distractors) }
    switch plan.channel {
    case .call, .chat: composeConversation()
    case .email: composeEmail()
    }
    return turns
  }

  // MARK: - Channels

  private mutating func composeConversation() {
    let call = plan.channel == .call
    if call, wording.rng.chance(0.8) {
      system("IVR: caller selected option \(wording.rng.int(in: 1...4)) (\(menuName)).")
    } else if !call, wording.rng.chance(0.7) {
      system("Chat started from the \(wording.provider) website.")
    }
    if plan.role == .transfer {
      agent(wording.sayAny(CommonScripts.transferGreetings))
    } else {
      agent(wording.sayAny(call ? CommonScripts.callGreetings : CommonScripts.chatGreetings))
    }
    let opening = openingText()
    if !call, wording.rng.chance(0.2), let split = sentenceBreak(in: opening) {
      customer(String(opening[..<split.lowerBound]) + ".")  // chats arrive in pieces
      customer(String(opening[split.upperBound...]))
    } else {
      customer(opening)
    }
    if plan.role != .transfer, wording.rng.chance(0.7) {
      agent(wording.sayAny(CommonScripts.verification))
      customer(wording.sayAny(CustomerReplies.verificationAnswers))
      if wording.rng.chance(0.5) { agent(wording.sayAny(CommonScripts.verified)) }
    }
    if plan.scripted { scriptedBody() } else { tailoredBody() }
    if plan.ending == .transferAway {
      agent(wording.sayAny(CommonScripts.transfersOut))
      customer(wording.sayAny(CustomerReplies.holdReplies))
      system(call ? "Call transferred to the Tier 2 queue." : "Chat transferred to another agent.")
      return
    }
    customer(endingText())
    if wording.rng.chance(0.8) {
      agent(wording.say(CommonScripts.closings[wording.rng.chance(0.5) ? 0 : 1]))
    }
    if wording.rng.chance(0.4) { system(call ? "Call ended." : "Chat closed.") }
  }

  private mutating func composeEmail() {
    if wording.rng.chance(0.5) { system("Ticket created from e-mail.") }
    let signoff = wording.sayAny(CustomerReplies.emailSignoffs)
    customer("Hello,\n" + openingText() + "\n" + signoff)
    // The agent's reply is one message: greeting, body, sign-off.
    let before = turns.count
    if plan.scripted { scriptedBody() } else { tailoredBody() }
    let bodyLines = turns[before...].filter { $0.0 == .agent }.map(\.1)
    turns.removeSubrange(before...)
    var reply = [wording.sayAny(CommonScripts.emailGreetings)] + bodyLines
    reply.append(wording.sayAny(CommonScripts.emailClosings))
    agent(reply.joined(separator: "\n"))
    customer(endingText())
    if plan.ending != .confirm, wording.rng.chance(0.4) {
      agent(wording.sayAny(CommonScripts.brushOffs) + "\n" + wording.sayAny(CommonScripts.emailClosings))
    }
  }

  // MARK: - Bodies

  private mutating func scriptedBody() {
    let steps = topicSteps
    if wording.rng.chance(0.5) { agent(wording.sayAny(CommonScripts.empathy)) }
    var chosen = wording.rng.distinctIndices(wording.rng.int(in: 2...4), below: steps.count)
    // End a solved contact on the step that plausibly solved it.
    if !plan.unresolved, plan.ending != .transferAway, let fix = solvingStep, !chosen.contains(fix) {
      chosen[chosen.count - 1] = fix
    }
    for (position, index) in chosen.enumerated() {
      var line = wording.paraphrase(wording.say(steps[index]))
      if position == 0, wording.rng.chance(0.2) { line = wording.sayAny(CommonScripts.hold) + " " + line }
      agent(line)
      // After the step that solves it, the customer's next words are the confirmation.
      let solvedHere = position == chosen.count - 1 && !plan.unresolved && plan.ending == .confirm
      if !solvedHere { customer(reply()) }
    }
    switch plan.status {
    case _ where plan.ending == .transferAway: break
    case .open, .pending:
      agent(wording.say(CommonScripts.deflections[wording.rng.chance(0.6) ? 0 : 1]))
    case _ where plan.unresolved:
      let brushOff = wording.rng.chance(0.6)
      agent(brushOff ? wording.sayAny(CommonScripts.brushOffs) : wording.say(CommonScripts.deflections[2]))
    default: break
    }
  }

  private mutating func tailoredBody() {
    if wording.rng.chance(0.4) { agent(wording.sayAny(CommonScripts.empathy)) }
    if wording.rng.chance(0.25) {
      agent(wording.sayAny(topicSteps))
      customer(reply())
    }
    if wording.rng.chance(0.3) {
      agent(wording.sayAny(CommonScripts.hold))
      customer(wording.sayAny(CustomerReplies.holdReplies))
    }
    // Some agents answer only with facts from their systems in templated sentences: the
    // customer's own words are not echoed, yet the answer is this customer's (issue 18).
    let factsOnly = plan.category != .cancellation && wording.rng.chance(0.35)
    if factsOnly {
      agent(wording.sayAny(AccountFacts.findings(for: plan.category.topic)))
    } else {
      var diagnosis = wording.sayAny(TailoredLines.diagnoses(for: plan.category))
      if wording.rng.chance(0.3) { diagnosis += " " + wording.sayAny(AccountFacts.findings(for: plan.category.topic)) }
      agent(diagnosis)
    }
    customer(reply())
    if plan.ending == .transferAway { return }  // the colleague takes it from here
    let actions = TailoredLines.actions(for: plan.category)
    var answer: String
    if plan.category == .cancellation {
      answer = wording.say(actions[plan.unresolved ? 1 : 0])
    } else if factsOnly {
      answer = wording.sayAny(AccountFacts.actions(for: plan.category.topic))
    } else {
      answer = wording.sayAny(actions)
    }
    if !factsOnly, !(plan.category == .cancellation && plan.unresolved), wording.rng.chance(0.5) {
      answer += " " + wording.sayAny(TailoredLines.followUps(for: plan.category))
    }
    if plan.status == .open || plan.status == .pending, wording.rng.chance(0.4) {
      answer += " " + wording.say(CommonScripts.deflections[1])
    }
    agent(answer)
  }

  // MARK: - Customer words

  private mutating func openingText() -> String {
    var parts: [String] = []
    if plan.role == .transfer { parts.append(wording.sayAny(CustomerReplies.transferPrefixes)) }
    if plan.repeatIndex > 0, plan.role != .transfer || wording.rng.chance(0.5) {
      parts.append(wording.sayAny(CustomerReplies.repeatPrefixes))
    }
    parts.append(wording.sayAny(CustomerOpenings.openings(for: plan.category)))
    // A handed-on customer has no last words of their own, so any threat comes first.
    if plan.churn, plan.category != .cancellation, plan.ending == .transferAway || wording.rng.chance(0.25) {
      parts.append(wording.sayAny(CustomerReplies.churnThreats))
      churnSaid = true
    }
    // An e-mail has no later replies, so its remark goes into the opening.
    if let distractor = pendingDistractor, plan.channel == .email || wording.rng.chance(0.5) {
      parts.append(distractor)
      pendingDistractor = nil
    }
    return parts.joined(separator: " ")
  }

  /// A reply to an agent's step; places the distractor if it is still pending.
  private mutating func reply() -> String {
    if let distractor = pendingDistractor {
      pendingDistractor = nil
      return distractor
    }
    let technical = plan.category.topic == .connectivity || plan.category.topic == .equipment
    if technical, wording.rng.chance(0.35) { return wording.sayAny(CustomerReplies.technicalReplies) }
    return wording.sayAny(CustomerReplies.acknowledgements)
  }

  /// The customer's last words: they carry the outcome and any churn threat.
  private mutating func endingText() -> String {
    var text: String
    switch plan.ending {
    case .confirm:
      text = wording.sayAny(CustomerReplies.confirmations(for: plan.category.topic))
      if plan.churn, plan.category != .cancellation, !churnSaid {
        text += " " + wording.sayAny(CustomerReplies.conditionalThreats)
      }
      return text
    case .persist:
      if plan.repeatIndex > 0, wording.rng.chance(0.35) {
        text = wording.sayAny(CustomerReplies.repeatPersistence)
      } else {
        let technical = plan.category.topic == .connectivity || plan.category.topic == .equipment
        text = wording.say(CustomerReplies.persistence[technical ? wording.rng.below(3) : 1 + wording.rng.below(2)])
      }
    case .neutral, .transferAway:
      text = wording.sayAny(CustomerReplies.neutralEndings)
    }
    if plan.churn, plan.category != .cancellation, !churnSaid {
      text += " " + wording.sayAny(CustomerReplies.churnThreats)
    }
    if let distractor = pendingDistractor {
      pendingDistractor = nil
      text = distractor + " " + text
    }
    return text
  }

  // MARK: - Helpers

  private var topicSteps: [Template] {
    switch plan.category.topic {
    case .connectivity: ConnectivityScripts.steps
    case .equipment: EquipmentScripts.steps
    case .billing: BillingScripts.steps
    case .account: AccountScripts.steps
    case .retention: RetentionScripts.steps
    }
  }

  /// The step of the topic's script that can plausibly end a solved contact.
  private var solvingStep: Int? {
    switch plan.category.topic {
    case .connectivity: 12  // "I've refreshed your connection… restart the router once more."
    case .equipment: 4  // restart
    case .retention: 4  // the loyalty offer
    case .billing, .account: nil
    }
  }

  private var distractors: [Template] {
    switch plan.category.topic {
    case .connectivity, .equipment: CustomerReplies.distractors
    case .billing, .account, .retention: [CustomerReplies.distractors[0], CustomerReplies.distractors[2]]
    }
  }

  private var menuName: String {
    switch plan.category.topic {
    case .connectivity, .equipment: "technical support"
    case .billing: "billing"
    case .account: "my account"
    case .retention: "leaving us"
    }
  }

  /// The first ". " that ends a sentence (not "St. Anne's").
  private func sentenceBreak(in text: String) -> Range<String.Index>? {
    text.ranges(of: ". ").first { !text[..<$0.lowerBound].hasSuffix(" St") }
  }

  /// Says `text` as the agent; in calls and chats, consecutive sentences of
  /// the agent form one multi-sentence turn.
  private mutating func agent(_ text: String) {
    if plan.channel != .email, let last = turns.last, last.0 == .agent {
      turns[turns.count - 1].1 += " " + text
    } else {
      turns.append((.agent, text))
    }
  }

  private mutating func customer(_ text: String) { turns.append((.customer, text)) }
  private mutating func system(_ text: String) { turns.append((.system, text)) }
}
