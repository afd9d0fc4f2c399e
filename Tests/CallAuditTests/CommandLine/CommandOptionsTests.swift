import ArgumentParser
import Foundation
import Testing
@testable import CallAuditHistory
@testable import CallAuditIngestion
@testable import CallAuditModel
@testable import callaudit

/// Every option a command's help lists works for that command, and none it
/// lists is ignored (issue 17, part 7): the command types parsed in process,
/// then the same cases run end to end.
@Suite("Command options, parsed in process")
struct CommandOptionsParsingTests {
  /// The options a command's help lists, as `--name`.
  private func listedOptions(_ command: any ParsableCommand.Type) -> Set<String> {
    let help = command.helpMessage(columns: 400)
    let options = help.components(separatedBy: "OPTIONS:").last ?? ""
    var names: Set<String> = []
    for line in options.split(separator: "\n") {
      for word in line.split(separator: " ") where word.hasPrefix("--") {
        names.insert(String(word.prefix { $0 != "," && $0 != "=" }))
      }
    }
    return names
  }

  @Test("`analyse` is an alias of `analyze`, not a file name")
  func analyseAlias() throws {
    let parsed = try CallAuditCommand.parseAsRoot(["analyse", "export.csv", "--format", "json"])
    let analyze = try #require(parsed as? AnalyzeCommand)
    #expect(analyze.inputs == ["export.csv"])
    #expect(analyze.report.format == .json)
    let spelled = try #require(try CallAuditCommand.parseAsRoot(["analyze", "export.csv"]) as? AnalyzeCommand)
    #expect(spelled.inputs == ["export.csv"])
  }

  private static let durationCases: [(String, Int64)] = [
    ("2w", 1_209_600), ("7d", 604_800), ("48h", 172_800), ("90m", 5_400), ("30s", 30), ("3600", 3_600), (" 7D ", 604_800),
  ]

  @Test("Durations: one grammar on the command line and in the audit configuration", arguments: durationCases)
  func durations(_ text: String, _ seconds: Int64) throws {
    // Before: "2w" was refused on the command line and "3600" in YAML (issue 20).
    let analyze = try #require(try CallAuditCommand.parseAsRoot(["analyze", "x.csv", "--repeat-window", text]) as? AnalyzeCommand)
    #expect(try analyze.reading.analysisConfiguration().repeatWindowSeconds == seconds)
    #expect(DurationText.seconds(text) == seconds)
    let yaml = "inputs: [a]\ndatabase: h.db\nwindow: 30d\nrepeat_window: '\(text)'\n"
    let audit = try AuditConfigurationParser.parse(
      yaml, path: "/tmp/audit.yml", environment: ["CALLAUDIT_CUSTOMER_KEY": "a-secret-of-twenty-chars"])
    #expect(audit.analysis.repeatWindowSeconds == seconds)
  }

  @Test("Not durations, on the command line and in YAML alike", arguments: ["soon", "0", "-3d", "2x", "d", "1.5h", "", "99999999999999w"])
  func notDurations(_ text: String) throws {
    #expect(DurationText.seconds(text) == nil)
    #expect(throws: (any Error).self) { try CallAuditCommand.parseAsRoot(["analyze", "x.csv", "--repeat-window=\(text)"]) }
    let yaml = "inputs: [a]\ndatabase: h.db\nwindow: 30d\nrepeat_window: '\(text)'\n"
    #expect(throws: ConfigurationError.self) {
      try AuditConfigurationParser.parse(
        yaml, path: "/tmp/audit.yml", environment: ["CALLAUDIT_CUSTOMER_KEY": "a-secret-of-twenty-chars"])
    }
  }

  @Test("compare lists and takes text, json, markdown and html, not csv")
  func compareFormats() throws {
    for format in ["text", "json", "markdown", "html"] {
      let compare = try CompareCommand.parse(["a.csv", "--format", format])
      #expect(compare.report.format.rawValue == format)
    }
    #expect(throws: (any Error).self) { try CompareCommand.parse(["a.csv", "--format", "csv"]) }
    let help = CompareCommand.helpMessage(columns: 400)
    let formatLine = try #require(help.split(separator: "\n").first { $0.hasPrefix("  --format") })
    #expect(!formatLine.contains("csv"), "\(formatLine)")
  }

  @Test("compare does not list --flagged-limit (it shows no flagged contacts); it lists and takes --contacts-out")
  func compareOptions() throws {
    let listed = listedOptions(CompareCommand.self)
    #expect(!listed.contains("--flagged-limit"))
    #expect(listed.contains("--contacts-out"))
    #expect(listed.contains("--margin"))
    #expect(throws: (any Error).self) { try CompareCommand.parse(["a.csv", "--flagged-limit", "5"]) }
    let compare = try CompareCommand.parse(["a.csv", "--contacts-out", "c.csv"])
    #expect(compare.contacts.contactsOut == "c.csv")
  }

  @Test("analyze lists and takes --flagged-limit, --contacts-out and --margin")
  func analyzeOptions() throws {
    let listed = listedOptions(AnalyzeCommand.self)
    #expect(listed.isSuperset(of: ["--flagged-limit", "--contacts-out", "--margin", "--format", "--output"]))
    let analyze = try AnalyzeCommand.parse(["a.csv", "--flagged-limit", "5", "--margin", "1.5"])
    let configuration = try analyze.configuration()
    #expect(configuration.flaggedLimit == 5)
    #expect(configuration.margin.high == 1.5)
  }

  @Test("--min-contacts sets the fewest contacts for a verdict or a place in the ranking; 0 is refused")
  func minimumContacts() throws {
    #expect(listedOptions(AnalyzeCommand.self).contains("--min-contacts"))
    #expect(listedOptions(CompareCommand.self).contains("--min-contacts"))
    #expect(try AnalyzeCommand.parse(["a.csv", "--min-contacts", "15"]).configuration().minimumArmContacts == 15)
    #expect(try AnalyzeCommand.parse(["a.csv"]).configuration().minimumArmContacts == 30)
    #expect(throws: (any Error).self) { try CompareCommand.parse(["a.csv", "--min-contacts", "0"]) }
  }

  @Test("analyze keeps only the flagged contacts its format quotes; JSON and CSV keep them all")
  func flaggedKeptByFormat() throws {
    // Issue 19, item 4: a text report of one customer's 2,000,000 flagged contacts held them all (1.1 GB).
    func limit(_ arguments: [String]) throws -> Int? {
      try AnalyzeCommand.parse(["a.csv"] + arguments).configuration().flaggedLimit
    }
    #expect(try limit([]) == 5)
    #expect(try limit(["--format", "markdown"]) == 10)
    #expect(try limit(["--format", "html"]) == 50)
    #expect(try limit(["--format", "json"]) == nil)
    #expect(try limit(["--format", "csv"]) == nil)
    #expect(try limit(["--format", "html", "--flagged-limit", "3"]) == 3)
    #expect(try limit(["--flagged-limit", "500"]) == 5)
  }

  @Test("shard merge does not list --contacts-out: its shards keep no contact measures")
  func shardMergeOptions() throws {
    let listed = listedOptions(ShardMergeCommand.self)
    #expect(!listed.contains("--contacts-out"))
    #expect(listed.isSuperset(of: ["--flagged-limit", "--margin", "--format"]))
    #expect(throws: (any Error).self) { try ShardMergeCommand.parse(["--context", "c", "p", "--contacts-out", "x.csv"]) }
    // Every stage takes the reading options, so one option list serves the whole run.
    for stage in [ShardNormalizeCommand.self, ShardMeasureCommand.self, ShardMergeCommand.self] as [any ParsableCommand.Type] {
      #expect(listedOptions(stage).isSuperset(of: ["--margin", "--flagged-limit", "--repeat-window"]), "\(stage)")
    }
  }

  @Test("history --last takes 0 (no runs) and refuses a negative count")
  func historyLast() throws {
    #expect(try HistoryCommand.parse(["--config", "a.yml", "--last", "0"]).last == 0)
    #expect(try HistoryCommand.parse(["--config", "a.yml"]).last == 30)
    #expect(throws: (any Error).self) { try HistoryCommand.parse(["--config", "a.yml", "--last=-1"]) }
  }

  @Test("--jobs past what any machine has is a usage error (64) when parsed, not an overflow later (issue 19, item 12)")
  func jobsBounded() throws {
    for jobs in ["4611686018427387904", "9223372036854775807", "1000000", "0"] {
      for arguments in [
        ["analyze", "a.csv", "--jobs", jobs], ["compare", "a.csv", "--jobs", jobs],
        ["shard", "normalize", "a.csv", "--index", "0", "--jobs", jobs],
      ] {
        do {
          _ = try CallAuditCommand.parseAsRoot(arguments)
          Issue.record("\(arguments) parsed")
        } catch {
          #expect(CallAuditCommand.exitCode(for: error) == ExitCode(64), "\(arguments)")
          #expect(CallAuditCommand.message(for: error).contains("--jobs"), "\(arguments): \(CallAuditCommand.message(for: error))")
        }
      }
    }
    let analyze = try #require(try CallAuditCommand.parseAsRoot(["analyze", "a.csv", "--jobs", "64"]) as? AnalyzeCommand)
    #expect(analyze.reading.jobs == 64)
  }

  @Test("shard normalize --index must fit the index the later stages read (issue 19, item 12)")
  func shardIndexBounded() throws {
    #expect(try ShardNormalizeCommand.parse(["a.csv", "--index", "2147483647"]).index == 2_147_483_647)
    do {
      _ = try ShardNormalizeCommand.parse(["a.csv", "--index", "2147483648"])
      Issue.record("--index 2147483648 parsed")
    } catch {
      #expect(ShardNormalizeCommand.exitCode(for: error) == ExitCode(64))
      #expect(ShardNormalizeCommand.message(for: error).contains("--index"))
    }
  }

  @Test("generate refuses --skip-large without --hostile, where it would do nothing")
  func skipLarge() throws {
    #expect(throws: (any Error).self) { try GenerateCommand.parse(["--skip-large"]) }
    #expect(try GenerateCommand.parse(["--hostile", "dir", "--skip-large"]).skipLarge)
  }
}

@Suite("Command options, end to end", .serialized)
struct CommandOptionsTests {
  private let sample = TestSupport.repositoryRoot.appendingPathComponent("samples/contacts.csv").path

  @Test("callaudit analyse FILE analyses FILE")
  func analyse() throws {
    let run = try TestSupport.runCallaudit(["analyse", sample, "--quiet"])
    #expect(run.status == 0, "\(run.standardError)")
    #expect(run.standardOutput.hasPrefix("callaudit — 1 input, "))
    #expect(!run.standardOutput.contains("analyse: cannot open"))
  }

  @Test("compare --contacts-out writes every contact's measures")
  func compareContactsOut() throws {
    let directory = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let target = directory.appendingPathComponent("c.csv").path
    let run = try TestSupport.runCallaudit(["compare", sample, "--quiet", "--contacts-out", target])
    #expect(run.status == 0, "\(run.standardError)")
    let written = try String(contentsOfFile: target, encoding: .utf8)
    let rows = written.split(separator: "\n")
    #expect(rows.first?.hasPrefix("contact_id,provider,sourcing") == true)
    // One row per contact: the same as analyze writes.
    let analyze = directory.appendingPathComponent("a.csv").path
    #expect(try TestSupport.runCallaudit(["analyze", sample, "--quiet", "-o", "/dev/null", "--contacts-out", analyze]).status == 0)
    #expect(try String(contentsOfFile: analyze, encoding: .utf8) == written)
  }

  @Test("compare --format csv and --flagged-limit are usage errors (64)", arguments: [
    ["compare", "samples/contacts.csv", "--format", "csv"], ["compare", "samples/contacts.csv", "--flagged-limit", "3"],
    ["history", "--config", "x.yml", "--last=-1"], ["generate", "--skip-large", "--contacts", "1"],
  ])
  func usageErrors(arguments: [String]) throws {
    let run = try TestSupport.runCallaudit(arguments)
    #expect(run.status == 64, "\(arguments): \(run.standardError)")
  }

  @Test("history --last 0 lists no run; --last 1 the newest")
  func historyLast() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    try workspace.configure()
    let data = try AuditData.contacts(seed: 3, count: 120)
    let (first, second) = AuditData.split(data, atDay: 20)
    try workspace.export(first.map(\.contact), as: "a.csv")
    #expect(try workspace.runBinary().status != 64)
    try workspace.export(second.map(\.contact), as: "b.csv")
    #expect(try workspace.runBinary().status != 64)
    let all = try TestSupport.runCallaudit(["history", "--config", workspace.configurationPath])
    #expect(all.status == 0, "\(all.standardError)")
    #expect(all.standardOutput.split(separator: "\n").filter { $0.hasPrefix("run #") }.count == 2)
    let one = try TestSupport.runCallaudit(["history", "--config", workspace.configurationPath, "--last", "1"])
    #expect(one.standardOutput.split(separator: "\n").filter { $0.hasPrefix("run #") }.map { String($0.prefix(6)) } == ["run #2"])
    let none = try TestSupport.runCallaudit(["history", "--config", workspace.configurationPath, "--last", "0"])
    #expect(none.status == 0)
    #expect(!none.standardOutput.contains("run #"), "\(none.standardOutput)")
    #expect(!none.standardOutput.contains("no finished audit runs"))
  }
}
