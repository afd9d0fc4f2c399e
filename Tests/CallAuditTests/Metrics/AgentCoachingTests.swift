import CallAuditModel
import ContactGenerator
import Testing
@testable import CallAuditMetrics
@testable import CallAuditReporting

/// The agents for coaching (`--coaching N`, issue 23 item 3).
@Suite("Agents for coaching")
struct AgentCoachingTests {
  /// The split-sites provider's generated contacts and their report with the coaching list.
  private static func splitSites(
    contacts: Int = 6_000, limit: Int = 1_000, minimum: Int = 30, showAgents: Bool = true, jobs: Int = 1
  ) throws -> (report: AnalysisReport, contacts: [LabeledContact]) {
    var configuration = try AnalysisConfiguration(minimumArmContacts: minimum)
    configuration.coachingAgents = limit
    configuration.showAgents = showAgents
    var analyzer = ContactAnalyzer(configuration: configuration)
    let generator = try SampleGenerator(
      configuration: GeneratorConfiguration(seed: 7, contacts: contacts, providers: [ProviderSpec.splitSites]))
    let labeled = Array(generator)
    for contact in labeled { analyzer.add(contact.contact) }
    return (analyzer.finish(inputs: [], jobs: jobs), labeled)
  }

  @Test("The agents who read scripts are the ones ranked first")
  func scriptReadersFirst() throws {
    let (report, labeled) = try Self.splitSites()
    // The generator's truth: the sites whose agents behave as the hurting scenario's
    // outsourced agents read the script; their agents are the script readers.
    let readingSites = Set(ProviderSpec.splitSites.sites.filter { $0.behavesAs == .hurting }.map(\.name))
    var readers: Set<String> = [], others: Set<String> = []
    var scripted: [String: (scripted: Int, all: Int)] = [:]
    for contact in labeled {
      let agent = try #require(contact.contact.agentID)
      if readingSites.contains(contact.contact.site ?? "") { readers.insert(agent) } else { others.insert(agent) }
      scripted[agent, default: (0, 0)].all += 1
      if contact.truth.scripted { scripted[agent, default: (0, 0)].scripted += 1 }
    }
    #expect(!readers.isEmpty && !others.isEmpty && readers.isDisjoint(with: others))
    // The truth agrees: every reader's contacts were scripted more often than any other agent's.
    func share(_ agent: String) -> Double { Double(scripted[agent]!.scripted) / Double(scripted[agent]!.all) }
    #expect(readers.map(share).min()! > others.map(share).max()!)

    let agents = try #require(report.agents)
    let provider = try #require(agents.providers.first)
    #expect(provider.ranked == readers.count + others.count)
    #expect(provider.tooFew == 0)
    #expect(Set(provider.entries.prefix(readers.count).map(\.agent)) == readers)
    let readerRanks = provider.entries.filter { readers.contains($0.agent) }.map(\.rank)
    let otherRanks = provider.entries.filter { others.contains($0.agent) }.map(\.rank)
    #expect(readerRanks.max()! < otherRanks.min()!)
    #expect(provider.entries.first?.rank == 1)
    #expect(provider.entries.map(\.rank) == provider.entries.map(\.rank).sorted())
    // Every contact is in exactly one agent's figures.
    #expect(provider.entries.reduce(0) { $0 + $1.contacts } + provider.unattributedContacts == report.providers[0].contacts)
    #expect(provider.entries.reduce(0) { $0 + $1.scriptedUnresolved.events } == report.flaggedTotal)
  }

  @Test("Examples are the agent's worst flagged contacts in the flagged list's order; moves are the agent's")
  func examplesAndMoves() throws {
    let (report, labeled) = try Self.splitSites(contacts: 3_000)
    let agentOf = Dictionary(uniqueKeysWithValues: labeled.map { ($0.contact.id, $0.contact.agentID ?? "") })
    var expected: [String: [String]] = [:]
    for contact in report.flagged {
      let agent = try #require(agentOf[contact.measure.contactID])
      if expected[agent, default: []].count < 2 { expected[agent, default: []].append(contact.measure.contactID) }
    }
    let provider = try #require(report.agents?.providers.first)
    #expect(!provider.entries.isEmpty)
    for entry in provider.entries {
      #expect(entry.examples == (expected[entry.agent] ?? []))
      #expect(entry.examples.count == min(2, entry.scriptedUnresolved.events))
      #expect(entry.moves.count <= AgentCoachingReport.movesShown)
      for move in entry.moves {
        #expect(move.flagged <= move.contacts && move.contacts <= entry.contacts)
        #expect(move.flagged <= entry.scriptedUnresolved.events)
      }
      let flagged = entry.moves.map(\.flagged)
      #expect(flagged == flagged.sorted(by: >))
    }
    #expect(provider.entries.contains { !$0.moves.isEmpty })
  }

  @Test("Agents below the minimum are counted, not ranked; the list is cut at the limit")
  func minimumAndLimit() throws {
    let (report, labeled) = try Self.splitSites(contacts: 3_000, limit: 3, minimum: 120)
    let provider = try #require(report.agents?.providers.first)
    let all = Set(labeled.compactMap(\.contact.agentID)).count
    #expect(provider.ranked + provider.tooFew == all)
    #expect(provider.tooFew > 0)
    #expect(provider.entries.count == min(3, provider.ranked))
    #expect(provider.entries.allSatisfy { $0.scriptedUnresolved.trials >= 120 })
    let notes = AgentCoachingRows.providerNotes(provider, limit: 3, minimum: 120)
    #expect(notes.contains("\(provider.tooFew) agents with fewer than 120 contacts with agent text are not ranked."))
  }

  @Test("Pseudonyms unless agents are shown, the breakdown's; one job or two alike")
  func pseudonymsAndJobs() throws {
    let hidden = try Self.splitSites(contacts: 2_000, showAgents: false)
    let entries = try #require(hidden.report.agents?.providers.first?.entries)
    let pseudonyms = Set(hidden.contacts.compactMap(\.contact.agentID).map { BreakdownReport.pseudonym(agent: StableHash.of($0)) })
    #expect(!entries.isEmpty && entries.allSatisfy { pseudonyms.contains($0.agent) })
    let one = JSONReportRenderer().render(hidden.report)
    let two = JSONReportRenderer().render(try Self.splitSites(contacts: 2_000, showAgents: false, jobs: 2).report)
    #expect(one == two)
    #expect(one.contains("\"agents\"") && one.contains("agent-"))
    #expect(Set(hidden.contacts.compactMap(\.contact.agentID)).allSatisfy { !one.contains("\"\($0)\"") })
  }

  @Test("Ranks: one more than the number clearly higher; the indistinguishable share a rank")
  func ranks() {
    let rates = [
      Proportion(events: 5, trials: 100), Proportion(events: 50, trials: 100), Proportion(events: 6, trials: 100),
      Proportion(events: 48, trials: 100),
    ]
    #expect(AgentCoachingReport.ranks(rates) == [3, 1, 3, 1])
    #expect(AgentCoachingReport.ranks([Proportion(events: 1, trials: 2), Proportion(events: 0, trials: 2)]) == [1, 1])
  }

  @Test("Without --coaching there is no list and no agents key")
  func nothingUnasked() throws {
    var analyzer = ContactAnalyzer(configuration: AnalysisConfiguration())
    let generator = try SampleGenerator(
      configuration: GeneratorConfiguration(seed: 7, contacts: 300, providers: [ProviderSpec.splitSites]))
    for labeled in generator { analyzer.add(labeled.contact) }
    let report = analyzer.finish(inputs: [])
    #expect(report.agents == nil)
    #expect(!JSONReportRenderer().render(report).contains("\"agents\""))
  }
}
