/// What is really true of a generated contact, for measuring detection.
///
/// The labels follow the metric definitions: `unresolved` is visible in the
/// contact's own record or transcript, or through a repeat that follows it;
/// `flagged` and `lost` are derived, so they can never disagree with their parts.
public struct GroundTruth: Sendable, Hashable {
  /// The agent said only script lines (greetings, steps, deflections, closings)
  /// and never took up the customer's specifics.
  public let scripted: Bool
  /// The problem stayed unsolved after this contact.
  public let unresolved: Bool
  /// The same customer opened a contact on the same category within 7 days
  /// that is not a transfer (more than 15 minutes later, or by the same agent).
  public let repeatFollows: Bool
  /// The customer threatened to cancel or switch, or the contact is a cancellation.
  public let churnRisk: Bool
  /// `scripted ∧ unresolved`.
  public let flagged: Bool
  /// `flagged ∧` churn risk in this contact or in the repeat that follows it.
  public let lost: Bool

  /// Creates labels; `repeatChurnRisk` is the churn risk of the repeat that
  /// follows (ignored when none does).
  public init(scripted: Bool, unresolved: Bool, repeatFollows: Bool, churnRisk: Bool, repeatChurnRisk: Bool) {
    self.scripted = scripted
    self.unresolved = unresolved
    self.repeatFollows = repeatFollows
    self.churnRisk = churnRisk
    flagged = scripted && unresolved
    lost = flagged && (churnRisk || (repeatFollows && repeatChurnRisk))
  }
}
