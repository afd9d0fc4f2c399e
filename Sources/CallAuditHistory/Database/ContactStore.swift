import CallAuditMetrics
import CallAuditModel
import CallAuditReporting
import GRDB

import struct Foundation.Data

/// Reads and writes contacts in the history's `contact` table.
enum ContactStore {
  /// What storing one contact did.
  enum Change {
    case inserted, updated, unchanged
  }

  /// Where a stored version comes from: its file, the run that read it, and the
  /// customer key its pseudonym was made with.
  struct Stamp {
    var file: Int64
    var run: Int64
    var key: Int64
  }

  /// The stored fields, in the order of ``fieldValues(_:digest:keepingTurns:)``.
  private static let fieldColumns = [
    "site", "sourcing", "channel", "customer_id", "agent_id", "category", "opened_at", "closed_at", "status",
    "resolution", "transfers", "escalated", "csat", "handle_seconds", "digest", "turns", "updated_at",
  ]
  private static let columns = fieldColumns.joined(separator: ", ")

  // Built once: the statements run for every stored contact.
  private static let insertSQL =
    "INSERT OR IGNORE INTO contact (provider, contact_id, \(columns), file_id, first_run, last_run, key_id) VALUES (?, ?, "
    + Array(repeating: "?", count: fieldColumns.count).joined(separator: ", ") + ", ?, ?, ?, ?)"
  private static let updateSQL: String = {
    let assignments: String = fieldColumns.map { "\($0) = ?" }.joined(separator: ", ")
    let differs: String = fieldColumns.map { "\($0) IS NOT ?" }.joined(separator: " OR ")
    return "UPDATE contact SET \(assignments), file_id = ?, last_run = ?, key_id = ? "
      + "WHERE provider = ? AND contact_id = ? AND (\(differs))"
  }()

  /// Inserts the contact, or replaces the stored one with the same provider and id
  /// when any field differs, unless both carry an updated time and the stored one
  /// is later (the rule of `analyze`, docs/metrics.md); an identical re-export
  /// changes nothing. The turns are
  /// stored only when `keepingTurns`; the digest always.
  static func store(
    _ contact: Contact, digest: TranscriptDigest, keepingTurns: Bool, stamp: Stamp,
    sentences: SentenceInterner, in db: Database
  ) throws -> Change {
    let encoded = try DigestCoding.encode(digest) { sentence in try sentences.use(sentence, in: db) }
    let values = fieldValues(contact, digest: encoded, keepingTurns: keepingTurns)
    let insert = try db.cachedStatement(sql: insertSQL)
    try insert.execute(
      arguments: StatementArguments([contact.provider, contact.id] + values + [stamp.file, stamp.run, stamp.run, stamp.key]))
    if db.changesCount == 1 { return .inserted }
    let stored = try Row.fetchOne(
      db, sql: "SELECT digest, updated_at FROM contact WHERE provider = ? AND contact_id = ?",
      arguments: [contact.provider, contact.id])
    if let storedTime = stored?["updated_at"] as Int64?, let time = contact.updatedAt?.secondsSinceEpoch,
      time < storedTime
    {
      // The export itself dates this version before the stored one: keep the stored one.
      try SentenceStore.release(digest: encoded, of: contact.id, provider: contact.provider, in: db)
      return .unchanged
    }
    // The stored version's sentences lose a use; unchanged ones were just counted again.
    if let previous = stored?["digest"] as Data? {
      try SentenceStore.release(digest: Array(previous), of: contact.id, provider: contact.provider, in: db)
    }
    let update = try db.cachedStatement(sql: updateSQL)
    try update.execute(
      arguments: StatementArguments(values + [stamp.file, stamp.run, stamp.key, contact.provider, contact.id] + values))
    return db.changesCount == 1 ? .updated : .unchanged
  }

  /// The newest contact start in the history.
  static func newestOpening(in db: Database) throws -> Timestamp? {
    try Int64.fetchOne(db, sql: "SELECT max(opened_at) FROM contact").map(Timestamp.init(secondsSinceEpoch:))
  }

  /// Deletes contacts that started more than `retention` seconds before the newest one.
  /// - Returns: how many were deleted.
  static func deleteContacts(startedMoreThan retention: Int64, beforeNewestIn db: Database) throws -> Int {
    guard let newest = try newestOpening(in: db) else { return 0 }
    return try delete(where: "opened_at < ?", [newest.secondsSinceEpoch - retention], in: db)
  }

  /// Deletes the contacts matching `condition`, and the sentences only they used.
  private static func delete(where condition: String, _ arguments: StatementArguments, in db: Database) throws -> Int {
    let rows = try Row.fetchCursor(
      db, sql: "SELECT digest, contact_id, provider FROM contact WHERE \(condition)", arguments: arguments)
    while let row = try rows.next() {
      // A missing digest (the column is NOT NULL) reads as a damaged one.
      let digest = (row["digest"] as Data?).map(Array.init) ?? []
      try SentenceStore.release(digest: digest, of: row["contact_id"], provider: row["provider"], in: db)
    }
    try db.execute(sql: "DELETE FROM contact WHERE \(condition)", arguments: arguments)
    let deleted = db.changesCount
    try SentenceStore.deleteUnused(in: db)
    return deleted
  }

  /// Deletes every contact of a customer (by pseudonym), at one provider or all.
  /// - Returns: how many were deleted.
  static func deleteContacts(ofCustomer pseudonyms: [String], in db: Database) throws -> Int {
    var deleted = 0
    for pseudonym in pseudonyms {
      deleted += try delete(where: "customer_id = ?", [pseudonym], in: db)
    }
    return deleted
  }

  /// The providers stored in the history.
  static func providers(in db: Database) throws -> [String] {
    try String.fetchAll(db, sql: "SELECT DISTINCT provider FROM contact ORDER BY provider")
  }

  /// The sites each provider's stored contacts name, in name order, each with whether any
  /// of its contacts was handled by outsourced staff: one pass over the contacts for all
  /// providers.
  static func sitesByProvider(in db: Database) throws -> [String: [(name: String, outsourced: Bool)]] {
    var sites: [String: [(name: String, outsourced: Bool)]] = [:]
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT provider, site, max(sourcing = 'outsourced') AS outsourced FROM contact
        WHERE site IS NOT NULL GROUP BY provider, site ORDER BY provider, site
        """)
    while let row = try rows.next() { sites[row["provider"], default: []].append((row["site"], row["outsourced"])) }
    return sites
  }

  /// Stored contacts without a start time (they fall in no window).
  static func undatedCount(in db: Database) throws -> Int {
    try Int.fetchOne(db, sql: "SELECT count(*) FROM contact WHERE opened_at IS NULL") ?? 0
  }

  /// Calls `body` with every contact that started in `range`, in a fixed order
  /// (time, provider, id) so that the same history always gives the same report.
  static func forEach(
    openedIn range: ClosedRange<Int64>, in db: Database, _ body: (Contact, TranscriptDigest) -> Void
  ) throws {
    let cursor = try Row.fetchCursor(
      db,
      sql: """
        SELECT provider, contact_id, \(columns) FROM contact
        WHERE opened_at BETWEEN ? AND ? ORDER BY opened_at, provider, contact_id
        """,
      arguments: [range.lowerBound, range.upperBound])
    let sentences = try SentenceStore.all(in: db)
    while let row = try cursor.next() {
      let (contact, digest) = try contact(from: row, sentences: sentences)
      body(contact, digest)
    }
  }

  private static func fieldValues(
    _ contact: Contact, digest: [UInt8], keepingTurns: Bool
  ) -> [(any DatabaseValueConvertible)?] {
    [
      contact.site, contact.sourcing.rawValue, contact.channel, contact.customerID, contact.agentID,
      contact.category, contact.openedAt?.secondsSinceEpoch, contact.closedAt?.secondsSinceEpoch,
      contact.status.rawValue, contact.resolution, contact.transfers, contact.escalated, contact.csat,
      contact.handleSeconds, Data(digest),
      keepingTurns ? Data(TurnCoding.encode(contact.turns)) : nil, contact.updatedAt?.secondsSinceEpoch,
    ]
  }

  private static func contact(
    from row: Row, sentences: [Int64: TranscriptDigest.AgentSentence]
  ) throws -> (Contact, TranscriptDigest) {
    let provider: String = row["provider"]
    let id: String = row["contact_id"]
    var turns: [Turn] = []
    if let encoded = row["turns"] as Data? {
      guard let decoded = TurnCoding.decode(Array(encoded)) else {
        throw StoredDataDamage(message: "the stored turns of contact \(id) of \(provider) are damaged")
      }
      turns = decoded
    }
    guard let digest = DigestCoding.decode(Array((row["digest"] as Data?) ?? Data()), sentence: { sentences[$0] }) else {
      throw StoredDataDamage(message: "the stored digest of contact \(id) of \(provider) is damaged")
    }
    let contact = Contact(
      id: id, provider: provider, site: row["site"],
      sourcing: Sourcing(rawValue: row["sourcing"]) ?? .unknown,
      channel: row["channel"], customerID: row["customer_id"], agentID: row["agent_id"], category: row["category"],
      openedAt: (row["opened_at"] as Int64?).map(Timestamp.init(secondsSinceEpoch:)),
      closedAt: (row["closed_at"] as Int64?).map(Timestamp.init(secondsSinceEpoch:)),
      updatedAt: (row["updated_at"] as Int64?).map(Timestamp.init(secondsSinceEpoch:)),
      status: ContactStatus(rawValue: row["status"]) ?? .unknown, resolution: row["resolution"],
      transfers: row["transfers"], escalated: row["escalated"], csat: row["csat"],
      handleSeconds: row["handle_seconds"], turns: turns)
    return (contact, digest)
  }
}
