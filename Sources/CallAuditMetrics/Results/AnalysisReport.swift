import CallAuditModel

/// The outcome of one analysis: what was read, and the measures per provider
/// and sourcing group. Reporters render this and nothing else.
public struct AnalysisReport: Sendable {
  /// The JSON schema identifier; later versions add keys, never rename or remove them.
  public static let schema = "callaudit.report/1"

  /// One summary per input, in the order given.
  public var inputs: [InputSummary]
  /// Per input, in the same order: what its contacts carried and so which
  /// measures it could supply.
  public var inputCoverage: [InputCoverage]
  /// Providers sorted by name.
  public var providers: [ProviderReport]
  /// The settings the figures were computed with.
  public var configuration: AnalysisConfiguration
  /// Flagged contacts (scripted and unresolved), worst first, up to the configured limit.
  public var flagged: FlaggedContacts
  /// Flagged contacts in all, listed or not.
  public var flaggedTotal: Int
  /// The script lines found (and given), most widely heard first.
  public var scripts: [ScriptLine]
  /// Every contact's measures, when the configuration asks to keep them.
  public var contactMeasures: [ContactMeasure]?
  /// Whether personal data in the report's text was redacted.
  public var redaction: RedactionRecord = .notApplied
  /// The contacts broken down by what `--by` named; `nil` without it.
  public var breakdown: BreakdownReport? = nil
  /// The filter applied and what it left out; `nil` when every contact read was measured.
  public var filters: FilterSummary? = nil
  /// The agents for coaching (`--coaching N`); `nil` without it.
  public var agents: AgentCoachingReport? = nil

  /// Records rejected across all inputs.
  public var rejectedRecords: Int { inputs.reduce(0) { $0 + $1.rejected } }
  /// Inputs that stopped before their end.
  public var stoppedInputs: [InputSummary] { inputs.filter { $0.stoppedBy != nil } }
  /// Inputs not read because they hold no export (``InputSummary/skipped``).
  public var skippedInputs: Int { inputs.reduce(0) { $0 + ($1.skipped == nil ? 0 : 1) } }
  /// `3 inputs` — with `, 2 skipped` when some were.
  public var inputCountText: String {
    let skipped = skippedInputs
    return "\(inputs.count) input\(inputs.count == 1 ? "" : "s")" + (skipped > 0 ? " (\(skipped) skipped)" : "")
  }
}

/// One provider's measures.
public struct ProviderReport: Sendable {
  /// The provider's name.
  public var name: String
  /// Contacts of this provider, all groups together.
  public var contacts: Int
  /// One group per sourcing present, sorted by sourcing name.
  public var groups: [GroupReport]
  /// Outsourced against in-house on scripted-and-unresolved, stratified by issue mix.
  public var outsourcing: OutsourcingResult
  /// The same comparison for repeat contacts and for churn risk.
  public var alsoCompared: [OutsourcingResult]
  /// The generic moves its agents made, those of flagged contacts first (at most
  /// ``maximumMoves``).
  public var moves: [MoveFrequency] = []
  /// Each outsourced site against in-house, when the contacts are broken down by site
  /// (`--by site`); `nil` otherwise.
  public var sites: [SiteComparison]? = nil
  /// Each site's rates, when an audit's limits name sites (``AnalysisConfiguration/siteRates``);
  /// `nil` otherwise.
  public var siteRates: [SiteRates]? = nil

  /// Most moves listed per provider.
  public static let maximumMoves = 10
}

/// The measures of the contacts of one provider handled by one sourcing group.
public struct GroupReport: Sendable {
  /// In-house, outsourced or unknown.
  public var sourcing: Sourcing
  /// Contacts in the group.
  public var contacts: Int
  /// Contacts by status at export time.
  public var statusCounts: [ContactStatus: Int]
  /// Contacts counted unresolved (docs/metrics.md), and why (first reason that applies).
  public var unresolved: Int
  /// Unresolved contacts by reason.
  public var unresolvedReasons: [UnresolvedReason: Int]
  /// Contacts by how their conversation ended (contacts with transcript text).
  public var outcomes: [ConversationOutcome: Int] = [:]
  /// Contacts passed on at least once, out of ``transfersKnown``.
  public var transfers: Int
  /// Transfers in all (a contact may be passed on more than once).
  public var transferTotal: Int
  /// Contacts whose export gives a transfer count.
  public var transfersKnown: Int
  /// Contacts escalated, out of ``escalationKnown``.
  public var escalated: Int
  /// Contacts whose export says whether they were escalated.
  public var escalationKnown: Int
  /// Handle time, when any contact in the group gives one.
  public var handleTime: HandleTimeSummary?
  /// Customer satisfaction, when any contact in the group gives a score.
  public var csat: ScoreSummary?
  /// Contacts whose window runs past the end of the data (left out of repeat and FCR).
  public var censored: Int
  /// Contacts without a customer id or time (left out of repeat and FCR).
  public var repeatNotMeasurable: Int
  /// Contacts that came back within the window.
  public var repeats: Int
  /// Contacts with agent text, over which script measures are taken.
  public var scriptMeasured: Int
  /// The mean script score of those contacts.
  public var meanScriptScore: Double?
  /// Scripted contacts.
  public var scripted: Int
  /// Scripted and unresolved contacts: the flagged ones.
  public var scriptedUnresolved: Int
  /// Contacts with churn risk.
  public var churnRisk: Int
  /// Flagged contacts followed by churn risk.
  public var lost: Int
  /// Contacts with transcript text: the ones the text measures could read.
  public var transcriptContacts: Int
  /// Contacts nobody answered (abandoned, busy, failed), out of ``answerKnown``.
  public var unanswered: Int
  /// Contacts whose record says whether they were answered (call records).
  public var answerKnown: Int
  /// Answered calls shorter than the short-call limit.
  public var shortCalls: Int
  /// Each rate with its Wilson interval, in a fixed order.
  public var rates: [RateMeasure]

  /// The rate named `name`, if measured.
  public func rate(_ name: RateMeasure.Name) -> RateMeasure? { rates.first { $0.name == name } }

  /// The rates that could not be computed for this group, with why.
  public var notComputed: [RateMeasure] { rates.filter { $0.notComputed != nil } }
  /// The rates computed from less than they need, with what was left out.
  public var partial: [RateMeasure] { rates.filter { $0.partial != nil } }
}

/// A rate with the counts behind it and its Wilson 95% interval.
public struct RateMeasure: Sendable, Hashable {
  /// The measures reported as rates; the raw value is the JSON key.
  public enum Name: String, Sendable, Hashable, CaseIterable {
    case unresolved, fcr, `repeat`
    case scripted
    case scriptedUnresolved = "scripted_unresolved"
    case churnRisk = "churn_risk"
    case transfers, escalated
    case unanswered
    case shortCalls = "short_calls"
  }

  /// What is measured.
  public var name: Name
  /// Events out of trials.
  public var proportion: Proportion
  /// Why the rate could not be computed (it has no trials), e.g. "no transcript
  /// text in the asterisk-cdr-csv input"; `nil` when it was computed.
  public var notComputed: String?
  /// What part of the definition could not be applied to some contacts, when
  /// the rate was computed from less than it needs; `nil` when complete.
  public var partial: String?

  /// Creates a rate measure.
  public init(name: Name, proportion: Proportion, notComputed: String? = nil, partial: String? = nil) {
    self.name = name
    self.proportion = proportion
    self.notComputed = notComputed
    self.partial = partial
  }

  /// Whether the rate has a value: some contact could be measured.
  public var isComputed: Bool { proportion.trials > 0 }
}

/// Median and 90th percentile of handle time, in seconds.
public struct HandleTimeSummary: Sendable, Hashable {
  /// Contacts with a handle time.
  public var count: Int
  /// The lower median (nearest rank).
  public var median: Int
  /// The 90th percentile (nearest rank).
  public var p90: Int
}

/// The mean of a score and how many contacts it rests on.
public struct ScoreSummary: Sendable, Hashable {
  /// Contacts with a score.
  public var count: Int
  /// The arithmetic mean.
  public var mean: Double
}

extension GroupReport {
  /// The group's figures from its running counts; `names` names the inputs in reasons.
  package init(_ sourcing: Sourcing, _ tally: GroupTally, names: InputNames) {
    let quantiles = tally.handleSeconds.quantiles([0.5, 0.9])
    self.init(
      sourcing: sourcing, contacts: tally.contacts, statusCounts: tally.statusCounts,
      unresolved: tally.unresolved, unresolvedReasons: tally.unresolvedReasons,
      transfers: tally.transferred, transferTotal: tally.transferTotal,
      transfersKnown: tally.transferKnown, escalated: tally.escalated,
      escalationKnown: tally.escalationKnown,
      handleTime: quantiles[0].map { median in
        HandleTimeSummary(count: tally.handleSeconds.count, median: median, p90: quantiles[1] ?? median)
      },
      csat: tally.csatCount > 0
        ? ScoreSummary(count: tally.csatCount, mean: tally.csatSum.value / Double(tally.csatCount)) : nil,
      censored: tally.censored, repeatNotMeasurable: tally.repeatNotMeasurable, repeats: tally.repeats,
      scriptMeasured: tally.scriptKnown,
      meanScriptScore: tally.scriptKnown > 0 ? tally.scriptScoreSum.value / Double(tally.scriptKnown) : nil,
      scripted: tally.scripted, scriptedUnresolved: tally.scriptedUnresolved,
      churnRisk: tally.churnRisk, lost: tally.lost, transcriptContacts: tally.transcriptContacts,
      unanswered: tally.unanswered, answerKnown: tally.answerKnown, shortCalls: tally.shortCalls,
      rates: tally.rates(names: names))
    outcomes = tally.outcomes
  }
}
