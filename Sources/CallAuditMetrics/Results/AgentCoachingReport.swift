/// The agents whose contacts are most often scripted and unresolved, per provider, for
/// coaching (`--coaching N`, docs/metrics.md): ranked by the rule `compare` ranks
/// providers by (``ProviderRanking``), turned round — an agent's rank is one more than
/// the number of the provider's agents whose rate is *clearly* higher (their Newcombe
/// interval of the difference excludes 0), so agents the data cannot tell apart share a
/// rank.
public struct AgentCoachingReport: Sendable {
  /// Agents with fewer contacts with agent text are not ranked (`--min-contacts`).
  public var minimumContacts: Int
  /// Most agents listed per provider (`--coaching N`).
  public var limit: Int
  /// Agents are shown by the id the export gives (`--show-agents`), not by a pseudonym.
  public var agentsNamed: Bool
  /// Per provider, by provider name.
  public var providers: [Provider]

  /// One provider's agents.
  public struct Provider: Sendable {
    /// The provider.
    public var provider: String
    /// The highest-ranked agents, at most ``AgentCoachingReport/limit``: by rank, then
    /// the higher rate, the more contacts with agent text, and the label.
    public var entries: [Entry]
    /// Agents ranked in all (``entries`` may list fewer).
    public var ranked: Int
    /// Agents with fewer contacts with agent text than the minimum: not ranked.
    public var tooFew: Int
    /// Contacts whose export names no agent: in no agent's figures.
    public var unattributedContacts: Int
  }

  /// One agent.
  public struct Entry: Sendable {
    /// The agent: a pseudonym (`agent-3f9a2c1d`) unless agents are named.
    public var agent: String
    /// 1 for the agent most often leaving customers scripted and unresolved; tied agents share a rank.
    public var rank: Int
    /// The agent's contacts.
    public var contacts: Int
    /// Flagged (scripted and unresolved) out of the agent's contacts with agent text.
    public var scriptedUnresolved: Proportion
    /// The agent's most-made library moves, those of flagged contacts first.
    public var moves: [MoveFrequency]
    /// Ids of the agent's worst flagged contacts, in the report's flagged order (at most two).
    public var examples: [String]
  }

  /// Moves listed per agent.
  public static let movesShown = 3
}
