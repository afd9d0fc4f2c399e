import ArgumentParser
import Foundation
import Testing
@testable import callaudit

/// Every command's `--help`, rendered in process at 80 columns, against the files in
/// `fixtures/golden/help/`: a changed option, default or exit-status line shows up as a
/// diff to review. To accept a change, run
/// `CALLAUDIT_UPDATE_GOLDEN=1 swift test --filter HelpGolden` and read the diff.
@Suite("--help of every command, against golden files")
struct HelpGoldenTests {
  /// Each command with the name of its golden file.
  static let commands: [(String, any ParsableCommand.Type)] = [
    ("callaudit", CallAuditCommand.self),
    ("analyze", AnalyzeCommand.self),
    ("compare", CompareCommand.self),
    ("audit", AuditCommand.self),
    ("history", HistoryCommand.self),
    ("forget", ForgetCommand.self),
    ("formats", FormatsCommand.self),
    ("generate", GenerateCommand.self),
    ("shard", ShardCommand.self),
    ("shard-normalize", ShardNormalizeCommand.self),
    ("shard-context", ShardContextCommand.self),
    ("shard-measure", ShardMeasureCommand.self),
    ("shard-merge", ShardMergeCommand.self),
  ]

  @Test("Help text", arguments: 0..<commands.count)
  func help(_ index: Int) throws {
    let (name, command) = Self.commands[index]
    let rendered = CallAuditCommand.helpMessage(for: command, columns: 80) + "\n"
    let url = TestSupport.repositoryRoot.appendingPathComponent("fixtures/golden/help/\(name).txt")
    if ProcessInfo.processInfo.environment["CALLAUDIT_UPDATE_GOLDEN"] != nil {
      try rendered.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(rendered == expected, "\(name) --help differs from fixtures/golden/help/\(name).txt; if intended, regenerate it")
  }

  @Test("The binary prints the same help as the golden file")
  func binaryAgrees() throws {
    let run = try TestSupport.runCallaudit(["analyze", "--help"], environment: ["COLUMNS": "80"])
    #expect(run.status == 0)
    let golden = try String(
      contentsOf: TestSupport.repositoryRoot.appendingPathComponent("fixtures/golden/help/analyze.txt"), encoding: .utf8)
    #expect(run.standardOutput == golden)
  }

  @Test("Every subcommand has a golden file")
  func everySubcommandCovered() {
    var reachable: [any ParsableCommand.Type] = []
    var queue: [any ParsableCommand.Type] = [CallAuditCommand.self]
    while let next = queue.popLast() {
      reachable.append(next)
      queue += next.configuration.subcommands
    }
    let covered = Set(Self.commands.map { ObjectIdentifier($0.1) })
    for command in reachable {
      #expect(covered.contains(ObjectIdentifier(command)), "\(command) has no help golden file")
    }
  }
}
