/// What the metrics keep of one contact once it has been read: counts, codes
/// and keys, never the transcript. Memory per contact stays a few dozen bytes.
struct ContactRecord: Sendable {
  /// Marks a number the export did not give.
  static let missing: Int32 = -1

  var id: String
  var provider: Int32
  var sourcing: Sourcing
  var status: ContactStatus
  /// Why the contact's own fields show it unresolved, if they do.
  var recordedUnresolved: UnresolvedReason?
  var transfers: Int32
  /// 1 escalated, 0 not, -1 unknown.
  var escalated: Int8
  var handleSeconds: Int32
  /// NaN when the export has no score.
  var csat: Float

  init(_ contact: Contact, provider: Int32, policy: ResolutionPolicy) {
    id = contact.id
    self.provider = provider
    sourcing = contact.sourcing
    status = contact.status
    recordedUnresolved = policy.unresolvedReason(status: contact.status, resolution: contact.resolution)
    transfers = contact.transfers.map { Int32(clamping: $0) } ?? Self.missing
    escalated = contact.escalated.map { $0 ? 1 : 0 } ?? -1
    handleSeconds = contact.handleSeconds.map { Int32(clamping: $0) } ?? Self.missing
    csat = contact.csat.map(Float.init) ?? .nan
  }
}
