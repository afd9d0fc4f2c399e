import CallAuditMetrics

/// The words the HTML report uses for the model's codes.
enum HTMLLabels {
  /// A rate's title, e.g. "Scripted and unresolved".
  static func title(_ rate: RateMeasure.Name) -> String {
    switch rate {
    case .scriptedUnresolved: "Scripted and unresolved"
    case .unresolved: "Unresolved"
    case .repeat: "Repeat contact"
    case .fcr: "First-contact resolution"
    case .churnRisk: "Churn risk"
    case .scripted: "Scripted"
    case .transfers: "Transferred"
    case .escalated: "Escalated"
    case .unanswered: "Unanswered"
    case .shortCalls: "Short calls"
    }
  }

  /// What a rate counts, as in docs/metrics.md.
  static func definition(_ rate: RateMeasure.Name) -> String {
    switch rate {
    case .scriptedUnresolved: "flagged (scripted and unresolved) ÷ contacts with agent text"
    case .unresolved: "unresolved ÷ contacts"
    case .repeat: "came back within the window ÷ contacts with a known repeat status"
    case .fcr: "resolved at first contact ÷ contacts with a known repeat status"
    case .churnRisk: "customer says they will leave ÷ contacts with transcript text or codes"
    case .scripted: "scripted ÷ contacts with agent text"
    case .transfers: "passed on at least once ÷ contacts whose transfers are known"
    case .escalated: "escalated ÷ contacts whose escalation is known"
    case .unanswered: "abandoned, not picked up, busy or failed ÷ contacts whose answer state is known"
    case .shortCalls: "answered calls shorter than the short-call limit ÷ answered calls with a handle time"
    }
  }

  /// Whether a higher value of the rate is better for customers.
  static func higherIsBetter(_ rate: RateMeasure.Name) -> Bool {
    rate == .fcr
  }

  /// The order rates are charted in: the headline measure first.
  static let chartedRates: [RateMeasure.Name] = [
    .scriptedUnresolved, .unresolved, .repeat, .fcr, .churnRisk, .scripted, .transfers, .escalated,
    .unanswered, .shortCalls,
  ]

  /// A verdict as a short heading, e.g. "Hurting customers".
  static func heading(_ verdict: OutsourcingVerdict) -> String {
    switch verdict {
    case .hurting: "Outsourcing is hurting customers"
    case .worseButSmall: "Worse when outsourced, but by little"
    case .notHurting: "No sign outsourcing hurts customers"
    case .better: "Better when outsourced"
    case .inconclusive: "The data cannot tell yet"
    case .noComparison: "No comparison possible"
    }
  }

  /// Where a risk-ratio interval lies, in words.
  static func position(_ position: RiskRatioPosition) -> String {
    switch position {
    case .below: "below 1 (fewer bad outcomes when outsourced)"
    case .spansOne: "spanning 1 (no clear difference)"
    case .above: "above 1 (more bad outcomes when outsourced)"
    }
  }

  /// An unresolved reason in words.
  static func reason(_ reason: UnresolvedReason) -> String {
    switch reason {
    case .stillOpen: "still open"
    case .nonResolvingCode: "non-resolving code"
    case .closedWithoutResolution: "closed without resolution"
    case .repeatFollowed: "customer came back"
    case .customerSaysUnresolved: "customer says unresolved"
    case .unanswered: "nobody answered"
    case .deflected: "ended on a deflection"
    case .abandoned: "customer left unanswered"
    case .notShownResolved: "not shown resolved"
    }
  }
}
