/// Providers ranked by customer harm, for someone choosing one
/// (`callaudit compare`).
///
/// The order is by the scripted-and-unresolved rate, then repeat and churn
/// risk. A provider's rank is one more than the number of providers that are
/// *clearly* better than it — their difference on scripted-and-unresolved has a
/// 95% Newcombe interval that excludes 0 — so providers the data cannot tell
/// apart share a rank instead of being ordered by noise.
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

  /// Best first.
  public var entries: [Entry]

  /// Ranks the providers of `report`.
  public init(_ report: AnalysisReport) {
    let measured = report.providers.map { provider in
      Entry(
        provider: provider.name, rank: 0,
        scriptedUnresolved: Self.pooled(provider, .scriptedUnresolved),
        repeatContacts: Self.pooled(provider, .repeat), churnRisk: Self.pooled(provider, .churnRisk),
        clearlyBetterThan: [], tiedWith: [], moves: provider.moves)
    }
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
    switch best.count {
    case 0: return "No provider has contacts with agent text, so none can be ranked."
    case 1 where entries.count == 1: return "Only \(best[0]) is in the data; there is nothing to compare it with."
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

  private static func list(_ names: [String]) -> String {
    names.count <= 2 ? names.joined(separator: " and ") : names.dropLast().joined(separator: ", ") + " and " + names.last!
  }

  private static func pooled(_ provider: ProviderReport, _ name: RateMeasure.Name) -> Proportion {
    provider.groups.reduce(Proportion(events: 0, trials: 0)) { total, group in
      guard let rate = group.rate(name) else { return total }
      return Proportion(events: total.events + rate.proportion.events, trials: total.trials + rate.proportion.trials)
    }
  }
}
