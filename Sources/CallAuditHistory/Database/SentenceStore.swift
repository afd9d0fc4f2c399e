import CallAuditMetrics
import CallAuditReporting
import GRDB

import struct Foundation.Data

/// The `agent_sentence` table: each distinct agent sentence (by fingerprint)
/// once, with the text shown for it and how many stored contacts use it.
///
/// Use counts keep the table exact under updates and deletions: a sentence no
/// contact uses any more — say, one only a forgotten customer's agent said —
/// is deleted with the last contact that used it.
enum SentenceStore {
  /// The id of `sentence`, stored with no use on first sight; the caller counts the use.
  static func id(of sentence: TranscriptDigest.AgentSentence, in db: Database) throws -> Int64 {
    let statement = try db.cachedStatement(
      sql: """
        INSERT INTO agent_sentence (fingerprint, text, uses) VALUES (?, ?, 0)
        ON CONFLICT(fingerprint) DO UPDATE SET uses = uses RETURNING id
        """)
    let id = try Int64.fetchOne(
      statement, arguments: [Data(DigestCoding.encode(sentence.fingerprint)), sentence.text])
    guard let id else { throw StoredDataDamage(message: "an agent sentence could not be stored") }
    return id
  }

  /// Adds `count` uses to sentence `id`.
  static func addUses(_ count: Int, to id: Int64, in db: Database) throws {
    try db.cachedStatement(sql: "UPDATE agent_sentence SET uses = uses + ? WHERE id = ?")
      .execute(arguments: [count, id])
  }

  /// Counts one use fewer of each sentence a stored digest names; `contact`
  /// and `provider` name whose digest it is, for the message when it is damaged.
  static func release(digest bytes: [UInt8], of contact: String, provider: String, in db: Database) throws {
    guard let ids = DigestCoding.sentenceIDs(bytes) else {
      throw StoredDataDamage(message: "the stored digest of contact \(contact) of \(provider) is damaged")
    }
    let statement = try db.cachedStatement(sql: "UPDATE agent_sentence SET uses = uses - 1 WHERE id = ?")
    for id in ids { try statement.execute(arguments: [id]) }
  }

  /// Deletes the sentences no contact uses any more.
  static func deleteUnused(in db: Database) throws {
    try db.execute(sql: "DELETE FROM agent_sentence WHERE uses <= 0")
  }

  /// Every stored sentence by id, to decode digests.
  static func all(in db: Database) throws -> [Int64: TranscriptDigest.AgentSentence] {
    var sentences: [Int64: TranscriptDigest.AgentSentence] = [:]
    let cursor = try Row.fetchCursor(db, sql: "SELECT id, fingerprint, text FROM agent_sentence")
    while let row = try cursor.next() {
      let bytes: Data = row["fingerprint"]
      guard let fingerprint = DigestCoding.fingerprint(Array(bytes)) else {
        throw StoredDataDamage(message: "a stored sentence fingerprint is damaged")
      }
      sentences[row["id"]] = TranscriptDigest.AgentSentence(text: row["text"], fingerprint: fingerprint)
    }
    return sentences
  }
}
