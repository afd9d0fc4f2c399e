import ArgumentParser
import Foundation
import Testing
@testable import CallAuditMetrics
@testable import callaudit

/// `--by` and `--show-agents` (issue 23): parsed in process, then run end to end.
@Suite("Breakdown options")
struct BreakdownCommandTests {
  private func analyze(_ arguments: [String]) throws -> AnalyzeCommand {
    try #require(try CallAuditCommand.parseAsRoot(["analyze", "x.csv"] + arguments) as? AnalyzeCommand)
  }

  @Test("--by is repeatable, keeps its order and counts a dimension once")
  func repeatable() throws {
    let command = try analyze(["--by", "site", "--by", "week", "--by", "site"])
    let configuration = try command.configuration()
    #expect(configuration.breakdown == [.site, .week])
    #expect(!configuration.showAgents)
    #expect(try analyze([]).configuration().breakdown.isEmpty)
    #expect(try analyze(["--by", "agent", "--show-agents"]).configuration().showAgents)
  }

  @Test("An unknown dimension and --show-agents without --by agent are refused")
  func refused() {
    #expect(throws: (any Error).self) { try CallAuditCommand.parseAsRoot(["analyze", "x.csv", "--by", "planet"]) }
    #expect(throws: (any Error).self) { try CallAuditCommand.parseAsRoot(["analyze", "x.csv", "--show-agents"]) }
    #expect(throws: (any Error).self) {
      try CallAuditCommand.parseAsRoot(["analyze", "x.csv", "--by", "site", "--show-agents"])
    }
  }

  @Test("--coaching N asks for N agents per provider, allows --show-agents, and must be 1 or more")
  func coaching() throws {
    let configuration = try analyze(["--coaching", "5", "--show-agents"]).configuration()
    #expect(configuration.coachingAgents == 5 && configuration.showAgents && configuration.breakdown.isEmpty)
    #expect(try analyze([]).configuration().coachingAgents == 0)
    #expect(throws: (any Error).self) { try CallAuditCommand.parseAsRoot(["analyze", "x.csv", "--coaching", "0"]) }
  }

  @Test("End to end: split-sites data, --by site names the harmful site in every format")
  func endToEnd() throws {
    let folder = try TestSupport.temporaryDirectory()
    let export = folder.appendingPathComponent("split.csv").path
    let generated = try TestSupport.runCallaudit([
      "generate", "--scenario", "split-sites", "--contacts", "4000", "--seed", "3", "--output", export,
    ])
    #expect(generated.status == 0)
    let json = try TestSupport.runCallaudit(["analyze", export, "--by", "site", "--by", "month", "--format", "json", "--quiet"])
    #expect(json.status == 0)
    let document = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
    let breakdowns = try #require(document["breakdowns"] as? [String: Any])
    #expect(breakdowns["by"] as? [String] == ["site", "month"])
    let cells = try #require(breakdowns["cells"] as? [[String: Any]])
    #expect(cells.reduce(0) { $0 + ($1["contacts"] as? Int ?? 0) } == 4000)
    let provider = try #require((document["providers"] as? [[String: Any]])?.first)
    let sites = try #require(provider["sites"] as? [[String: Any]])
    let verdicts = sites.map { (($0["site"] as? String) ?? "", (($0["outsourcing"] as? [String: Any])?["verdict"] as? String) ?? "") }
    #expect(verdicts.first?.0 == "Manila (BrightPath BPO)")
    #expect(verdicts.first?.1 == "hurting")
    #expect(verdicts.last?.0 == "Pune (Atlas Contact Services)")
    #expect(verdicts.last?.1 != "hurting")

    let text = try TestSupport.runCallaudit(["analyze", export, "--by", "site", "--quiet"])
    #expect(text.standardOutput.contains("so the harm is at Manila (BrightPath BPO)."))
    #expect(text.standardOutput.contains("Breakdown by site"))
    let markdown = try TestSupport.runCallaudit(["analyze", export, "--by", "site", "--format", "markdown", "--quiet"])
    #expect(markdown.standardOutput.contains("## Breakdown by site"))
    #expect(markdown.standardOutput.contains("  - **hurting** — Manila (BrightPath BPO): "))

    // Without --by, neither key appears.
    let plain = try TestSupport.runCallaudit(["analyze", export, "--format", "json", "--quiet"])
    #expect(!plain.standardOutput.contains("\"breakdowns\"") && !plain.standardOutput.contains("\"sites\""))
  }
}
