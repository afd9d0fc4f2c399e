import CallAuditMetrics
import CallAuditModel

/// The headline figures of one audit run, as stored in the history: what the
/// trend charts and "since the last run" deltas are drawn from.
public struct RunSnapshot: Sendable, Hashable {
  /// The run's number in the history.
  public var id: Int64
  /// When the run started (wall clock).
  public var startedAt: Timestamp
  /// The first and last contact start the report covers, when any contact has one.
  public var window: ClosedRange<Timestamp>?
  /// Contacts in the window.
  public var contacts: Int
  /// Contacts this run added to the history.
  public var newContacts: Int
  /// Stored contacts this run replaced with a changed later export.
  public var updatedContacts: Int
  /// Files read by this run, and files skipped because they were read before.
  public var filesIngested: Int
  /// Files skipped because the history already holds their content.
  public var filesSkipped: Int
  /// Per provider, sorted by name.
  public var providers: [ProviderSnapshot]

  /// Creates a snapshot.
  public init(
    id: Int64, startedAt: Timestamp, window: ClosedRange<Timestamp>?, contacts: Int, newContacts: Int,
    updatedContacts: Int, filesIngested: Int, filesSkipped: Int, providers: [ProviderSnapshot]
  ) {
    self.id = id
    self.startedAt = startedAt
    self.window = window
    self.contacts = contacts
    self.newContacts = newContacts
    self.updatedContacts = updatedContacts
    self.filesIngested = filesIngested
    self.filesSkipped = filesSkipped
    self.providers = providers
  }

  /// The provider named `name`.
  public func provider(_ name: String) -> ProviderSnapshot? { providers.first { $0.name == name } }
}

/// One provider's headline figures in a run.
public struct ProviderSnapshot: Sendable, Hashable {
  /// The provider.
  public var name: String
  /// Contacts in the window.
  public var contacts: Int
  /// Each rate over all the provider's sourcing groups together.
  public var rates: [RateMeasure.Name: Proportion]
  /// The outsourcing verdict per compared measure.
  public var verdicts: [OutsourcingResult.Metric: OutsourcingVerdict]
  /// Each site the export names, sorted by name, when the audit's limits name sites;
  /// empty otherwise, and in runs read back from the history, which does not store them.
  public var sites: [SiteSnapshot] = []

  /// Creates a provider snapshot.
  public init(
    name: String, contacts: Int, rates: [RateMeasure.Name: Proportion],
    verdicts: [OutsourcingResult.Metric: OutsourcingVerdict]
  ) {
    self.name = name
    self.contacts = contacts
    self.rates = rates
    self.verdicts = verdicts
  }

  /// The site named `name`.
  public func site(_ name: String) -> SiteSnapshot? { sites.first { $0.name == name } }

  /// The provider's figures from an analysis: group rates summed (events and trials),
  /// verdicts from its outsourcing comparisons.
  public init(_ provider: ProviderReport) {
    var rates: [RateMeasure.Name: Proportion] = [:]
    for group in provider.groups {
      for rate in group.rates {
        let sum = rates[rate.name] ?? Proportion(events: 0, trials: 0)
        rates[rate.name] = Proportion(
          events: sum.events + rate.proportion.events, trials: sum.trials + rate.proportion.trials)
      }
    }
    self.init(
      name: provider.name, contacts: provider.contacts, rates: rates,
      verdicts: Self.verdicts([provider.outsourcing] + provider.alsoCompared))
    sites = (provider.siteRates ?? []).compactMap { site in
      site.site.map { name in SiteSnapshot(site, comparison: provider.sites?.first { $0.site == name }) }
    }
  }

  /// The verdict of each compared measure.
  static func verdicts(_ results: [OutsourcingResult]) -> [OutsourcingResult.Metric: OutsourcingVerdict] {
    var verdicts: [OutsourcingResult.Metric: OutsourcingVerdict] = [:]
    for result in results { verdicts[result.metric] = result.comparison.verdict }
    return verdicts
  }
}

/// One site's figures in a run: its contacts, whatever their sourcing, with every rate a
/// provider has, and — for a site with outsourced contacts — its verdicts against the
/// provider's in-house contacts (``SiteComparison``).
public struct SiteSnapshot: Sendable, Hashable {
  /// The site, as the export names it.
  public var name: String
  /// Contacts in the window.
  public var contacts: Int
  /// Of them, handled by outsourced staff.
  public var outsourced: Int
  /// Each rate over the site's contacts.
  public var rates: [RateMeasure.Name: Proportion]
  /// The site verdict per compared measure; empty when the window holds none of the
  /// site's contacts handled by outsourced staff.
  public var verdicts: [OutsourcingResult.Metric: OutsourcingVerdict]

  /// Creates a site snapshot.
  public init(
    name: String, contacts: Int, outsourced: Int, rates: [RateMeasure.Name: Proportion],
    verdicts: [OutsourcingResult.Metric: OutsourcingVerdict]
  ) {
    self.name = name
    self.contacts = contacts
    self.outsourced = outsourced
    self.rates = rates
    self.verdicts = verdicts
  }

  /// A named site's figures from an analysis, with its comparison when it has one.
  init(_ site: SiteRates, comparison: SiteComparison?) {
    self.init(
      name: site.site ?? "", contacts: site.contacts, outsourced: site.outsourced,
      rates: Dictionary(uniqueKeysWithValues: site.rates.map { ($0.name, $0.proportion) }),
      verdicts: ProviderSnapshot.verdicts(comparison.map { [$0.outsourcing] + $0.alsoCompared } ?? []))
  }
}

/// A limit an audit run broke.
public struct ThresholdBreach: Sendable, Hashable {
  /// The provider; empty for a breach about the inputs (a pattern matching no
  /// file, an export that did not arrive in time).
  public var provider: String
  /// The site, for a limit set on one site of the provider (`thresholds.providers.<p>.sites`);
  /// `nil` for the provider's own limits and the inputs'.
  public var site: String?
  /// The threshold key broken (`repeat_rate`, `forbid_verdict`, …).
  public var key: String
  /// One line naming provider, site, measure, value and limit, as printed for cron.
  public var message: String

  /// Creates a breach.
  public init(provider: String, site: String? = nil, key: String, message: String) {
    self.provider = provider
    self.site = site
    self.key = key
    self.message = message
  }
}

/// What an audit run adds to its report: this run, the runs before it, and the breaches.
public struct AuditDigest: Sendable {
  /// This run.
  public var run: RunSnapshot
  /// Earlier runs, oldest first (the trend).
  public var earlier: [RunSnapshot]
  /// Limits this run broke, in provider then key order.
  public var breaches: [ThresholdBreach]
  /// Limits not judged because too few contacts lie behind the rate.
  public var notJudged: [String]
  /// How many stored input files the window's contacts come from (the report's
  /// `inputs` lists only the files this run read).
  public var windowInputs: Int?

  /// Creates a digest.
  public init(run: RunSnapshot, earlier: [RunSnapshot], breaches: [ThresholdBreach], notJudged: [String]) {
    self.run = run
    self.earlier = earlier
    self.breaches = breaches
    self.notJudged = notJudged
  }

  /// The run before this one, if any.
  public var previous: RunSnapshot? { earlier.last }
}
