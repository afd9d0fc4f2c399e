/// The settings of one analysis; every default is documented in docs/metrics.md.
public struct AnalysisConfiguration: Sendable {
  /// Which resolution codes leave a problem unsolved.
  public var resolutionPolicy: ResolutionPolicy
  /// How long after a contact a new one by the same customer counts as a repeat.
  public var repeatWindowSeconds: Int64
  /// A new contact this soon after, handled by another agent, is a transfer, not a repeat.
  public var transferGapSeconds: Int64
  /// The script score at or above which a contact without a specific answer is scripted.
  public var scriptThreshold: Double
  /// Script lines known beforehand (`--scripts FILE`), matched like mined ones.
  public var knownScriptLines: [String]
  /// Script lines known beforehand for one provider only, by provider name
  /// (an audit's per-pattern `scripts`, docs/cron.md), added to `knownScriptLines`.
  public var knownScriptLinesByProvider: [String: [String]] = [:]
  /// Fewest contacts in each arm for an outsourcing verdict.
  public var minimumArmContacts: Int
  /// The risk ratios too close to 1 to matter, for the outsourcing verdict.
  public var margin: PracticalMargin
  /// How many flagged contacts the report lists; `nil` lists them all.
  public var flaggedLimit: Int?
  /// Whether the report keeps every contact's measures (for `--contacts-out`).
  public var keepContactMeasures: Bool
  /// An answered call shorter than this many seconds of handle time is a short call.
  public var shortCallSeconds: Int
  /// A shard holding more contacts than this is measured from disk, one customer's
  /// window at a time (``LargeShard``), not in memory; the report is the same.
  package var largeShardContacts = 50_000
  /// Contacts a large shard sorts in memory before writing a run (``RecordSorter``).
  package var sortRunContacts = RecordSorter.runRecords

  /// Creates a configuration; the defaults follow docs/metrics.md.
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
  ) {
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
  }
}
