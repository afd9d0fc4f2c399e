import CallAuditModel
import CallAuditReporting
import GRDB

/// The keys that pseudonymised a history's customers (table `customer_key`),
/// by fingerprint, and which key each stored contact was pseudonymised with.
///
/// A pseudonym made with one key never matches one made with another, so a
/// changed key would make every customer new and leave `forget` unable to find
/// the rows stored before the change. The history therefore records each key's
/// fingerprint and refuses a key it has not seen, unless the configuration
/// declares the rotation by naming the old key in
/// `privacy.previous_customer_key_files` (docs/privacy.md).
enum CustomerKeys {
  /// A key recorded in the history.
  struct Stored {
    var id: Int64
    var fingerprint: String
  }

  /// Why a configured key cannot be used with this history: a sentence for the configuration's `privacy` line.
  struct Refusal: Error {
    var message: String
  }

  static func stored(in db: Database) throws -> [Stored] {
    try Row.fetchAll(db, sql: "SELECT id, fingerprint FROM customer_key ORDER BY id").map {
      Stored(id: $0["id"], fingerprint: $0["fingerprint"])
    }
  }

  /// The key the audit stores pseudonyms with from now on: the history's
  /// latest, or the configured key recorded on first use or after a declared
  /// rotation.
  /// - Returns: its id, and a remark for the operator when something was recorded.
  /// - Throws: ``Refusal`` when the configured key is not the history's and no rotation is declared.
  static func establish(
    _ configuration: AuditConfiguration, at time: Timestamp, in db: Database
  ) throws -> (id: Int64, remark: String?) {
    let current = configuration.pseudonymizer.fingerprint
    let keys = try stored(in: db)
    guard let latest = keys.last else {
      let id = try record(current, at: time, in: db)
      try db.execute(sql: "UPDATE contact SET key_id = ? WHERE key_id IS NULL", arguments: [id])
      let adopted = db.changesCount
      let remark = adopted == 0 ? nil : "\(configuration.database): the history recorded no customer key (written by an "
        + "older callaudit); the key from \(configuration.customerKeySource) is recorded as the one its \(adopted) "
        + "stored contact(s) were pseudonymised with"
      return (id, remark)
    }
    if latest.fingerprint == current { return (latest.id, nil) }
    try checkRotation(configuration, keys: keys)
    let id = try record(current, at: time, in: db)
    return (
      id,
      "\(configuration.database): the customer key was rotated to the key from \(configuration.customerKeySource): "
        + "customers get new pseudonyms from now on, so repeats across the change are not found (docs/privacy.md)"
    )
  }

  /// Every configured key (the current one and the previous ones) that can find
  /// rows, for `forget`; adopts the current key for a history that recorded none.
  /// - Throws: ``Refusal`` when the current key is foreign to the history, or
  ///   contacts of `providers` are stored under a key that is not configured.
  static func forErasing(
    _ configuration: AuditConfiguration, providers: [String], at time: Timestamp, in db: Database
  ) throws -> [CustomerPseudonymizer] {
    var keys = try stored(in: db)
    let current = configuration.pseudonymizer.fingerprint
    if keys.isEmpty {
      let id = try record(current, at: time, in: db)
      try db.execute(sql: "UPDATE contact SET key_id = ? WHERE key_id IS NULL", arguments: [id])
      keys = [Stored(id: id, fingerprint: current)]
    }
    if keys.last?.fingerprint != current { try checkRotation(configuration, keys: keys) }
    var configured: [String: CustomerPseudonymizer] = [current: configuration.pseudonymizer]
    for previous in configuration.previousPseudonymizers { configured[previous.pseudonymizer.fingerprint] = previous.pseudonymizer }
    let marks = Array(repeating: "?", count: providers.count).joined(separator: ", ")
    var missing: [(fingerprint: String, contacts: Int)] = []
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT customer_key.fingerprint AS fingerprint, count(*) AS contacts FROM contact
        JOIN customer_key ON customer_key.id = contact.key_id
        WHERE contact.provider IN (\(marks)) AND contact.customer_id IS NOT NULL
        GROUP BY customer_key.id ORDER BY customer_key.id
        """, arguments: StatementArguments(providers))
    where configured[row["fingerprint"] as String] == nil {
      missing.append((row["fingerprint"], row["contacts"]))
    }
    if let first = missing.first {
      let contacts = missing.reduce(0) { $0 + $1.contacts }
      throw Refusal(
        message: "the history holds \(contacts) contact(s) whose customers were pseudonymised with a key that is not "
          + "configured (fingerprint \(short(first.fingerprint))), so forget cannot find the customer among them; name "
          + "that key in privacy.previous_customer_key_files (docs/privacy.md)")
    }
    let storedFingerprints = Set(keys.map(\.fingerprint))
    return configured.filter { storedFingerprints.contains($0.key) }.sorted { $0.key < $1.key }.map(\.value)
  }

  /// Accepts a key the history has not seen only when the history's latest key
  /// is named among the previous keys, and never goes back to an earlier key.
  private static func checkRotation(_ configuration: AuditConfiguration, keys: [Stored]) throws {
    let current = configuration.pseudonymizer.fingerprint
    guard let latest = keys.last else { return }
    if keys.contains(where: { $0.fingerprint == current }) {
      throw Refusal(
        message: "the customer key from \(configuration.customerKeySource) was replaced by a later key in this history "
          + "(fingerprint \(short(latest.fingerprint))); callaudit does not go back to an earlier key")
    }
    guard configuration.previousPseudonymizers.contains(where: { $0.pseudonymizer.fingerprint == latest.fingerprint })
    else {
      throw Refusal(
        message: "the customer key from \(configuration.customerKeySource) is not the key this history was written with "
          + "(its fingerprint is \(short(current)), the history's \(short(latest.fingerprint))): customers would get "
          + "new pseudonyms and forget would miss their stored contacts; use the history's key again, or rotate keys as "
          + "docs/privacy.md says, naming the old key in privacy.previous_customer_key_files")
    }
  }

  private static func record(_ fingerprint: String, at time: Timestamp, in db: Database) throws -> Int64 {
    try db.execute(
      sql: "INSERT INTO customer_key (fingerprint, added_at) VALUES (?, ?)",
      arguments: [fingerprint, time.secondsSinceEpoch])
    return db.lastInsertedRowID
  }

  /// The first 12 hex digits, enough to tell keys apart in a message.
  static func short(_ fingerprint: String) -> String { String(fingerprint.prefix(12)) }
}
