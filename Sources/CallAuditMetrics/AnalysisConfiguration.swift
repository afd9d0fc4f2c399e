/// The settings of one analysis; every default is documented in docs/metrics.md.
public struct AnalysisConfiguration: Sendable {
  /// Which resolution codes leave a problem unsolved.
  public var resolutionPolicy: ResolutionPolicy
  /// How long after a contact a new one by the same customer counts as a repeat.
  public private(set) var repeatWindowSeconds: Int64
  /// A new contact this soon after, handled by another agent, is a transfer, not a repeat.
  public private(set) var transferGapSeconds: Int64
  /// The script score at or above which a contact without a specific answer is scripted.
  public private(set) var scriptThreshold: Double
  /// Script lines known beforehand (`--scripts FILE`), matched like mined ones.
  public var knownScriptLines: [String]
  /// Script lines known beforehand for one provider only, by provider name
  /// (an audit's per-pattern `scripts`, docs/cron.md), added to `knownScriptLines`.
  public var knownScriptLinesByProvider: [String: [String]] = [:]
  /// Fewest contacts in each arm for an outsourcing verdict.
  public private(set) var minimumArmContacts: Int
  /// The risk ratios too close to 1 to matter, for the outsourcing verdict.
  public var margin: PracticalMargin
  /// How many flagged contacts the report lists; `nil` lists them all.
  public private(set) var flaggedLimit: Int?
  /// Whether the report keeps every contact's measures (for `--contacts-out`).
  public var keepContactMeasures: Bool
  /// Which contacts are measured (``ContactFilter``); `nil` measures every contact read.
  public var filter: ContactFilter?
  /// An answered call shorter than this many seconds of handle time is a short call.
  public private(set) var shortCallSeconds: Int
  /// What each provider's contacts are broken down by (`--by`), in order; empty for none.
  /// With ``BreakdownDimension/site`` among them, each outsourced site is also compared
  /// with in-house (``SiteComparison``).
  public var breakdown: [BreakdownDimension] = []
  /// Whether each site's contacts are counted as a provider's are (``SiteRates``) and each
  /// outsourced site is compared with in-house (``SiteComparison``), without a breakdown:
  /// for an audit whose limits name sites (docs/cron.md).
  package var siteRates = false
  /// Whether breakdowns show agents by the id the export gives (`--show-agents`)
  /// rather than by a pseudonym (docs/privacy.md).
  public var showAgents = false
  /// How many agents per provider the agents-for-coaching list shows (`--coaching N`);
  /// 0 for no list (``AgentCoachingReport``).
  public var coachingAgents = 0
  /// Most distinct cells a breakdown holds (docs/metrics.md).
  package var breakdownCellLimit = 10_000
  /// A shard holding more contacts than this is measured from disk, one customer's
  /// window at a time (``LargeShard``), not in memory; the report is the same.
  package var largeShardContacts = 50_000
  /// Contacts a large shard sorts in memory before writing a run (``RecordSorter``).
  package var sortRunContacts = RecordSorter.runRecords

  /// Creates a configuration, refusing a setting outside its range (``InvalidSetting``);
  /// the defaults follow docs/metrics.md. Every way a configuration is made — the command
  /// line, an audit configuration, a shard context read back from disk — comes through
  /// here, and the ranged settings cannot be changed afterwards, so no configuration in
  /// the program holds a setting that cannot be.
  public init(
    resolutionPolicy: ResolutionPolicy = ResolutionPolicy(),
    repeatWindowSeconds: Int64 = 7 * 86_400,
    transferGapSeconds: Int64 = 15 * 60,
    scriptThreshold: Double = 0.5,
    knownScriptLines: [String] = [],
    minimumArmContacts: Int = 30,
    margin: PracticalMargin = .standard,
    flaggedLimit: Int? = nil,
    keepContactMeasures: Bool = false,
    shortCallSeconds: Int = 10
  ) throws(InvalidSetting) {
    self.resolutionPolicy = resolutionPolicy
    self.repeatWindowSeconds = repeatWindowSeconds
    self.transferGapSeconds = transferGapSeconds
    self.scriptThreshold = scriptThreshold
    self.knownScriptLines = knownScriptLines
    self.minimumArmContacts = minimumArmContacts
    self.margin = margin
    self.flaggedLimit = flaggedLimit
    self.keepContactMeasures = keepContactMeasures
    self.shortCallSeconds = shortCallSeconds
    try check()
  }

  /// The documented defaults (docs/metrics.md), which are in range.
  public init() {
    self.init(keepContactMeasures: false)
  }

  /// The documented defaults, keeping every contact's measures or not (`--contacts-out`).
  public init(keepContactMeasures: Bool) {
    // The defaults are in range, so the check cannot fail. The label `resolutionPolicy`
    // picks the checking initialiser, whose default arguments are the one list of defaults.
    try! self.init(resolutionPolicy: ResolutionPolicy(), keepContactMeasures: keepContactMeasures)
  }

  /// This configuration listing at most `limit` flagged contacts (`nil`: all of them).
  public func listing(atMost limit: Int?) throws(InvalidSetting) -> AnalysisConfiguration {
    var copy = self
    copy.flaggedLimit = limit
    try copy.check()
    return copy
  }
}
