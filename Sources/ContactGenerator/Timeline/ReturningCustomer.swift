/// A customer who may open a new, unrelated episode once enough time has passed
/// that it cannot be mistaken for a repeat of the last one.
struct ReturningCustomer: Sendable, Comparable {
  /// The earliest instant a new episode may start: 8 days after the last contact ended.
  var availableAt: Int64
  /// The customer's number within the provider.
  var customer: Int

  static func < (lhs: ReturningCustomer, rhs: ReturningCustomer) -> Bool {
    (lhs.availableAt, lhs.customer) < (rhs.availableAt, rhs.customer)
  }
}
