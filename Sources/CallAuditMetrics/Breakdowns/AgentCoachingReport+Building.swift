import CallAuditText

extension AgentCoachingReport {
  /// The agents `collector` counted, ranked per provider; `moveLines` gives each
  /// provider's own line for a library move (as ``ProviderReport/moves`` names them).
  package init(
    _ collector: AgentCoachingCollector, limit: Int, context: ScoringContext, moveLines: (Int32, Int) -> String?
  ) {
    let configuration = context.configuration
    minimumContacts = configuration.minimumArmContacts
    self.limit = limit
    agentsNamed = configuration.showAgents
    let minimum = minimumContacts
    let byProvider = Dictionary(grouping: collector.agents, by: \.key.provider)
    let providerIndices = Set(byProvider.keys).union(collector.unattributed.keys)
    providers = providerIndices.map { provider in
      let agents = byProvider[provider] ?? []
      let measured = agents.filter { $0.value.scriptKnown >= minimum && $0.value.scriptKnown > 0 }
      let ranks = Self.ranks(measured.map { Proportion(events: $0.value.flagged, trials: $0.value.scriptKnown) })
      let ordered = zip(measured, ranks).map { agent, rank in
        (key: agent.key, tally: agent.value, rank: rank, label: collector.agentNames[agent.key.agent]
          ?? BreakdownReport.pseudonym(agent: agent.key.agent))
      }.sorted { a, b in
        if a.rank != b.rank { return a.rank < b.rank }
        // Same rank: the higher rate, then the better measured, then by label — a total order.
        let x = Double(a.tally.flagged) * Double(b.tally.scriptKnown)
        let y = Double(b.tally.flagged) * Double(a.tally.scriptKnown)
        if x != y { return x > y }
        if a.tally.scriptKnown != b.tally.scriptKnown { return a.tally.scriptKnown > b.tally.scriptKnown }
        if a.label != b.label { return a.label < b.label }
        return a.key.agent < b.key.agent
      }
      let entries = ordered.prefix(limit).map { agent in
        Entry(
          agent: agent.label, rank: agent.rank, contacts: agent.tally.contacts,
          scriptedUnresolved: Proportion(events: agent.tally.flagged, trials: agent.tally.scriptKnown),
          moves: Self.moves(agent.tally, lines: { moveLines(provider, $0) }),
          examples: agent.tally.examples.map(\.contactID))
      }
      return Provider(
        provider: context.providers[provider], entries: Array(entries), ranked: measured.count,
        tooFew: agents.count - measured.count, unattributedContacts: collector.unattributed[provider] ?? 0)
    }.sorted { $0.provider < $1.provider }
  }

  /// Each proportion's rank: one more than the number of others clearly higher
  /// (``ProportionDifference/isClear``), as ``ProviderRanking`` ranks providers.
  static func ranks(_ rates: [Proportion]) -> [Int] {
    // Only a higher rate can be clearly higher: compare each with those above it.
    let order = rates.indices.sorted { (rates[$0].value ?? 0) > (rates[$1].value ?? 0) }
    var ranks = [Int](repeating: 1, count: rates.count)
    for (position, index) in order.enumerated() {
      let mine = rates[index].value ?? 0
      for other in order[..<position] where (rates[other].value ?? 0) > mine {
        if let difference = ProportionDifference(rates[other], rates[index]), difference.isClear { ranks[index] += 1 }
      }
    }
    return ranks
  }

  /// An agent's most-made library moves, those of flagged contacts first, named as the
  /// provider's moves are (``MoveFrequency``).
  private static func moves(_ tally: AgentCoachingCollector.Tally, lines: (Int) -> String?) -> [MoveFrequency] {
    let library = SupportMoveLibrary.shipped
    let all = tally.moves.map { id, count -> MoveFrequency in
      let move = library.moves[Int(id)]
      return MoveFrequency(
        kind: move.kind, text: move.example, mined: false, libraryID: Int(id), contacts: count.contacts,
        flagged: count.flagged, providerLine: lines(Int(id)))
    }
    return Array(
      all.sorted { a, b in
        if a.flagged != b.flagged { return a.flagged > b.flagged }
        if a.contacts != b.contacts { return a.contacts > b.contacts }
        return (a.libraryID ?? 0) < (b.libraryID ?? 0)
      }.prefix(movesShown))
  }
}
