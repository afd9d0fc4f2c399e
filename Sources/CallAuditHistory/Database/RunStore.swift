import CallAudit
import GRDB

/// Writes and reads the `run` tables: each audit run and its snapshot.
enum RunStore {
  /// Records the start of a run and returns its number.
  static func begin(at time: Timestamp, in db: Database) throws -> Int64 {
    try db.execute(sql: "INSERT INTO run (started_at) VALUES (?)", arguments: [time.secondsSinceEpoch])
    return db.lastInsertedRowID
  }

  /// Stores the snapshot and breaches of a finished run.
  static func finish(
    _ snapshot: RunSnapshot, records: Int, rejected: Int, breaches: [ThresholdBreach], outcome: String,
    finishedAt: Timestamp, in db: Database
  ) throws {
    try db.execute(
      sql: """
        UPDATE run SET finished_at = ?, window_start = ?, window_end = ?, contacts = ?, new_contacts = ?,
          updated_contacts = ?, files_ingested = ?, files_skipped = ?, records = ?, rejected = ?, outcome = ?
        WHERE id = ?
        """,
      arguments: [
        finishedAt.secondsSinceEpoch, snapshot.window?.lowerBound.secondsSinceEpoch,
        snapshot.window?.upperBound.secondsSinceEpoch, snapshot.contacts, snapshot.newContacts,
        snapshot.updatedContacts, snapshot.filesIngested, snapshot.filesSkipped, records, rejected, outcome,
        snapshot.id,
      ])
    for provider in snapshot.providers {
      for (name, rate) in provider.rates {
        try db.execute(
          sql: "INSERT INTO run_metric (run_id, provider, metric, events, trials) VALUES (?, ?, ?, ?, ?)",
          arguments: [snapshot.id, provider.name, name.rawValue, rate.events, rate.trials])
      }
      try db.execute(
        sql: "INSERT INTO run_metric (run_id, provider, metric, events, trials) VALUES (?, ?, 'contacts', ?, ?)",
        arguments: [snapshot.id, provider.name, provider.contacts, provider.contacts])
      for (metric, verdict) in provider.verdicts {
        try db.execute(
          sql: "INSERT INTO run_verdict (run_id, provider, metric, verdict) VALUES (?, ?, ?, ?)",
          arguments: [snapshot.id, provider.name, metric.rawValue, verdict.rawValue])
      }
    }
    for breach in breaches {
      try db.execute(
        sql: "INSERT INTO run_breach (run_id, provider, metric, message) VALUES (?, ?, ?, ?)",
        arguments: [snapshot.id, breach.provider, breach.key, breach.message])
    }
  }

  /// Finished runs before `runID` (all runs when `nil`), oldest first, at most `limit`.
  static func finishedRuns(before runID: Int64?, limit: Int, in db: Database) throws -> [StoredRun] {
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT * FROM (SELECT * FROM run WHERE finished_at IS NOT NULL AND id < ? ORDER BY id DESC LIMIT ?)
        ORDER BY id
        """,
      arguments: [runID ?? Int64.max, limit])
    return try rows.map { row in
      let id: Int64 = row["id"]
      var providers: [String: ProviderSnapshot] = [:]
      for metric in try Row.fetchAll(
        db, sql: "SELECT provider, metric, events, trials FROM run_metric WHERE run_id = ?", arguments: [id])
      {
        let name: String = metric["provider"]
        var provider = providers[name] ?? ProviderSnapshot(name: name, contacts: 0, rates: [:], verdicts: [:])
        let key: String = metric["metric"]
        if key == "contacts" {
          provider.contacts = metric["events"]
        } else if let rate = RateMeasure.Name(rawValue: key) {
          provider.rates[rate] = Proportion(events: metric["events"], trials: metric["trials"])
        }
        providers[name] = provider
      }
      for verdict in try Row.fetchAll(
        db, sql: "SELECT provider, metric, verdict FROM run_verdict WHERE run_id = ?", arguments: [id])
      {
        let name: String = verdict["provider"]
        if let metric = OutsourcingResult.Metric(rawValue: verdict["metric"]),
          let value = OutsourcingVerdict(rawValue: verdict["verdict"])
        {
          providers[name, default: ProviderSnapshot(name: name, contacts: 0, rates: [:], verdicts: [:])]
            .verdicts[metric] = value
        }
      }
      let windowStart: Int64? = row["window_start"]
      let windowEnd: Int64? = row["window_end"]
      let snapshot = RunSnapshot(
        id: id, startedAt: Timestamp(secondsSinceEpoch: row["started_at"]),
        window: windowStart.flatMap { start in
          windowEnd.map { Timestamp(secondsSinceEpoch: start)...Timestamp(secondsSinceEpoch: $0) }
        },
        contacts: row["contacts"], newContacts: row["new_contacts"], updatedContacts: row["updated_contacts"],
        filesIngested: row["files_ingested"], filesSkipped: row["files_skipped"],
        providers: providers.values.sorted { $0.name < $1.name })
      let breaches = try String.fetchAll(
        db, sql: "SELECT message FROM run_breach WHERE run_id = ? ORDER BY rowid", arguments: [id])
      return StoredRun(snapshot: snapshot, outcome: row["outcome"], records: row["records"],
        rejected: row["rejected"], breaches: breaches)
    }
  }

  /// Runs that started but never finished (killed or crashed).
  static func unfinishedCount(in db: Database) throws -> Int {
    try Int.fetchOne(db, sql: "SELECT count(*) FROM run WHERE finished_at IS NULL") ?? 0
  }
}

/// A finished run as the history holds it.
public struct StoredRun: Sendable {
  /// Its figures.
  public var snapshot: RunSnapshot
  /// `ok`, `breach` or `input-errors`.
  public var outcome: String?
  /// Records read from new files in the run, and how many were rejected.
  public var records: Int
  /// Records rejected in the run.
  public var rejected: Int
  /// The breach lines printed by the run.
  public var breaches: [String]
}
