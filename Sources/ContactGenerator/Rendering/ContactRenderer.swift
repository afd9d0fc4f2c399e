import CallAuditModel

/// Turns a planned contact into the ``Contact`` an export would carry, with its
/// ground truth: ids, names, transcript, turn times, closing time and CSAT.
struct ContactRenderer: Sendable {
  let seed: UInt64
  let layouts: [ProviderLayout]

  private static let ordinals = ["first", "second", "third", "fourth", "fifth"]
  private static let resolvedScores = WeightedChoice([0.02, 0.03, 0.10, 0.30, 0.55])
  private static let resolvedScriptedScores = WeightedChoice([0.03, 0.07, 0.20, 0.35, 0.35])
  private static let unresolvedScores = WeightedChoice([0.45, 0.30, 0.15, 0.07, 0.03])
  private static let handedOnScores = WeightedChoice([0.10, 0.15, 0.30, 0.25, 0.20])

  /// The contact `plan` describes, numbered `number` within its provider.
  func render(_ plan: PlannedContact, number: Int) -> LabeledContact {
    let layout = layouts[plan.provider]
    var rng = Xoshiro256StarStar(seed: seed, stream: .wording, index: plan.sequence)
    let customerName = PeoplePools.customerName(
      seed: seed, key: UInt64(plan.provider) << 40 | UInt64(plan.customer))
    let agentName = PeoplePools.agentName(
      seed: seed, key: UInt64(plan.provider) << 48 | UInt64(plan.site) << 32 | UInt64(plan.agent))
    let hour = CalendarText.hour(plan.openedAt)
    let ticket = "REF-\(rng.int(in: 100_000...999_999))"
    let wording = Wording(
      rng: rng, agent: agentName, customerFirst: customerName.first, customerFull: customerName.full,
      provider: layout.spec.name,
      specifics: IssueSpecifics(seed: seed, episode: plan.episode, start: plan.episodeStart),
      ticket: ticket, daypart: hour < 12 ? "morning" : (hour < 18 ? "afternoon" : "evening"),
      ordinal: Self.ordinals[min(plan.repeatIndex, Self.ordinals.count - 1)])
    var composer = TranscriptComposer(plan: plan, wording: wording)
    let said = composer.compose()
    rng = composer.wording.rng

    let stamped = rng.chance(0.9)
    var turns: [Turn] = []
    turns.reserveCapacity(said.count)
    // Opening system messages carry the opening time; the rest spread over the duration.
    let leading = said.prefix(while: { $0.0 == .system }).count
    let gaps = Int64(max(1, said.count - leading - 1))
    var previous = plan.openedAt
    for (index, (speaker, text)) in said.enumerated() {
      let step = Int64(max(0, index - leading))
      var at = plan.openedAt + plan.duration * step / gaps
      if step > 0, index < said.count - 1 {
        let jitter = plan.duration / gaps / 3
        if jitter > 0 { at += Int64(rng.int(in: 0...Int(2 * jitter))) - jitter }
      }
      at = max(at, previous)
      previous = at
      turns.append(Turn(speaker: speaker, at: stamped ? Timestamp(secondsSinceEpoch: at) : nil, text: text))
    }

    let site = layout.spec.sites[plan.site]
    let contact = Contact(
      id: layout.contactID(number: number),
      provider: layout.spec.name,
      site: site.name,
      sourcing: site.sourcing,
      channel: plan.channel.label,
      customerID: ProviderLayout.customerID(plan.customer),
      agentID: layout.agentID(site: plan.site, agent: plan.agent),
      category: plan.category.label,
      openedAt: Timestamp(secondsSinceEpoch: plan.openedAt),
      closedAt: plan.isClosed ? Timestamp(secondsSinceEpoch: plan.openedAt + plan.closeAfter) : nil,
      status: plan.status,
      resolution: plan.resolution,
      transfers: plan.transfers,
      escalated: plan.escalated,
      csat: csat(plan, &rng),
      handleSeconds: plan.handleSeconds,
      turns: turns)
    let truth = GroundTruth(
      scripted: plan.scripted, unresolved: plan.unresolved, repeatFollows: plan.repeatFollows,
      churnRisk: plan.churn, repeatChurnRisk: plan.repeatChurn)
    return LabeledContact(contact: contact, truth: truth, role: plan.role)
  }

  /// A 1–5 survey score, lower when the problem stayed; about a third never answer.
  private func csat(_ plan: PlannedContact, _ rng: inout Xoshiro256StarStar) -> Double? {
    guard rng.chance(0.65) else { return nil }
    let scores: WeightedChoice
    if plan.ending == .transferAway && !plan.unresolved {
      scores = Self.handedOnScores
    } else if plan.unresolved {
      scores = Self.unresolvedScores
    } else {
      scores = plan.scripted ? Self.resolvedScriptedScores : Self.resolvedScores
    }
    return Double(scores.draw(&rng) + 1)
  }
}
