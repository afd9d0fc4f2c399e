/// Plans customer episodes — a first contact, perhaps a transfer to another
/// agent within 15 minutes, perhaps repeats 1 hour to 6 days later while the
/// problem stays unsolved — and decides every label-relevant fact up front.
///
/// Episodes start in time order (see ``ArrivalClock``); the total number of
/// planned contacts is exactly the configured count, because each episode is
/// only allowed as many contacts as remain.
struct EpisodePlanner {
  private let seed: UInt64
  private let layouts: [ProviderLayout]
  private let providerChoice: WeightedChoice
  private let categoryChoice: WeightedChoice
  private let channelChoice: WeightedChoice
  private let clock: ArrivalClock
  private let end: Int64
  private let target: Int
  private var rng: Xoshiro256StarStar
  /// Contacts planned so far.
  private(set) var planned = 0
  private var episodes: UInt64 = 0
  private var sequence: UInt64 = 0
  private var nextCustomer: [Int]
  private var returning: [MinHeap<ReturningCustomer>]

  private static let day: Int64 = 86_400
  /// Probability that a call or chat is handed to another agent.
  private static let transferRate = 0.07
  /// Probability that an unsolved problem brings the customer back (first, second time).
  private static let repeatRates = [0.5, 0.4]
  /// Probability an episode's customer is remembered for a later, unrelated episode.
  private static let returnRate = 0.3
  /// Probability a new episode goes to a remembered customer when one is available.
  private static let reuseRate = 0.4

  init(configuration c: GeneratorConfiguration) {
    seed = c.seed
    let totalShare = c.providers.reduce(0) { $0 + $1.share }
    layouts = c.providers.map { ProviderLayout(spec: $0, expectedContacts: Double(c.contacts) * $0.share / totalShare) }
    providerChoice = WeightedChoice(c.providers.map(\.share))
    categoryChoice = WeightedChoice(IssueCategory.allCases.map(\.baseWeight))
    channelChoice = WeightedChoice(Channel.weights(c.channelMix))
    clock = ArrivalClock(start: c.start.secondsSinceEpoch, spanDays: c.spanDays)
    end = c.end.secondsSinceEpoch
    target = c.contacts
    rng = Xoshiro256StarStar(seed: c.seed, stream: .planning, index: 0)
    nextCustomer = Array(repeating: 1, count: c.providers.count)
    returning = Array(repeating: MinHeap(), count: c.providers.count)
  }

  /// The providers' fixed facts, in configuration order.
  var providerLayouts: [ProviderLayout] { layouts }

  /// When the next episode starts, or `nil` once every contact is planned.
  /// Call once before each ``planEpisode(startingAt:)``.
  mutating func nextEpisodeStart() -> Int64? {
    guard planned < target else { return nil }
    return clock.time(atFraction: (Double(planned) + rng.unit()) / Double(target))
  }

  /// Plans one episode starting at `start`; its contacts are returned in time order.
  mutating func planEpisode(startingAt start: Int64) -> [PlannedContact] {
    let budget = target - planned
    let provider = providerChoice.draw(&rng)
    let layout = layouts[provider]
    let customer = takeCustomer(provider: provider, at: start)
    let category = IssueCategory.allCases[categoryChoice.draw(&rng)]
    var channel = Channel.allCases[channelChoice.draw(&rng)]
    let episode = episodes
    episodes += 1

    var legs: [PlannedContact] = []
    var openAt = start
    var repeatIndex = 0
    while true {
      let site = route(layout, category)
      let siteSpec = layout.spec.sites[site]
      let behaviour = (siteSpec.behavesAs ?? layout.spec.scenario).behaviour(for: category, at: siteSpec.sourcing)
      let agents = layout.agentCounts[site]
      var round = [
        newLeg(
          role: repeatIndex == 0 ? .first : .repeat, at: openAt, provider: provider, site: site,
          agent: rng.below(agents), customer: customer, category: category, channel: channel,
          episode: episode, episodeStart: start, repeatIndex: repeatIndex, scripted: rng.chance(behaviour.scripted))
      ]
      // A call or chat may be handed to a colleague at the same site within 15 minutes.
      if channel != .email, budget - legs.count >= 2, rng.chance(Self.transferRate) {
        round[0].duration = min(round[0].duration, 600)
        round[0].closeAfter = round[0].duration
        round[0].handleSeconds = Int(round[0].duration)
        let transferAt = openAt + round[0].duration + Int64(rng.int(in: 15...120))
        if transferAt < end {
          var colleague = rng.below(agents - 1)
          if colleague >= round[0].agent { colleague += 1 }
          round.append(
            newLeg(
              role: .transfer, at: transferAt, provider: provider, site: site, agent: colleague,
              customer: customer, category: category, channel: channel, episode: episode,
              episodeStart: start, repeatIndex: repeatIndex, scripted: rng.chance(behaviour.scripted)))
        }
      }

      // The last leg of the round carries the outcome.
      let last = round.count - 1
      let unresolved = rng.chance(
        round[last].scripted ? behaviour.unresolvedIfScripted : behaviour.unresolvedIfTailored)
      let room = budget - legs.count - round.count
      let repeatAt = unresolved ? repeatTime(after: round, repeatIndex: repeatIndex, room: room) : nil
      for index in round.indices {
        round[index].repeatFollows = repeatAt != nil
        if index == last {
          round[index].unresolved = unresolved
        } else {
          // Handed on: the record shows nothing either way, so the leg is
          // unresolved exactly when a repeat follows it.
          round[index].unresolved = repeatAt != nil
          round[index].ending = .transferAway
        }
        round[index].churn = decideChurn(round[index])
        round[index].distractor = !round[index].churn && rng.chance(0.15)
        if index == last { settle(&round[index]) } else { settleTransferredLeg(&round[index]) }
      }
      legs += round

      guard let nextAt = repeatAt else { break }
      openAt = nextAt
      repeatIndex += 1
      if !rng.chance(0.7) { channel = Channel.allCases[channelChoice.draw(&rng)] }
    }

    // "Lost" looks at the churn risk of the repeat that follows each contact.
    for index in legs.indices where legs[index].repeatFollows {
      if let next = legs[(index + 1)...].first(where: { $0.role == .repeat }) {
        legs[index].repeatChurn = next.churn
      }
    }
    remember(customer: customer, provider: provider, after: legs)
    planned += legs.count
    return legs
  }

  // MARK: - Parts of an episode

  private mutating func newLeg(
    role: ContactRole, at openedAt: Int64, provider: Int, site: Int, agent: Int, customer: Int,
    category: IssueCategory, channel: Channel, episode: UInt64, episodeStart: Int64,
    repeatIndex: Int, scripted: Bool
  ) -> PlannedContact {
    let timing = ContactTiming.draw(channel: channel, scripted: scripted, &rng)
    defer { sequence += 1 }
    return PlannedContact(
      openedAt: openedAt, sequence: sequence, episode: episode, episodeStart: episodeStart,
      provider: provider, site: site, agent: agent, customer: customer, category: category,
      channel: channel, role: role, repeatIndex: repeatIndex, scripted: scripted,
      unresolved: false, repeatFollows: false, churn: false, repeatChurn: false, distractor: false,
      ending: .neutral, status: .unknown, resolution: nil, escalated: false, transfers: 0,
      duration: timing.duration, closeAfter: timing.closeAfter, handleSeconds: timing.handle)
  }

  /// When the customer comes back, if they do: at least an hour after the last
  /// turn, at most 6 days after the round began, and before the data ends.
  private mutating func repeatTime(after round: [PlannedContact], repeatIndex: Int, room: Int) -> Int64? {
    guard repeatIndex < Self.repeatRates.count, room >= 1, rng.chance(Self.repeatRates[repeatIndex]) else {
      return nil
    }
    let last = round[round.count - 1]
    let earliest = last.openedAt + last.duration + 3600
    let latest = round[0].openedAt + 6 * Self.day
    guard earliest <= latest else { return nil }
    let u = rng.unit()
    let at = earliest + Int64((Double(latest - earliest) * u * u).rounded(.down))  // most come back soon
    return at < end ? at : nil
  }

  private mutating func decideChurn(_ leg: PlannedContact) -> Bool {
    if leg.category == .cancellation { return true }
    if leg.ending == .transferAway { return rng.chance(0.03) }
    guard leg.unresolved else { return rng.chance(0.02) }
    return rng.chance(0.15 + 0.12 * Double(leg.repeatIndex) + (leg.scripted ? 0.05 : 0))
  }

  /// Chooses the record and last words of the leg that carries the outcome, so
  /// that an unsolved problem always shows somewhere: in the status, the code,
  /// the customer's last words, or a repeat.
  private mutating func settle(_ leg: inout PlannedContact) {
    let inContactTransfers = rng.unit()
    leg.transfers = inContactTransfers < 0.93 ? 0 : (inContactTransfers < 0.99 ? 1 : 2)
    guard leg.unresolved else {
      leg.status = rng.chance(0.55) ? .resolved : .closed
      leg.resolution = rng.pick(ResolutionVocabulary.resolvingCodes(for: leg.category))
      leg.ending = .confirm
      leg.escalated = rng.chance(0.05)
      return
    }
    // A customer who is leaving does not insist the problem persists.
    let persists = leg.category != .cancellation && rng.chance(0.6)
    let record = rng.unit()
    if record < 0.25 {
      leg.status = rng.chance(0.6) ? .pending : .open
      leg.resolution = nil
      leg.escalated = rng.chance(0.6)
    } else if record < 0.7 || !(persists || leg.repeatFollows) {
      leg.status = rng.chance(0.7) ? .closed : .resolved
      leg.resolution = ResolutionVocabulary.nonResolvingCode(churn: leg.churn, category: leg.category, &rng)
      leg.escalated = rng.chance(0.1)
    } else {
      // Closed as solved, but the customer's words or return say otherwise.
      leg.status = rng.chance(0.5) ? .resolved : .closed
      leg.resolution = rng.pick(ResolutionVocabulary.resolvingCodes(for: leg.category))
      leg.escalated = rng.chance(0.05)
    }
    leg.ending = persists ? .persist : .neutral
  }

  private mutating func settleTransferredLeg(_ leg: inout PlannedContact) {
    leg.status = .closed
    leg.resolution = ResolutionVocabulary.transferred
    leg.transfers = 1
    leg.escalated = rng.chance(0.3)
  }

  /// A site for the category: the scenario sets the chance of an outsourced one.
  private mutating func route(_ layout: ProviderLayout, _ category: IssueCategory) -> Int {
    let outsourced =
      !layout.outsourcedSites.isEmpty && rng.chance(layout.spec.scenario.outsourcedShare(for: category))
    let pool = outsourced ? layout.outsourcedSites : layout.inHouseSites
    return pool[rng.below(pool.count)]
  }

  private mutating func takeCustomer(provider: Int, at start: Int64) -> Int {
    if let waiting = returning[provider].min, waiting.availableAt <= start, rng.chance(Self.reuseRate) {
      _ = returning[provider].popMin()
      return waiting.customer
    }
    defer { nextCustomer[provider] += 1 }
    return nextCustomer[provider]
  }

  /// Sometimes keeps the customer for a later episode, at least 8 days after
  /// the last contact ends, so it can never look like a repeat.
  private mutating func remember(customer: Int, provider: Int, after legs: [PlannedContact]) {
    guard rng.chance(Self.returnRate) else { return }
    let lastEnd = legs.map { $0.openedAt + max($0.duration, $0.closeAfter) }.max() ?? 0
    let availableAt = lastEnd + 8 * Self.day
    if availableAt < end {
      returning[provider].push(ReturningCustomer(availableAt: availableAt, customer: customer))
    }
  }
}
