/// One customer interaction — a call, a chat, an e-mail ticket or a social thread —
/// in the canonical form every input format is mapped onto.
///
/// Fields an export does not carry stay `nil` (or `.unknown`), so that a metric
/// can tell "zero" from "not known" and say which it could not compute.
public struct Contact: Sendable, Hashable {
  /// The provider name used when an export names none.
  public static let unspecifiedProvider: String = "(unspecified)"

  /// The export's identifier for this contact; unique within a provider.
  public var id: String
  /// The Internet provider whose customer this is.
  public var provider: String
  /// The site or team that handled the contact, when the export says.
  public var site: String?
  /// The team, queue or routing profile within the site that handled the contact, when the
  /// export names one besides what it gives as the site; reports only group by it.
  public var team: String?
  /// Whether the handling site is the provider's own or an outsourcing vendor's.
  public var sourcing: Sourcing
  /// `call`, `chat`, `email`, `social`, … lower-cased as exported.
  public var channel: String?
  /// The customer, as the export identifies them (account, caller number, handle).
  public var customerID: String?
  /// The agent who handled the contact.
  public var agentID: String?
  /// The issue category (`no-internet`, `billing`, …), lower-cased.
  public var category: String?
  /// When the contact started.
  public var openedAt: Timestamp?
  /// When the contact was closed, if it was.
  public var closedAt: Timestamp?
  /// When the export last changed the contact: of two versions of one contact,
  /// the later one is kept (``ContactIdentity``).
  public var updatedAt: Timestamp?
  /// The ticket state at export time.
  public var status: ContactStatus
  /// The resolution code the agent chose, lower-cased (`fixed`, `no fault found`, …).
  public var resolution: String?
  /// How many times the contact was passed to another agent or queue.
  public var transfers: Int?
  /// Whether the contact was escalated to a higher tier.
  public var escalated: Bool?
  /// Customer satisfaction score as exported (commonly 1–5).
  public var csat: Double?
  /// Time the agent spent on the contact, in seconds.
  public var handleSeconds: Int?
  /// Whether anyone at the provider answered: `false` for a call that was
  /// abandoned, not picked up, busy or failed (a call record's disposition or
  /// hangup cause); `nil` when the export does not say, as for tickets.
  public var answered: Bool?
  /// What was said, in order.
  public var turns: [Turn]
  /// What the export's own analytics said of the contact — a speech-analytics
  /// product's matched categories and sentiment — kept as evidence beside
  /// callaudit's own; nothing is measured from it.
  public var vendorLabels: [String] = []

  /// Creates a contact; only the identifier is required.
  public init(
    id: String,
    provider: String = Contact.unspecifiedProvider,
    site: String? = nil,
    team: String? = nil,
    sourcing: Sourcing = .unknown,
    channel: String? = nil,
    customerID: String? = nil,
    agentID: String? = nil,
    category: String? = nil,
    openedAt: Timestamp? = nil,
    closedAt: Timestamp? = nil,
    updatedAt: Timestamp? = nil,
    status: ContactStatus = .unknown,
    resolution: String? = nil,
    transfers: Int? = nil,
    escalated: Bool? = nil,
    csat: Double? = nil,
    handleSeconds: Int? = nil,
    answered: Bool? = nil,
    turns: [Turn] = []
  ) {
    self.id = id
    self.provider = provider
    self.site = site
    self.team = team
    self.sourcing = sourcing
    self.channel = channel
    self.customerID = customerID
    self.agentID = agentID
    self.category = category
    self.openedAt = openedAt
    self.closedAt = closedAt
    self.updatedAt = updatedAt
    self.status = status
    self.resolution = resolution
    self.transfers = transfers
    self.escalated = escalated
    self.csat = csat
    self.handleSeconds = handleSeconds
    self.answered = answered
    self.turns = turns
  }
}
