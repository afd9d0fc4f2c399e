import CallAudit
import GRDB

#if canImport(Glibc)
  import Glibc
#endif

/// One audit run: ingest the new export files into the history, measure the
/// window, snapshot the figures, and check them against the limits.
public struct AuditRunner: Sendable {
  /// The configuration.
  public var configuration: AuditConfiguration
  /// How many earlier runs the trend shows.
  public var trendLength: Int = 30

  /// Creates a runner.
  public init(configuration: AuditConfiguration) {
    self.configuration = configuration
  }

  /// Runs the audit, holding the database lock throughout.
  /// - Parameter now: the run's start time, for the history (the wall clock by default).
  /// - Throws: ``AuditFailure`` when the lock is held or the database fails.
  public func run(now: Timestamp = .now) throws(AuditFailure) -> AuditOutcome {
    let lock = try AuditLock.take(for: configuration.database)
    defer { withExtendedLifetime(lock) {} }
    do throws(HistoryError) {
      let database = try HistoryDatabase(path: configuration.database)
      let runID = try database.write { db in try RunStore.begin(at: now, in: db) }
      let (files, unmatched, passedOver) = InputPatterns.expand(configuration.inputs)
      var ingestion = IngestionTally()
      var folderNotes: [String] = []
      for entry in passedOver {
        switch entry.kind {
        case .read: break
        case .skipped(let reason): folderNotes.append("\(entry.path): skipped: \(reason)")
        case .unreadable(let reason):
          // A folder that could not be opened is an input that could not be read.
          var summary = InputSummary(path: entry.path)
          summary.stoppedBy = .cannotOpen(path: entry.path, reason: reason)
          ingestion.summaries.append(summary)
        }
      }
      for file in files {
        try ingest(file, runID: runID, into: database, tally: &ingestion)
      }
      let expired = try configuration.retentionSeconds.map { retention throws(HistoryError) in
        try database.write { db in try ContactStore.deleteContacts(startedMoreThan: retention, beforeNewestIn: db) }
      } ?? 0
      let (analyzer, window, undated) = try analyseWindow(of: database)
      let report = analyzer.finish(inputs: ingestion.summaries).redacted()
      let snapshot = RunSnapshot(
        id: runID, startedAt: now, window: window, contacts: analyzer.contactCount,
        newContacts: ingestion.newContacts, updatedContacts: ingestion.updatedContacts,
        filesIngested: ingestion.summaries.count, filesSkipped: ingestion.skipped.count,
        providers: report.providers.map(ProviderSnapshot.init))
      let (breaches, notJudged) = ThresholdChecker(policy: configuration.thresholds).check(snapshot)
      let inputTrouble = inputTrouble(ingestion)
      let outcome = inputTrouble != nil ? "input-errors" : breaches.isEmpty ? "ok" : "breach"
      let earlier = try database.write { db in
        try RunStore.finish(
          snapshot, records: ingestion.records, rejected: ingestion.rejected, breaches: breaches, outcome: outcome,
          finishedAt: .now, in: db)
        return try RunStore.finishedRuns(before: runID, limit: trendLength, in: db).map(\.snapshot)
      }
      var notes = unmatched.map { "no file matches \($0)" } + folderNotes
      if expired > 0 { notes.append("\(expired) contacts older than the retention period deleted") }
      if undated > 0 { notes.append("\(undated) stored contacts have no start time and fall in no window") }
      notes += ingestion.skipped.map { "\($0): already in the history (same content), skipped" }
      return AuditOutcome(
        report: report,
        digest: AuditDigest(run: snapshot, earlier: earlier, breaches: breaches, notJudged: notJudged),
        inputTrouble: inputTrouble, notes: notes)
    } catch {
      throw .history(error)
    }
  }

  /// Measures the contacts of the window — the configured period ending at the
  /// newest stored contact — from their stored digests.
  private func analyseWindow(
    of database: HistoryDatabase
  ) throws(HistoryError) -> (ContactAnalyzer, ClosedRange<Timestamp>?, undated: Int) {
    var analyzer = ContactAnalyzer(configuration: configuration.analysis)
    let (window, undated) = try database.read { db in
      guard let newest = try ContactStore.newestOpening(in: db) else {
        return (nil as ClosedRange<Timestamp>?, try ContactStore.undatedCount(in: db))
      }
      let start = newest.secondsSinceEpoch - configuration.windowSeconds + 1
      var first: Timestamp?
      try ContactStore.forEach(openedIn: start...newest.secondsSinceEpoch, in: db) { contact, digest in
        if first == nil { first = contact.openedAt }
        analyzer.add(contact, digest: digest)
      }
      return (first.map { $0...newest }, try ContactStore.undatedCount(in: db))
    }
    return (analyzer, window, undated)
  }

  /// Reads one file into the history in a single transaction.
  private func ingest(
    _ path: String, runID: Int64, into database: HistoryDatabase, tally: inout IngestionTally
  ) throws(HistoryError) {
    let hash: (hex: String, bytes: Int64)
    switch ContentHash.of(path: path) {
    case .success(let value): hash = value
    case .failure(let failure):
      var summary = InputSummary(path: path)
      summary.stoppedBy = .cannotOpen(path: path, reason: failure.reason)
      tally.summaries.append(summary)
      return
    }
    let known = try database.read { db in
      try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM input_file WHERE content_hash = ?)", arguments: [hash.hex])
    }
    if known == true {
      tally.skipped.append(path)
      return
    }
    let ingestor = ContactIngestor(options: configuration.ingestion)
    let (summary, inserted, updated) = try database.write { db in
      try db.execute(
        sql: """
          INSERT INTO input_file (content_hash, path, bytes, records, accepted, rejected, new_contacts,
            updated_contacts, run_id, ingested_at) VALUES (?, ?, ?, 0, 0, 0, 0, 0, ?, ?)
          """,
        arguments: [hash.hex, path, hash.bytes, runID, Timestamp.now.secondsSinceEpoch])
      let fileID = db.lastInsertedRowID
      var inserted = 0
      var updated = 0
      var failure: (any Error)?
      let sentences = SentenceInterner()
      let pseudonymizer = configuration.pseudonymizer
      let keepingTurns = configuration.keepTranscripts
      let redactor = PersonalDataRedactor()
      let summary = ingestor.ingest(path: path) { contact in
        guard failure == nil else { return }
        var contact = contact
        contact.customerID = contact.customerID.map { pseudonymizer.pseudonym(provider: contact.provider, customer: $0) }
        do {
          // The history keeps excerpts only with personal data replaced; the
          // fingerprints were taken from the original words.
          let digest = TranscriptDigest(turns: contact.turns).redactingText(redactor.redact)
          switch try ContactStore.store(
            contact, digest: digest, keepingTurns: keepingTurns, fileID: fileID, sentences: sentences, in: db)
          {
          case .inserted: inserted += 1
          case .updated: updated += 1
          case .unchanged: break
          }
        } catch {
          failure = error
        }
      }
      if let failure { throw failure }
      try sentences.flush(in: db)
      try db.execute(
        sql: """
          UPDATE input_file SET format = ?, records = ?, accepted = ?, rejected = ?, new_contacts = ?,
            updated_contacts = ?, stopped_by = ? WHERE id = ?
          """,
        arguments: [
          summary.format?.rawValue, summary.records, summary.accepted, summary.rejected, inserted, updated,
          summary.stoppedBy?.description, fileID,
        ])
      return (summary, inserted, updated)
    }
    tally.summaries.append(summary)
    tally.newContacts += inserted
    tally.updatedContacts += updated
  }

  private func inputTrouble(_ tally: IngestionTally) -> String? {
    let stopped = tally.summaries.filter { $0.stoppedBy != nil }
    if stopped.count > configuration.tolerance.stoppedInputs {
      return "\(stopped.count) input(s) could not be read to the end (tolerance \(configuration.tolerance.stoppedInputs))"
    }
    guard tally.records > 0 else { return nil }
    let rate = Double(tally.rejected) / Double(tally.records)
    if rate > configuration.tolerance.rejectedRate {
      return "\(tally.rejected) of \(tally.records) records rejected (\(ThresholdChecker.percent(rate))), "
        + "above the tolerance \(ThresholdChecker.percent(configuration.tolerance.rejectedRate))"
    }
    return nil
  }
}

/// What a run read.
private struct IngestionTally {
  var summaries: [InputSummary] = []
  var skipped: [String] = []
  var newContacts = 0
  var updatedContacts = 0
  var records: Int { summaries.reduce(0) { $0 + $1.records } }
  var rejected: Int { summaries.reduce(0) { $0 + $1.rejected } }
}

/// The result of an audit run.
public struct AuditOutcome: Sendable {
  /// The analysis of the window.
  public var report: AnalysisReport
  /// The run, the trend and the breaches.
  public var digest: AuditDigest
  /// Why the run's input problems exceed the tolerance, if they do.
  public var inputTrouble: String?
  /// Remarks for `--verbose`: skipped files, unmatched patterns.
  public var notes: [String]
}

/// Why an audit could not run.
public enum AuditFailure: Error, CustomStringConvertible, Sendable {
  /// Another audit holds the database.
  case locked(AuditLockError)
  /// The history database failed.
  case history(HistoryError)

  public var description: String {
    switch self {
    case .locked(let error): error.description
    case .history(let error): error.description
    }
  }
}

extension Timestamp {
  /// The wall clock, to the second.
  public static var now: Timestamp { Timestamp(secondsSinceEpoch: Int64(time(nil))) }
}

extension AuditRunner {
  /// Calls `body` with every stored contact that has a start time and its digest,
  /// oldest first (for tools and tests that read the history back); the contact's
  /// turns are empty unless the configuration keeps transcripts.
  public func storedContacts(_ body: (Contact, TranscriptDigest) -> Void) throws(HistoryError) {
    let database = try HistoryDatabase(path: configuration.database)
    try database.read { db in try ContactStore.forEach(openedIn: Int64.min...Int64.max, in: db, body) }
  }
}
