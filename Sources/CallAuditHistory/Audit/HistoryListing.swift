import CallAuditMetrics
import CallAuditReporting

/// The past runs of a history, as `callaudit history` prints them.
public struct HistoryListing: Sendable {
  /// The runs, oldest first.
  public var runs: [StoredRun]
  /// Runs that started and never finished.
  public var unfinished: Int
  /// How the history was checked, when the operator should know (no seal, a run that did not finish).
  public var remarks: [String] = []

  /// How many runs were asked for.
  public var requested: Int

  /// Reads the last `last` finished runs (none for 0) of the history at
  /// `database`, checked like every history before use, under the audit lock.
  /// - Throws: ``AuditFailure`` when an audit holds the lock, or the history is
  ///   missing, damaged or unreadable.
  /// - Precondition: `last >= 0`.
  public init(database: String, last: Int) throws(AuditFailure) {
    precondition(last >= 0, "a count of runs is 0 or more")
    requested = last
    do {
      _ = try HistoryPlace.check(database, creating: false)
    } catch {
      throw .history(error)
    }
    let lock = try AuditLock.take(for: database)
    defer { withExtendedLifetime(lock) {} }
    do throws(HistoryError) {
      let history = try HistoryDatabase(path: database, access: .read)
      remarks = history.remarks
      (runs, unfinished) = try history.read { db in
        (last > 0 ? try RunStore.finishedRuns(before: nil, limit: last, in: db) : [], try RunStore.unfinishedCount(in: db))
      }
    } catch {
      throw .history(error)
    }
  }

  /// One block per run: when, what it read, its outcome, and each provider's headline rates.
  /// Nothing for `--last 0`.
  public var text: String {
    guard requested > 0 else { return "" }
    guard !runs.isEmpty else { return "no finished audit runs\n" }
    var lines: [String] = []
    for run in runs {
      let snapshot = run.snapshot
      lines.append(
        "run #\(snapshot.id)  \(snapshot.startedAt.iso8601)  \(run.outcome ?? "?")  "
          + "\(snapshot.contacts) contacts in window, +\(snapshot.newContacts) new, "
          + "\(snapshot.updatedContacts) updated, \(snapshot.filesIngested) file(s) read, "
          + "\(run.rejected) of \(run.records) records rejected")
      for provider in snapshot.providers {
        let rates = [RateMeasure.Name.scriptedUnresolved, .repeat, .unresolved, .churnRisk].compactMap { name in
          provider.rates[name]?.value.map { "\(name.rawValue) \(ThresholdChecker.percent($0))" }
        }
        let verdict = provider.verdicts[.scriptedUnresolved].map { ", outsourcing \($0.rawValue)" } ?? ""
        lines.append("    \(provider.name) (\(provider.contacts)): " + rates.joined(separator: ", ") + verdict)
      }
      lines += run.breaches.map { "    breach: \($0)" }
    }
    if unfinished > 0 {
      lines.append(
        "\(unfinished) run(s) started and did not finish (killed, crashed, or stopped by an error such as a "
          + "configuration mistake); the contacts they stored are reported by the next finished run")
    }
    return lines.map(UntrustedText.forTerminal).joined(separator: "\n") + "\n"
  }
}
