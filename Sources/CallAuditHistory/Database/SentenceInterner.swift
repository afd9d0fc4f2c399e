import CallAuditMetrics
import CallAuditReporting
import CallAuditText
import GRDB

/// Interns agent sentences while one file is stored: each fingerprint is looked
/// up in the database once, and uses are counted in memory and written once per
/// sentence at the end (``flush(in:)``), rather than one statement per occurrence.
///
/// Lives inside one write transaction: if the transaction rolls back, so do the
/// ids it handed out, and the interner is thrown away with it.
final class SentenceInterner {
  private var ids: [SentenceFingerprint: Int64] = [:]
  private var pendingUses: [Int64: Int] = [:]

  /// The sentence's id, counting one use.
  func use(_ sentence: TranscriptDigest.AgentSentence, in db: Database) throws -> Int64 {
    let id: Int64
    if let known = ids[sentence.fingerprint] {
      id = known
    } else {
      id = try SentenceStore.id(of: sentence, in: db)
      ids[sentence.fingerprint] = id
    }
    pendingUses[id, default: 0] += 1
    return id
  }

  /// Writes the counted uses.
  func flush(in db: Database) throws {
    for (id, count) in pendingUses { try SentenceStore.addUses(count, to: id, in: db) }
    pendingUses.removeAll()
  }
}
