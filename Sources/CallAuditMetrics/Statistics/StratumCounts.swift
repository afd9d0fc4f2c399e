/// One stratum's 2×2 table (e.g. one issue category × channel).
///
/// "Exposed" is the outsourced arm and "unexposed" the in-house arm; an event
/// is the bad outcome being compared (e.g. a repeat contact within the window).
///
/// ```
///                event   total
/// outsourced      a       n1     (exposedEvents, exposedTotal)
/// in-house        c       n0     (unexposedEvents, unexposedTotal)
/// ```
public struct StratumCounts: Sendable, Hashable {
  /// A display name for the stratum; not used in any computation.
  public var label: String
  /// Outsourced contacts with the event (a).
  public var exposedEvents: Int
  /// All outsourced contacts (n1).
  public var exposedTotal: Int
  /// In-house contacts with the event (c).
  public var unexposedEvents: Int
  /// All in-house contacts (n0).
  public var unexposedTotal: Int

  /// Creates a stratum table.
  ///
  /// - Precondition: every count is non-negative and events never exceed their
  ///   arm's total (a bug upstream otherwise).
  public init(label: String, exposedEvents: Int, exposedTotal: Int, unexposedEvents: Int, unexposedTotal: Int) {
    precondition(exposedEvents >= 0 && exposedEvents <= exposedTotal, "stratum \(label): need 0 <= exposed events <= exposed total")
    precondition(unexposedEvents >= 0 && unexposedEvents <= unexposedTotal, "stratum \(label): need 0 <= unexposed events <= unexposed total")
    self.label = label
    self.exposedEvents = exposedEvents
    self.exposedTotal = exposedTotal
    self.unexposedEvents = unexposedEvents
    self.unexposedTotal = unexposedTotal
  }

  /// The outsourced arm's rate in this stratum.
  public var exposed: Proportion { Proportion(events: exposedEvents, trials: exposedTotal) }
  /// The in-house arm's rate in this stratum.
  public var unexposed: Proportion { Proportion(events: unexposedEvents, trials: unexposedTotal) }
  /// Contacts in both arms (N = n1 + n0).
  public var total: Int { exposedTotal + unexposedTotal }

  /// Whether both arms have at least one contact, i.e. the stratum compares
  /// something; only such strata enter the Mantel–Haenszel estimate.
  public var hasBothArms: Bool { exposedTotal > 0 && unexposedTotal > 0 }
}
