import CallAuditReporting

/// Erases one customer from the history, on request (`callaudit forget`).
public struct CustomerEraser: Sendable {
  /// The configuration naming the history and the pseudonym keys.
  public var configuration: AuditConfiguration

  /// What `forget` did.
  public enum Outcome: Sendable, Equatable {
    /// This many contacts were deleted (0 when the customer has none stored).
    case deleted(Int)
    /// The provider named is not in the history; the closest name there, if one is close.
    case unknownProvider(suggestion: String?)
  }

  /// Creates an eraser.
  public init(configuration: AuditConfiguration) { self.configuration = configuration }

  /// Deletes every stored contact of `customer` — at `provider`, or at every
  /// provider in the history when `nil` — under every configured key (the current
  /// one and `privacy.previous_customer_key_files`), and checkpoints the log so
  /// nothing of them remains in the file.
  /// - Throws: ``AuditFailure`` when the lock is held, the history cannot be used,
  ///   or contacts are stored under a key that is not configured (so they could not be searched).
  public func forget(customer: String, provider: String? = nil) throws(AuditFailure) -> Outcome {
    try AuditSession.withHistory(configuration) { database throws(AuditFailure) in
      do throws(HistoryError) {
        return try database.write { db -> Outcome in
          let known = try ContactStore.providers(in: db)
          if let provider, !known.contains(provider) {
            return .unknownProvider(suggestion: NameSuggestion.closest(to: provider, among: known))
          }
          let providers = provider.map { [$0] } ?? known
          let keys = try CustomerKeys.forErasing(configuration, providers: providers, at: .now, in: db)
          let pseudonyms = keys.flatMap { key in providers.map { key.pseudonym(provider: $0, customer: customer) } }
          return .deleted(try ContactStore.deleteContacts(ofCustomer: pseudonyms, in: db))
        }
      } catch {
        throw AuditFailure(error, configuration: configuration)
      }
    }
  }
}
