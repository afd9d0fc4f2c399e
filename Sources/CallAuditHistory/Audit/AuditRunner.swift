import CallAuditIngestion
import CallAuditMetrics
import CallAuditModel
import CallAuditReporting
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
  /// - Throws: ``AuditFailure`` when the lock is held, the history cannot be
  ///   used, or the configuration contradicts it.
  public func run(now: Timestamp = .now) throws(AuditFailure) -> AuditOutcome {
    try AuditSession.withHistory(configuration) { database throws(AuditFailure) in
      try run(in: database, now: now)
    }
  }

  private func run(in database: HistoryDatabase, now: Timestamp) throws(AuditFailure) -> AuditOutcome {
    let configuration = self.configuration
    func history<T>(_ body: () throws(HistoryError) -> T) throws(AuditFailure) -> T {
      do { return try body() } catch { throw AuditFailure(error, configuration: configuration) }
    }
    var remarks = database.remarks
    let key = try history { () throws(HistoryError) in
      try database.write { db in try CustomerKeys.establish(configuration, at: now, in: db) }
    }
    if let remark = key.remark { remarks.append(remark) }
    let runID = try history { () throws(HistoryError) in try database.write { db in try RunStore.begin(at: now, in: db) } }

    let expansion = InputPatterns.expand(configuration.inputPatterns)
    var ingestion = IngestionTally()
    ingestion.refused = expansion.refused.map { RefusedInput(path: $0.path, reason: $0.reason) }
    var arrivals: [Int: Int64] = [:]
    var filesByPattern: [Int: [Int64]] = [:]
    for (path, pattern) in expansion.files {
      let stored = try history { () throws(HistoryError) in
        try ingest(
          path, settings: configuration.inputPatterns[pattern], runID: runID, keyID: key.id, now: now,
          into: database, tally: &ingestion)
      }
      guard let stored else { continue }
      arrivals[pattern] = max(arrivals[pattern] ?? Int64.min, stored.arrived)
      filesByPattern[pattern, default: []].append(stored.fileID)
    }
    // Names under `thresholds.providers` — providers and their sites — must be the history's.
    let nameErrors = try history { () throws(HistoryError) in
      try database.read { db in try ThresholdNames.errors(of: configuration, in: db) }
    }
    guard nameErrors.isEmpty else { throw .configuration(nameErrors) }

    let expired = try history { () throws(HistoryError) in
      try configuration.retentionSeconds.map { retention throws(HistoryError) in
        try database.write { db in try ContactStore.deleteContacts(startedMoreThan: retention, beforeNewestIn: db) }
      } ?? 0
    }
    var analysis = configuration.analysis
    // Sites are measured only when a limit names one, so that other audits keep their reports.
    analysis.siteRates = configuration.thresholds.namesSites
    analysis.knownScriptLinesByProvider = try history { () throws(HistoryError) in
      try knownScriptLines(filesByPattern, in: database)
    }
    let window = try history { () throws(HistoryError) in try analyseWindow(of: database, analysis: analysis) }
    let report = window.analyzer.finish(inputs: ingestion.summaries).redacted()
    var snapshot = RunSnapshot(
      id: runID, startedAt: now, window: window.range, contacts: window.analyzer.contactCount,
      newContacts: 0, updatedContacts: 0, filesIngested: 0, filesSkipped: ingestion.skipped.count,
      providers: report.providers.map(ProviderSnapshot.init))
    let (thresholdBreaches, notJudged) = ThresholdChecker(policy: configuration.thresholds).check(snapshot)
    let breaches = inputBreaches(expansion, arrivals: arrivals, now: now) + thresholdBreaches

    let (accounting, earlier) = try history { () throws(HistoryError) in
      try database.write { db in
        let accounting = try RunStore.accounting(of: runID, in: db)
        snapshot.newContacts = accounting.newContacts
        snapshot.updatedContacts = accounting.updatedContacts
        snapshot.filesIngested = ingestion.summaries.count + accounting.carried.files
        let trouble = inputTrouble(ingestion, carried: accounting.carried)
        try RunStore.finish(
          snapshot, records: ingestion.records + accounting.carried.records,
          rejected: ingestion.rejected + accounting.carried.rejected, breaches: breaches,
          outcome: trouble != nil ? "input-errors" : breaches.isEmpty ? "ok" : "breach",
          reporting: accounting.carried.runs, finishedAt: .now, in: db)
        return (accounting, try RunStore.finishedRuns(before: runID, limit: trendLength, in: db).map(\.snapshot))
      }
    }
    var notes: [String] = []
    if !accounting.carried.runs.isEmpty {
      notes.append(
        "\(accounting.carried.files) file(s) read by run(s) "
          + accounting.carried.runs.map { "#\($0)" }.joined(separator: ", ")
          + ", which did not finish, are reported by this run")
    }
    if expired > 0 { notes.append("\(expired) contacts older than the retention period deleted") }
    if window.undated > 0 { notes.append("\(window.undated) stored contacts have no start time and fall in no window") }
    notes += ingestion.skipped.map { "\($0): already in the history (same content), skipped" }
    var digest = AuditDigest(run: snapshot, earlier: earlier, breaches: breaches, notJudged: notJudged)
    digest.windowInputs = window.inputs
    return AuditOutcome(
      report: report, digest: digest, inputTrouble: inputTrouble(ingestion, carried: accounting.carried),
      notes: notes, refused: ingestion.refused, remarks: remarks)
  }

  /// The breaches of the inputs: a pattern that matches no file, and one whose
  /// newest export arrived longer ago than its `expect` allows.
  private func inputBreaches(
    _ expansion: InputPatterns.Expansion, arrivals: [Int: Int64], now: Timestamp
  ) -> [ThresholdBreach] {
    configuration.inputPatterns.enumerated().compactMap { index, pattern in
      if expansion.unmatched.contains(index) {
        return ThresholdBreach(
          provider: "", key: "inputs", message: "\(pattern.pattern): no file matches this input pattern")
      }
      guard let expected = pattern.expectSeconds, let newest = arrivals[index] else { return nil }
      let age = now.secondsSinceEpoch - newest
      guard age > expected else { return nil }
      return ThresholdBreach(
        provider: "", key: "expect",
        message: "\(pattern.pattern): no new export for \(Self.age(age)) (the newest arrived "
          + "\(Timestamp(secondsSinceEpoch: newest).iso8601)), expected one every \(pattern.expectText ?? "\(expected)s")")
    }
  }

  /// `3d 4h`, `5h 12m`, `40m`.
  static func age(_ seconds: Int64) -> String {
    let minutes = seconds / 60, hours = minutes / 60, days = hours / 24
    if days > 0 { return "\(days)d \(hours % 24)h" }
    if hours > 0 { return "\(hours)h \(minutes % 60)m" }
    return "\(minutes)m"
  }

  /// The `scripts` of each input pattern, for the providers of the contacts its files hold.
  private func knownScriptLines(
    _ filesByPattern: [Int: [Int64]], in database: HistoryDatabase
  ) throws(HistoryError) -> [String: [String]] {
    var lines: [String: [String]] = [:]
    for (index, pattern) in configuration.inputPatterns.enumerated() where !pattern.knownScriptLines.isEmpty {
      let files = filesByPattern[index] ?? []
      guard !files.isEmpty else { continue }
      let providers = try database.read { db in
        try String.fetchAll(
          db,
          sql: "SELECT DISTINCT provider FROM contact WHERE file_id IN (\(files.map { _ in "?" }.joined(separator: ", ")))",
          arguments: StatementArguments(files))
      }
      for provider in providers { lines[provider, default: []] += pattern.knownScriptLines }
    }
    return lines
  }

  /// The window's measures. Scripts are mined as `analyze` mines them over
  /// every stored contact (docs/cron.md): all contacts with a start time, oldest
  /// first (start time, provider, contact id), are shown to the miners; those in
  /// the window — the configured period ending at the newest stored contact —
  /// are measured too.
  private func analyseWindow(
    of database: HistoryDatabase, analysis: AnalysisConfiguration
  ) throws(HistoryError) -> WindowAnalysis {
    try database.read { db in
      var analyzer = ContactAnalyzer(configuration: analysis)
      let undated = try ContactStore.undatedCount(in: db)
      guard let newest = try ContactStore.newestOpening(in: db) else {
        return WindowAnalysis(analyzer: analyzer, range: nil, undated: undated, inputs: 0)
      }
      let start = newest.secondsSinceEpoch - configuration.windowSeconds + 1
      var first: Timestamp?
      try ContactStore.forEach(openedIn: Int64.min...newest.secondsSinceEpoch, in: db) { contact, digest in
        guard let opened = contact.openedAt, opened.secondsSinceEpoch >= start else {
          analyzer.mine(contact, digest: digest)
          return
        }
        if first == nil { first = opened }
        analyzer.add(contact, digest: digest)
      }
      let inputs = try Int.fetchOne(
        db, sql: "SELECT count(DISTINCT file_id) FROM contact WHERE opened_at BETWEEN ? AND ?",
        arguments: [start, newest.secondsSinceEpoch]) ?? 0
      return WindowAnalysis(analyzer: analyzer, range: first.map { $0...newest }, undated: undated, inputs: inputs)
    }
  }

  /// Reads one file into the history in a single transaction.
  /// - Returns: the file's row and when it arrived, or `nil` when it could not be read.
  private func ingest(
    _ path: String, settings: InputPattern, runID: Int64, keyID: Int64, now: Timestamp,
    into database: HistoryDatabase, tally: inout IngestionTally
  ) throws(HistoryError) -> (fileID: Int64, arrived: Int64)? {
    let hashed: ContentHash.Hashed
    switch ContentHash.of(path: path) {
    case .success(let value): hashed = value
    case .failure(let failure):
      if failure.notRegular {
        tally.refused.append(RefusedInput(path: path, reason: failure.reason))
      } else {
        var summary = InputSummary(path: path)
        summary.stoppedBy = .cannotOpen(path: path, reason: failure.reason)
        tally.summaries.append(summary)
      }
      return nil
    }
    let known = try database.read { db in
      try Row.fetchOne(
        db, sql: "SELECT id, coalesce(arrived_at, ingested_at) AS arrived FROM input_file WHERE content_hash = ?",
        arguments: [hashed.hex])
    }
    if let known {
      tally.skipped.append(path)
      return (known["id"], known["arrived"])
    }
    var options = configuration.ingestion
    if let mapping = settings.mapping { options.mapping = mapping }
    let ingestor = ContactIngestor(options: options)
    let arrived = min(hashed.modified, now.secondsSinceEpoch)
    let (summary, fileID) = try database.write { db in
      try db.execute(
        sql: """
          INSERT INTO input_file (content_hash, path, bytes, records, accepted, rejected, new_contacts,
            updated_contacts, run_id, ingested_at, arrived_at) VALUES (?, ?, ?, 0, 0, 0, 0, 0, ?, ?, ?)
          """,
        arguments: [hashed.hex, path, hashed.bytes, runID, Timestamp.now.secondsSinceEpoch, arrived])
      let fileID = db.lastInsertedRowID
      var inserted = 0
      var updated = 0
      var failure: (any Error)?
      let sentences = SentenceInterner()
      let pseudonymizer = configuration.pseudonymizer
      let keepingTurns = configuration.keepTranscripts
      let redactor = PersonalDataRedactor()
      let stamp = ContactStore.Stamp(file: fileID, run: runID, key: keyID)
      let summary = ingestor.ingest(path: path, format: settings.format) { contact in
        guard failure == nil else { return }
        var contact = contact
        contact.customerID = contact.customerID.map { pseudonymizer.pseudonym(provider: contact.provider, customer: $0) }
        do {
          // The history keeps excerpts only with personal data replaced; the
          // fingerprints were taken from the original words.
          let digest = TranscriptDigest(turns: contact.turns).redactingText(redactor.redact)
          switch try ContactStore.store(
            contact, digest: digest, keepingTurns: keepingTurns, stamp: stamp, sentences: sentences, in: db)
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
      return (summary, fileID)
    }
    tally.summaries.append(summary)
    return (fileID, arrived)
  }

  private func inputTrouble(_ tally: IngestionTally, carried: RunStore.CarriedFiles) -> String? {
    let stopped = tally.summaries.filter { $0.stoppedBy != nil }.count + tally.refused.count + carried.stopped
    if stopped > configuration.tolerance.stoppedInputs {
      return "\(stopped) input(s) could not be read, or not to the end (tolerance \(configuration.tolerance.stoppedInputs))"
    }
    let records = tally.records + carried.records
    let rejected = tally.rejected + carried.rejected
    guard records > 0 else { return nil }
    let rate = Double(rejected) / Double(records)
    if rate > configuration.tolerance.rejectedRate {
      return "\(rejected) of \(records) records rejected (\(ThresholdChecker.percent(rate))), "
        + "above the tolerance \(ThresholdChecker.percent(configuration.tolerance.rejectedRate))"
    }
    return nil
  }
}

/// The window's analysis.
private struct WindowAnalysis {
  var analyzer: ContactAnalyzer
  var range: ClosedRange<Timestamp>?
  var undated: Int
  /// Stored input files behind the window's contacts.
  var inputs: Int
}

/// What a run read.
private struct IngestionTally {
  var summaries: [InputSummary] = []
  var skipped: [String] = []
  var refused: [RefusedInput] = []
  var records: Int { summaries.reduce(0) { $0 + $1.records } }
  var rejected: Int { summaries.reduce(0) { $0 + $1.rejected } }
}

/// A path an input pattern matched that is not a regular file, so was not read.
public struct RefusedInput: Sendable, Equatable {
  /// The path.
  public var path: String
  /// Why it was not read ("not read: it is a FIFO (named pipe); …").
  public var reason: String

  /// The line printed on standard error: `path: reason`.
  public var description: String { "\(path): \(reason)" }
}

/// The result of an audit run.
public struct AuditOutcome: Sendable {
  /// The analysis of the window.
  public var report: AnalysisReport
  /// The run, the trend and the breaches.
  public var digest: AuditDigest
  /// Why the run's input problems exceed the tolerance, if they do.
  public var inputTrouble: String?
  /// Remarks for `--verbose`: skipped files, expired contacts.
  public var notes: [String]
  /// Matched paths that were not read (FIFOs, sockets, devices).
  public var refused: [RefusedInput] = []
  /// Remarks the operator must see even on a quiet night (a run that did not
  /// finish before this one, a key rotation): printed on standard error.
  public var remarks: [String] = []
}

extension Timestamp {
  /// The wall clock, to the second.
  public static var now: Timestamp { Timestamp(secondsSinceEpoch: Int64(time(nil))) }
}

extension AuditRunner {
  /// Calls `body` with every stored contact that has a start time and its digest,
  /// oldest first (for tools and tests that read the history back); the contact's
  /// turns are empty unless the configuration keeps transcripts.
  public func storedContacts(_ body: (Contact, TranscriptDigest) -> Void) throws(AuditFailure) {
    try AuditSession.withHistory(configuration, access: .read) { database throws(AuditFailure) in
      do throws(HistoryError) {
        try database.read { db in try ContactStore.forEach(openedIn: Int64.min...Int64.max, in: db, body) }
      } catch {
        throw AuditFailure(error, configuration: configuration)
      }
    }
  }
}
