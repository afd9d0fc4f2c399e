/// Providers ranked by customer harm, for someone choosing one
/// (`callaudit compare`).
///
/// The order is by the scripted-and-unresolved rate, then repeat and churn
/// risk. A provider's rank is one more than the number of providers that are
/// *clearly* better than it — their difference on scripted-and-unresolved has a
/// 95% Newcombe interval that excludes 0 — so providers the data cannot tell
/// apart share a rank instead of being ordered by noise.
///
/// A provider with fewer contacts with agent text than the report's minimum
/// arm size (30 by default) is not ranked: its interval is so wide that it
/// could never be told apart from anyone, so it would share the first rank
/// with everyone while saying nothing. It is listed in ``unranked`` instead.
public struct ProviderRanking: Sendable {
  /// One provider's place and the figures behind it.
  public struct Entry: Sendable {
    /// The provider.
    public var provider: String
    /// 1 for the best; tied providers share a rank.
    public var rank: Int
    /// Flagged (scripted and unresolved) out of contacts with agent text.
    public var scriptedUnresolved: Proportion
    /// Repeated out of contacts with a known repeat status.
    public var repeatContacts: Proportion
    /// Churn risk out of all contacts.
    public var churnRisk: Proportion
    /// Providers this one is clearly better than on scripted-and-unresolved.
    public var clearlyBetterThan: [String]
    /// Providers it cannot be told apart from.
    public var tiedWith: [String]
    /// The generic moves its agents made, those of flagged contacts first.
    public var moves: [MoveFrequency] = []
  }

  /// A provider left out of the ranking, and why.
  public struct Unranked: Sendable, Hashable {
    /// The provider.
    public var provider: String
    /// Its contacts with agent text: the trials of its scripted-and-unresolved rate.
    public var measured: Int
  }

  /// Best first.
  public var entries: [Entry]
  /// The providers with fewer than ``minimumContacts`` contacts with agent text, by name.
  public var unranked: [Unranked]
  /// The fewest contacts with agent text a provider needs to be ranked.
  public var minimumContacts: Int

  /// Ranks the providers of `report` that have at least `minimumContacts`
  /// contacts with agent text (the report's minimum arm size by default).
  public init(_ report: AnalysisReport, minimumContacts: Int? = nil) {
    let minimum = minimumContacts ?? report.configuration.minimumArmContacts
    self.minimumContacts = minimum
    let all = report.providers.map { provider in
      Entry(
        provider: provider.name, rank: 0,
        scriptedUnresolved: Self.pooled(provider, .scriptedUnresolved),
        repeatContacts: Self.pooled(provider, .repeat), churnRisk: Self.pooled(provider, .churnRisk),
        clearlyBetterThan: [], tiedWith: [], moves: provider.moves)
    }
    let measured = all.filter { $0.scriptedUnresolved.trials >= minimum && $0.scriptedUnresolved.trials > 0 }
    unranked = all.filter { $0.scriptedUnresolved.trials < minimum || $0.scriptedUnresolved.trials == 0 }
      .map { Unranked(provider: $0.provider, measured: $0.scriptedUnresolved.trials) }.sorted { $0.provider < $1.provider }
    var entries = measured
    for index in entries.indices {
      var better = 0
      for other in measured where other.provider != entries[index].provider {
        let difference = ProportionDifference(entries[index].scriptedUnresolved, other.scriptedUnresolved)
        if let difference, difference.isClear {
          if difference.difference < 0 {
            entries[index].clearlyBetterThan.append(other.provider)
          } else {
            better += 1
          }
        } else {
          entries[index].tiedWith.append(other.provider)
        }
      }
      entries[index].rank = better + 1
    }
    entries.sort { a, b in
      if a.rank != b.rank { return a.rank < b.rank }
      for (x, y) in [(a.scriptedUnresolved, b.scriptedUnresolved), (a.repeatContacts, b.repeatContacts), (a.churnRisk, b.churnRisk)] {
        let vx = x.value ?? 1, vy = y.value ?? 1
        if vx != vy { return vx < vy }
      }
      return a.provider < b.provider
    }
    self.entries = entries
  }

  /// The providers sharing the best rank.
  public var best: [String] { entries.filter { $0.rank == 1 && $0.scriptedUnresolved.trials > 0 }.map(\.provider) }

  /// One sentence naming the provider least likely to leave a customer scripted and unresolved.
  public var summary: String {
    let best = self.best
    if entries.count > 1, entries.allSatisfy({ $0.scriptedUnresolved.events == 0 }) {
      return "None of the \(entries.count) providers ranked left a customer scripted and unresolved in these data, "
        + "so they cannot be told apart."
    }
    switch best.count {
    case 0 where unranked.isEmpty: return "No provider has contacts with agent text, so none can be ranked."
    case 0: return "No provider has at least \(minimumContacts) contacts with agent text, so none can be ranked."
    case 1 where entries.count == 1:
      return unranked.isEmpty
        ? "Only \(best[0]) is in the data; there is nothing to compare it with."
        : "Only \(best[0]) has at least \(minimumContacts) contacts with agent text; there is nothing to compare it with."
    case 1:
      let first = entries[0]
      if first.tiedWith.isEmpty {
        return "\(best[0]) is the provider least likely to leave a customer scripted and unresolved; "
          + "the difference from every other provider is statistically clear."
      }
      return "\(best[0]) ranks first for leaving customers scripted and unresolved least often, "
        + "though the data cannot tell it apart from \(Self.list(first.tiedWith))."
    default:
      return "\(Self.list(best)) are tied as least likely to leave a customer scripted and unresolved: "
        + "the data cannot tell them apart."
    }
  }

  /// `A and B`, `A, B and C`, or the first three and how many more.
  private static func list(_ names: [String]) -> String {
    if names.count > 4 { return names.prefix(3).joined(separator: ", ") + " and \(names.count - 3) more" }
    return names.count <= 2 ? names.joined(separator: " and ") : names.dropLast().joined(separator: ", ") + " and " + names.last!
  }

  /// The providers left out, in one sentence: "Not ranked, fewer than 30
  /// contacts with agent text: A (12), B (0)."; `nil` when every provider is ranked.
  public var unrankedSentence: String? {
    guard !unranked.isEmpty else { return nil }
    return "Not ranked, fewer than \(minimumContacts) contacts with agent text: "
      + unranked.map { "\($0.provider) (\($0.measured))" }.joined(separator: ", ") + "."
  }

  private static func pooled(_ provider: ProviderReport, _ name: RateMeasure.Name) -> Proportion {
    provider.groups.reduce(Proportion(events: 0, trials: 0)) { total, group in
      guard let rate = group.rate(name) else { return total }
      return Proportion(events: total.events + rate.proportion.events, trials: total.trials + rate.proportion.trials)
    }
  }
}
