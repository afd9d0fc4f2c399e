import CallAuditHistory
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// docs/cron.md's exit-status table is part of the README's promise: every
/// status it lists is produced by the situation it names, and the audit's own
/// `--help` lists the same statuses.
@Suite("callaudit audit: the documented exit statuses")
struct AuditExitStatusDocTests {
  /// The statuses in the table under `## Exit status` in docs/cron.md.
  private static func documentedStatuses() throws -> [Int32] {
    let text = try String(
      contentsOf: TestSupport.repositoryRoot.appendingPathComponent("docs/cron.md"), encoding: .utf8)
    let section = try #require(text.components(separatedBy: "## Exit status").dropFirst().first)
      .components(separatedBy: "\n## ").first ?? ""
    return section.split(separator: "\n").compactMap { line in
      let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      return cells.first.flatMap { Int32($0) }
    }
  }

  /// The statuses `callaudit audit --help` lists after "Exit status:".
  private static func helpStatuses() throws -> [Int32] {
    let help = try TestSupport.runCallaudit(["audit", "--help"]).standardOutput
      .replacingOccurrences(of: "\n", with: " ").split(separator: " ").joined(separator: " ")
    let list = try #require(help.components(separatedBy: "Exit status: ").dropFirst().first)
      .components(separatedBy: ". ").first ?? ""
    return list.components(separatedBy: "; ").compactMap { item in Int32(item.split(separator: " ").first ?? "") }
  }

  @Test("each status in docs/cron.md comes from the situation it names, and --help lists the same")
  func documentedStatusesHappen() throws {
    let documented = try Self.documentedStatuses()
    #expect(documented == documented.sorted())
    #expect(try Self.helpStatuses() == documented)

    var produced: [Int32: TestSupport.RunResult] = [:]
    func scenario(_ build: (AuditWorkspace) throws -> TestSupport.RunResult) throws -> TestSupport.RunResult {
      let workspace = try AuditWorkspace()
      defer { workspace.remove() }
      try workspace.export(try AuditData.contacts(seed: 111, count: 60).map(\.contact), as: "night1.csv")
      try workspace.configure()
      return try build(workspace)
    }
    func replacing(_ workspace: AuditWorkspace, _ old: String, with new: String) throws {
      let text = try String(contentsOfFile: workspace.configurationPath, encoding: .utf8)
      try #require(text.contains(old))
      try text.replacingOccurrences(of: old, with: new)
        .write(toFile: workspace.configurationPath, atomically: true, encoding: .utf8)
    }
    produced[0] = try scenario { try $0.runBinary() }
    produced[1] = try scenario { workspace in
      try replacing(workspace, "inputs: [\"exports/*.csv\"]", with: "inputs: [\"exports/*.csv\", \"missing/*.csv\"]")
      return try workspace.runBinary()
    }
    produced[64] = try TestSupport.runCallaudit(["audit", "--config"])
    produced[65] = try scenario { workspace in
      try Data().write(to: URL(fileURLWithPath: workspace.databasePath))
      return try workspace.runBinary()
    }
    produced[73] = try scenario { workspace in
      try replacing(workspace, "database: history.sqlite", with: "database: state/history.sqlite")
      return try workspace.runBinary()
    }
    if SpecialFiles.canMakeDevices {
      produced[74] = try scenario { workspace in
        let full = workspace.root.appendingPathComponent("full").path
        try #require(mknod(full, S_IFCHR | 0o644, dev_t(1) << 8 | dev_t(7)) == 0)
        try replacing(workspace, "json: reports/latest.json", with: "json: full")
        return try workspace.runBinary()
      }
    }
    produced[75] = try scenario { workspace in
      let held = try AuditLock(database: workspace.databasePath)
      defer { withExtendedLifetime(held) {} }
      return try workspace.runBinary()
    }
    produced[78] = try scenario { workspace in
      try replacing(workspace, "window: 30d", with: "window: 30 days")
      return try workspace.runBinary()
    }

    let untested = Set(documented).subtracting(produced.keys)
    #expect(untested.isSubset(of: SpecialFiles.canMakeDevices ? [] : [74]), "documented but not provoked: \(untested)")
    #expect(Set(produced.keys).isSubset(of: Set(documented)), "provoked but not documented")
    for (status, result) in produced.sorted(by: { $0.key < $1.key }) {
      #expect(result.status == status, "status \(status): \(result.standardError)")
      switch status {
      case 0:
        #expect(result.standardOutput.isEmpty && result.standardError.isEmpty)
      case 1:
        #expect(!result.standardOutput.isEmpty, "a breach is a line on stdout")
      default:
        #expect(result.standardOutput.isEmpty, "status \(status) prints nothing on stdout")
        #expect(!result.standardError.isEmpty, "status \(status) says why on stderr")
      }
    }
  }
}
