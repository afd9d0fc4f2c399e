import CallAuditModel

/// Which contacts a report measures (`--only-provider`, `--only-category`,
/// `--only-channel`, `--only-site`, `--since`, `--until`; docs/metrics.md, "Filters").
///
/// A filter decides what is *measured*, not what is *read*: a contact it leaves
/// out is still read, accounted for (``FilterCounts``), and still seen by what
/// measuring another contact needs — the repeat and transfer search, the end of
/// the data, the script miners — so that narrowing a report does not make a
/// contact whose customer came back outside the filter look resolved.
///
/// Names within one dimension are alternatives (`--only-channel call --only-channel chat`
/// keeps both); dimensions together must all match. Names match case-insensitively,
/// as the readers lower-case categories and channels and keep providers and sites
/// as exported. A contact without the field a dimension asks about does not match it.
public struct ContactFilter: Sendable, Hashable {
  /// Providers to keep, as given; empty keeps every provider.
  public let providers: [String]
  /// Issue categories to keep, as given; empty keeps every category.
  public let categories: [String]
  /// Channels to keep, as given; empty keeps every channel.
  public let channels: [String]
  /// Sites to keep, as given; empty keeps every site.
  public let sites: [String]
  /// The earliest time kept, inclusive; `nil` for no lower bound.
  public let since: Timestamp?
  /// The latest time kept, inclusive; `nil` for no upper bound.
  public let until: Timestamp?

  /// Why a contact is left out: one bit each in ``ContactFilter/reasons(for:)``.
  public enum Reason: Int, Sendable, CaseIterable {
    case provider, category, channel, site
    /// Opened before `since`.
    case since
    /// Opened after `until`.
    case until
    /// A time bound is given and the contact has no time.
    case noTime

    /// The bit of this reason.
    public var bit: UInt8 { 1 << UInt8(rawValue) }

    /// The JSON key of its count (docs/json.md).
    public var key: String {
      switch self {
      case .provider: "provider"
      case .category: "category"
      case .channel: "channel"
      case .site: "site"
      case .since: "since"
      case .until: "until"
      case .noTime: "no_time"
      }
    }
  }

  /// Creates a filter; an empty list or `nil` bound leaves that dimension open.
  public init(
    providers: [String] = [], categories: [String] = [], channels: [String] = [], sites: [String] = [],
    since: Timestamp? = nil, until: Timestamp? = nil
  ) {
    self.providers = providers
    self.categories = categories
    self.channels = channels
    self.sites = sites
    self.since = since
    self.until = until
    keys = Keys(providers: providers, categories: categories, channels: channels, sites: sites)
  }

  /// Whether nothing is filtered: no name and no time bound given.
  public var isEmpty: Bool {
    providers.isEmpty && categories.isEmpty && channels.isEmpty && sites.isEmpty && since == nil && until == nil
  }

  /// The lower-cased names compared against, made once (the names are constants, so they stay in step).
  private let keys: Keys

  private struct Keys: Sendable, Hashable {
    var providers: Set<String>, categories: Set<String>, channels: Set<String>, sites: Set<String>

    init(providers: [String], categories: [String], channels: [String], sites: [String]) {
      func key(_ names: [String]) -> Set<String> { Set(names.map(ContactFilter.matchKey)) }
      self.providers = key(providers)
      self.categories = key(categories)
      self.channels = key(channels)
      self.sites = key(sites)
    }
  }

  /// How a name is compared: trimmed of blanks and lower-cased.
  static func matchKey(_ name: String) -> String {
    name.trimmingASCIIWhitespace().lowercased()
  }

  /// Every reason the filter leaves `contact` out, as ``Reason/bit``s; 0 when it is measured.
  ///
  /// The time compared is the one the repeat search uses: the opening time, or the
  /// closing time when the export gives no opening time.
  public func reasons(for contact: Contact) -> UInt8 {
    var reasons: UInt8 = 0
    func check(_ wanted: Set<String>, _ value: String?, _ reason: Reason) {
      guard !wanted.isEmpty else { return }
      if let value, wanted.contains(Self.matchKey(value)) { return }
      reasons |= reason.bit
    }
    check(keys.providers, contact.provider, .provider)
    check(keys.categories, contact.category, .category)
    check(keys.channels, contact.channel, .channel)
    check(keys.sites, contact.site, .site)
    if since != nil || until != nil {
      if let time = contact.openedAt ?? contact.closedAt {
        if let since, time < since { reasons |= Reason.since.bit }
        if let until, until < time { reasons |= Reason.until.bit }
      } else {
        reasons |= Reason.noTime.bit
      }
    }
    return reasons
  }
}

extension ContactFilter {
  /// A `--since` or `--until` value: an ISO 8601 date (`2025-03-01`, the whole day)
  /// or date-time (`2025-03-01T08:00:00Z`; without an offset, UTC).
  public enum Bound {
    /// The earliest instant `text` allows: a date's first second.
    public static func since(_ text: String) -> Timestamp? {
      Timestamp(iso8601: text)
    }

    /// The latest instant `text` allows: a date's last second, so `--until 2025-03-31`
    /// keeps all of 31 March; a date-time itself.
    public static func until(_ text: String) -> Timestamp? {
      guard let start = Timestamp(iso8601: text) else { return nil }
      return isDateOnly(text) ? Timestamp(secondsSinceEpoch: start.secondsSinceEpoch + 86_399) : start
    }

    /// Whether `text` is a date without a time of day (`YYYY-MM-DD`).
    private static func isDateOnly(_ text: String) -> Bool {
      text.trimmingASCIIWhitespace().utf8.count == 10
    }
  }
}
