import Foundation
import Testing

@Suite("Generated calls as Amazon Connect delivers them")
struct ConnectExportTests {
  @Test("A generated Connect folder reads back as the same calls: the same figures as their canonical CSV")
  func roundTrip() throws {
    let folder = try TestSupport.temporaryDirectory()
    let export = folder.appendingPathComponent("connect").path
    let delivered = folder.appendingPathComponent("calls.csv").path
    let generate = try TestSupport.runCallaudit([
      "generate", "--scenario", "hurting", "--contacts", "400", "--format", "contact-lens",
      "--output", export, "--delivered-csv", delivered,
    ])
    #expect(generate.status == 0, "\(generate.standardError)")
    let analyses = try FileManager.default.subpathsOfDirectory(atPath: export + "/Analysis/Voice")
      .filter { $0.hasSuffix(".json") }
    #expect(analyses.count == 400)
    #expect(analyses.allSatisfy { $0.range(of: #"^\d{4}/\d{2}/\d{2}/[^/]+_analysis_[0-9TZ:-]+\.json$"#, options: .regularExpression) != nil })

    let provider = try String(contentsOfFile: delivered, encoding: .utf8).split(separator: "\n")[1]
      .split(separator: ",")[1]
    let fromFolder = try report([
      "analyze", export, "--provider", String(provider), "--sites", export + "/sites.csv",
    ])
    let fromCSV = try report(["analyze", delivered])
    let inputs = try #require(fromFolder["inputs"] as? [[String: Any]])
    // 400 analysis files, the contact records a file a day, and sites.csv skipped.
    #expect(inputs.filter { $0["format"] as? String == "contact-lens" }.count == 400)
    #expect(inputs.filter { $0["format"] as? String == "connect-ctr" }.allSatisfy { ($0["rejected"] as? Int) == 0 })
    #expect(inputs.contains { ($0["skipped"] as? String)?.contains("sites list") == true })

    let folderGroups = try groups(fromFolder)
    let csvGroups = try groups(fromCSV)
    #expect(folderGroups.count == 2)
    for (calls, rows) in zip(folderGroups, csvGroups) {
      // The canonical CSV cannot say a call was answered: those two rates differ, by design.
      for key in ["contacts", "unresolved", "repeats", "scripted", "scripted_unresolved", "churn_risk", "lost", "transfers"] {
        #expect(calls[key] as? Int == rows[key] as? Int, "\(key)")
      }
    }
    #expect(fromFolder["flagged_total"] as? Int == fromCSV["flagged_total"] as? Int)
  }

  private func report(_ arguments: [String]) throws -> [String: Any] {
    let run = try TestSupport.runCallaudit(arguments + ["--format", "json"])
    #expect(run.status == 0, "\(run.standardError)")
    return try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
  }

  private func groups(_ report: [String: Any]) throws -> [[String: Any]] {
    let providers = try #require(report["providers"] as? [[String: Any]])
    return try #require(providers.first?["groups"] as? [[String: Any]])
  }
}
