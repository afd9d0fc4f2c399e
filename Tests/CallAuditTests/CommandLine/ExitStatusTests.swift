import ArgumentParser
import Foundation
import Testing
@testable import CallAudit
@testable import CallAuditHistory
@testable import CallAuditIngestion
@testable import CallAuditModel
@testable import CallAuditSystem
@testable import callaudit

/// The one mapping from an error to an exit status (`ExitStatus.init(for:)`) against the
/// tables that promise it: README.md's and docs/cron.md's.
@Suite("Exit statuses: one mapping, the documented tables")
struct ExitStatusTests {
  /// The statuses in the first column of the table under `## Exit status` in `file`.
  static func documented(in file: String) throws -> Set<Int32> {
    let text = try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent(file), encoding: .utf8)
    let section = try #require(text.components(separatedBy: "## Exit status").dropFirst().first)
      .components(separatedBy: "\n## ").first ?? ""
    return Set(
      section.split(separator: "\n").compactMap { line in
        line.split(separator: "|").first.flatMap { Int32($0.trimmingCharacters(in: .whitespaces)) }
      })
  }

  @Test("Every status the type has is documented, and nothing else is")
  func tablesMatchTheType() throws {
    let readme = try Self.documented(in: "README.md")
    let cron = try Self.documented(in: "docs/cron.md")
    #expect(readme.union(cron) == Set(ExitStatus.allCases.map(\.rawValue)))
    // The README's own table is `analyze`'s; audit adds 1 and 75 (docs/cron.md).
    #expect(readme.isSuperset(of: [0, 64, 65, 66, 73, 74, 78]))
    #expect(cron.isSuperset(of: [1, 75]))
  }

  @Test("The root help names the statuses of the README's table")
  func rootHelpListsThem() throws {
    let discussion = CallAuditCommand.configuration.discussion
    for status in try Self.documented(in: "README.md") where status != 0 {
      #expect(discussion.contains("\(status) "), "the help does not mention exit status \(status)")
    }
  }

  /// One error of each kind a command can stop on, with the status the tables give it.
  static let cases: [(String, any Error, Int32)] = [
    ("an output that cannot be created", OutputError(path: "out/r.json", reason: "no such folder", stage: .create), 73),
    ("an output that cannot be written to its end", OutputError(path: "-", reason: "no space left on device"), 74),
    ("a mistake in a mapping file", ConfigurationError(file: "m.yaml", line: 2, message: "unknown key"), 78),
    (
      "a shard stage given other settings",
      ShardStages.Failure.settingsDiffer(stage: "merge", option: "--script-threshold", given: "0.5", recorded: "0.9"), 64
    ),
    ("damaged shard data", ShardStages.Failure.damaged(what: "the context", detail: "bad magic"), 65),
    ("another audit holding the lock", AuditFailure.locked(.held(path: "h.db")), 75),
    ("a lock file that cannot be opened", AuditFailure.locked(.cannotOpen(path: "h.db", reason: "denied")), 73),
    ("a damaged history", AuditFailure.history(HistoryError(path: "h.db", message: "bad", kind: .damaged)), 65),
    ("no history yet", AuditFailure.history(HistoryError(path: "h.db", message: "none", kind: .missing)), 66),
    ("a shard input that cannot be read", CommandFailure(.noInput, Diagnostic(file: "s.state", sentence: "cannot be read")), 66),
  ]

  @Test("Each kind of error maps to its documented status", arguments: 0..<cases.count)
  func mapping(_ index: Int) throws {
    let (what, error, expected) = Self.cases[index]
    let status = try #require(ExitStatus(for: error), "\(what) has no status")
    #expect(status.rawValue == expected, "\(what)")
    let documented = try Self.documented(in: "README.md").union(try Self.documented(in: "docs/cron.md"))
    #expect(documented.contains(status.rawValue))
  }

  @Test("Each error says what happened as diagnostics with its place")
  func diagnostics() throws {
    for (what, error, _) in Self.cases {
      let diagnostics = try #require((error as? any DiagnosticConvertible)?.diagnostics, "\(what)")
      #expect(!diagnostics.isEmpty)
      for diagnostic in diagnostics {
        #expect(diagnostic.rendered.hasPrefix("error: "), "\(what): \(diagnostic.rendered)")
        #expect(!diagnostic.sentence.isEmpty)
      }
    }
    let placed = ConfigurationError(file: "m.yaml", line: 2, message: "unknown key 'provder'").diagnostics
    #expect(placed.map(\.rendered) == ["error: m.yaml:2: unknown key 'provder'"])
    #expect(InputError.malformedXML(path: "a.xml", line: 3, column: 7, message: "bad").diagnostic.rendered
      == "error: a.xml:3:7: XML is not well-formed, reading stopped: bad")
  }

  @Test("Errors ArgumentParser reports itself are left to it")
  func argumentParserErrors() {
    #expect(ExitStatus(for: ValidationError("--jobs must be a number")) == nil)
    #expect(ExitStatus(for: CleanExit.helpRequest()) == nil)
  }
}
