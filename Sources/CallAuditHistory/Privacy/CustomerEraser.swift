import CallAudit

/// Erases one customer from the history, on request (`callaudit forget`).
public struct CustomerEraser: Sendable {
  /// The configuration naming the history and the pseudonym key.
  public var configuration: AuditConfiguration

  /// Creates an eraser.
  public init(configuration: AuditConfiguration) { self.configuration = configuration }

  /// Deletes every stored contact of `customer` — at `provider`, or at every
  /// provider in the history when `nil` — and checkpoints the log so nothing of
  /// them remains in the file.
  /// - Returns: how many contacts were deleted.
  /// - Throws: ``AuditFailure`` when the lock is held or the database fails.
  public func forget(customer: String, provider: String? = nil) throws(AuditFailure) -> Int {
    let lock = try AuditLock.take(for: configuration.database)
    defer { withExtendedLifetime(lock) {} }
    do throws(HistoryError) {
      let database = try HistoryDatabase(path: configuration.database)
      let pseudonymizer = configuration.pseudonymizer
      let deleted = try database.write { db in
        let providers = try provider.map { [$0] } ?? ContactStore.providers(in: db)
        let pseudonyms = providers.map { pseudonymizer.pseudonym(provider: $0, customer: customer) }
        return try ContactStore.deleteContacts(ofCustomer: pseudonyms, in: db)
      }
      try database.checkpoint()
      return deleted
    } catch {
      throw .history(error)
    }
  }
}
