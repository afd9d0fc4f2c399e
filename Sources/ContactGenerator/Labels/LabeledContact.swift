import CallAuditModel

/// A generated contact with the truth about it.
public struct LabeledContact: Sendable, Hashable {
  /// The contact, as an export would carry it.
  public var contact: Contact
  /// What is really true of it.
  public var truth: GroundTruth
  /// Its place in the customer's episode.
  public var role: ContactRole

  /// Creates a labelled contact.
  public init(contact: Contact, truth: GroundTruth, role: ContactRole) {
    self.contact = contact
    self.truth = truth
    self.role = role
  }
}

/// A contact's place in a customer episode.
public enum ContactRole: String, Sendable, Hashable, CaseIterable {
  /// The customer's first contact about the problem.
  case first
  /// A continuation within 15 minutes by another agent after a transfer.
  case transfer
  /// The customer coming back (1 hour to 6 days later) because it was not solved.
  case `repeat`
}
