import CallAuditModel

/// What callaudit takes from one Amazon Connect contact record (CTR).
///
/// Follows "Data model for Amazon Connect contact records" (Amazon Connect
/// administrator guide): `ContactId`, `Channel`, `InitiationTimestamp`,
/// `DisconnectTimestamp`, `LastUpdateTimestamp`, `CustomerEndpoint.Address`,
/// `Agent.Username` with its `RoutingProfile.Name` and `AgentInteractionDuration`
/// (seconds), `Queue.Name`, `TransferCompletedTimestamp`. `Agent` and `Queue` are
/// `null` when the call reached no agent or no queue. Amazon adds fields over time
/// and asks readers to ignore the ones they do not know, so nothing else is read.
package struct ConnectContactRecord: Sendable, Equatable {
  package var contactID: String
  /// `VOICE`, `CHAT`, `TASK` or `EMAIL`, as written.
  package var channel: String?
  /// The customer's phone number (or address), comparable across calls.
  package var caller: String?
  package var agent: String?
  package var queue: String?
  package var routingProfile: String?
  package var initiated: Timestamp?
  package var disconnected: Timestamp?
  /// When Connect last changed the record: of two copies, the later one has more.
  package var lastUpdate: Timestamp?
  /// Seconds the agent spent with the customer, holds excluded.
  package var agentSeconds: Int?
  package var transferred: Bool

  /// Reads a record, or says why it is not one.
  package init(_ record: JSONNode) throws(JSONRecordReader.Refusal) {
    guard case .object = record else {
      throw JSONRecordReader.Refusal("not a JSON object: a contact record is one object")
    }
    guard let id = record["ContactId"]?.string, !id.isEmpty else {
      throw JSONRecordReader.Refusal("no ContactId: every Amazon Connect contact record names its contact")
    }
    contactID = id
    channel = record["Channel"]?.string
    let endpoint = record["CustomerEndpoint"]
    caller = endpoint?["Type"]?.string == "TELEPHONE_NUMBER"
      ? CallerNumber.normalize(endpoint?["Address"]?.string) : endpoint?["Address"]?.scalarText
    let agent = record["Agent"]
    self.agent = agent?["Username"]?.scalarText ?? agent?["ARN"]?.string.map(Self.lastComponent)
    routingProfile = agent?["RoutingProfile"]?["Name"]?.scalarText
    queue = record["Queue"]?["Name"]?.scalarText
    initiated = try Self.time(record, "InitiationTimestamp", of: id)
    disconnected = try Self.time(record, "DisconnectTimestamp", of: id)
    lastUpdate = try Self.time(record, "LastUpdateTimestamp", of: id)
    agentSeconds = agent?["AgentInteractionDuration"]?.double.flatMap { $0 >= 0 && $0 < 3.2e7 ? Int($0) : nil }
    transferred = record["TransferCompletedTimestamp"]?.string != nil
  }

  /// The call as a contact of its own: the words are in no file of this run.
  package func contact(provider: String) -> Contact {
    var contact = Contact(id: contactID, provider: provider, turns: [])
    complete(&contact)
    return contact
  }

  /// Fills in what the record knows of a call that another file holds the words of.
  package func complete(_ contact: inout Contact) {
    contact.channel = Self.channelName(channel) ?? contact.channel
    contact.customerID = caller ?? contact.customerID
    contact.agentID = agent ?? contact.agentID
    // The queue is where the call was routed; a call that never queued has only
    // its agent's routing profile. `--sites` may name either.
    contact.site = queue ?? routingProfile ?? contact.site
    // Beside a queue, the agent's routing profile is the team within it.
    if queue != nil, let routingProfile { contact.team = routingProfile }
    contact.openedAt = initiated ?? contact.openedAt
    contact.closedAt = disconnected ?? contact.closedAt
    contact.updatedAt = lastUpdate ?? contact.updatedAt
    contact.handleSeconds = agentSeconds ?? contact.handleSeconds
    contact.answered = agent != nil
    contact.transfers = transferred ? 1 : 0
  }

  /// Of two copies of one record (Connect delivers at least once), the one to keep:
  /// the later update, or the one read later when the times do not tell.
  package func supersedes(_ other: ConnectContactRecord) -> Bool {
    switch (lastUpdate, other.lastUpdate) {
    case (let mine?, let theirs?): mine >= theirs
    case (nil, .some): false
    default: true
    }
  }

  private static func channelName(_ channel: String?) -> String? {
    switch channel?.uppercased() {
    case "VOICE": "call"
    case "CHAT": "chat"
    case "EMAIL": "email"
    case "TASK": "task"
    default: nil
    }
  }

  private static func time(_ record: JSONNode, _ key: String, of id: String) throws(JSONRecordReader.Refusal) -> Timestamp? {
    guard let value = record[key], value != .null else { return nil }
    guard let text = value.string, let time = Timestamp(iso8601: text) else {
      throw JSONRecordReader.Refusal("\(key) of contact \(id) is not an ISO 8601 time")
    }
    return time
  }

  private static func lastComponent(_ arn: String) -> String {
    arn.split(separator: "/").last.map(String.init) ?? arn
  }
}
