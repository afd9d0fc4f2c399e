import CallAuditMetrics
import CallAuditModel
import CallAuditReporting
import GRDB

/// Writes and reads the `run` tables: each audit run and its snapshot.
enum RunStore {
  /// Records the start of a run and returns its number.
  static func begin(at time: Timestamp, in db: Database) throws -> Int64 {
    try db.execute(sql: "INSERT INTO run (started_at) VALUES (?)", arguments: [time.secondsSinceEpoch])
    return db.lastInsertedRowID
  }

  /// What earlier runs that did not finish read, which the next finished run reports.
  struct CarriedFiles {
    /// The runs, oldest first.
    var runs: [Int64] = []
    var files = 0
    var records = 0
    var rejected = 0
    /// Their files that stopped before the end.
    var stopped = 0
  }

  /// What a run reports: the contacts stored by it and by the earlier runs that
  /// did not finish and were not reported yet, so that every stored contact is
  /// reported as new (or updated) by exactly one finished run.
  struct Accounting {
    var newContacts: Int
    var updatedContacts: Int
    var carried: CarriedFiles
  }

  /// The accounting of run `runID`, inside its finishing transaction.
  static func accounting(of runID: Int64, in db: Database) throws -> Accounting {
    var carried = CarriedFiles()
    carried.runs = try Int64.fetchAll(
      db, sql: "SELECT id FROM run WHERE finished_at IS NULL AND reported_by IS NULL AND id < ? ORDER BY id",
      arguments: [runID])
    let runs = carried.runs + [runID]
    let list = runs.map(String.init).joined(separator: ", ")
    let newContacts = try Int.fetchOne(
      db, sql: "SELECT count(*) FROM contact WHERE last_run IN (\(list)) AND first_run IN (\(list))") ?? 0
    let updatedContacts = try Int.fetchOne(
      db,
      sql: """
        SELECT count(*) FROM contact WHERE last_run IN (\(list)) AND (first_run IS NULL OR first_run NOT IN (\(list)))
        """) ?? 0
    if !carried.runs.isEmpty {
      let earlier = carried.runs.map(String.init).joined(separator: ", ")
      if let row = try Row.fetchOne(
        db,
        sql: """
          SELECT count(*) AS files, coalesce(sum(records), 0) AS records, coalesce(sum(rejected), 0) AS rejected,
            count(stopped_by) AS stopped FROM input_file WHERE run_id IN (\(earlier))
          """)
      {
        carried.files = row["files"]
        carried.records = row["records"]
        carried.rejected = row["rejected"]
        carried.stopped = row["stopped"]
      }
    }
    return Accounting(newContacts: newContacts, updatedContacts: updatedContacts, carried: carried)
  }

  /// Stores the snapshot and breaches of a finished run, and marks the earlier
  /// runs it reports for (`reporting`) as reported.
  static func finish(
    _ snapshot: RunSnapshot, records: Int, rejected: Int, breaches: [ThresholdBreach], outcome: String,
    reporting earlier: [Int64] = [], finishedAt: Timestamp, in db: Database
  ) throws {
    for run in earlier {
      try db.execute(sql: "UPDATE run SET reported_by = ? WHERE id = ?", arguments: [snapshot.id, run])
    }
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
      // A site's limit is stored under its path below the provider's thresholds
      // (`sites.Manila.repeat_rate`): the table has no site column, and needs none to be read.
      try db.execute(
        sql: "INSERT INTO run_breach (run_id, provider, metric, message) VALUES (?, ?, ?, ?)",
        arguments: [snapshot.id, breach.provider, breach.site.map { "sites.\($0).\(breach.key)" } ?? breach.key,
          breach.message])
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
