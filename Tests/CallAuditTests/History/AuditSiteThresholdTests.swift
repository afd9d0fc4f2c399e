import ContactGenerator
import Foundation
import GRDB
import Testing
@testable import CallAuditHistory
@testable import CallAuditReporting

/// Limits per site in the audit (issue 23, item 8), end to end through the audit command
/// and a real history, on the generator's split-sites scenario: Manila's agents read the
/// script (hurting), Pune's do not.
@Suite("callaudit audit: limits per site")
struct AuditSiteThresholdTests {
  static let provider = ProviderSpec.splitSites.name
  static let manila = ProviderSpec.splitSites.sites.first { $0.behavesAs == .hurting }!.name
  static let pune = ProviderSpec.splitSites.sites.first { $0.sourcing == .outsourced && $0.behavesAs == nil }!.name
  static let leeds = ProviderSpec.splitSites.sites.first { $0.sourcing == .inHouse }!.name

  /// `callaudit generate --scenario split-sites --seed 3 --contacts 6000`, into the workspace's exports.
  @discardableResult
  static func export(into workspace: AuditWorkspace) throws -> String {
    let generator = try SampleGenerator(
      configuration: GeneratorConfiguration(seed: 3, contacts: 6_000, providers: [ProviderSpec.splitSites]))
    return try workspace.export(generator.map(\.contact), as: "split-sites.csv")
  }

  /// `analyze --by site --format json` of the export: its breakdown cells and site verdicts
  /// by site, the independent figures the audit's must agree with.
  static func analyzeBySite(_ path: String, in workspace: AuditWorkspace) throws -> (
    cells: [String: [String: Any]], verdicts: [String: String]
  ) {
    let output = workspace.root.appendingPathComponent("by-site.json").path
    let result = try TestSupport.runCallaudit(["analyze", path, "--by", "site", "--format", "json", "-o", output, "--quiet"])
    try #require(result.status == 0)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any])
    var cells: [String: [String: Any]] = [:]
    for cell in (json["breakdowns"] as? [String: Any])?["cells"] as? [[String: Any]] ?? [] {
      guard let site = (cell["values"] as? [String: Any])?["site"] as? String else { continue }
      cells[site] = cell["rates"] as? [String: Any]
    }
    var verdicts: [String: String] = [:]
    let providers = json["providers"] as? [[String: Any]] ?? []
    for site in providers.first?["sites"] as? [[String: Any]] ?? [] {
      if let name = site["site"] as? String, let verdict = (site["outsourcing"] as? [String: Any])?["verdict"] as? String {
        verdicts[name] = verdict
      }
    }
    return (cells, verdicts)
  }

  static func counts(_ rate: Any?) throws -> (events: Int, trials: Int) {
    let rate = try #require(rate as? [String: Any])
    return (try #require(rate["events"] as? Int), try #require(rate["trials"] as? Int))
  }

  @Test("a limit on Manila breaches and the same limit on Pune does not; forbid_verdict uses the site verdict")
  func siteBreaches() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    let path = try Self.export(into: workspace)
    let analyzed = try Self.analyzeBySite(path, in: workspace)
    try #require(analyzed.verdicts[Self.manila] == "hurting")
    try #require(analyzed.verdicts[Self.pune] != "hurting")
    // The provider's repeat limit is broken; a site names its own keys and inherits none.
    try workspace.configure(
      """
      thresholds:
        providers:
          \(Self.provider):
            repeat_rate: 0.05
            sites:
              \(Self.manila):
                scripted_unresolved_rate: 0.2
                forbid_verdict: hurting
              \(Self.pune):
                scripted_unresolved_rate: 0.2
                forbid_verdict: hurting

      """, window: "90d")
    let result = try workspace.runBinary()
    #expect(result.status == 1)
    let lines = result.standardOutput.split(separator: "\n").map(String.init)

    let manila = try Self.counts(analyzed.cells[Self.manila]?["scripted_unresolved"])
    let pune = try Self.counts(analyzed.cells[Self.pune]?["scripted_unresolved"])
    try #require(Double(manila.events) / Double(manila.trials) > 0.2 && manila.trials >= 30)
    try #require(Double(pune.events) / Double(pune.trials) < 0.2 && pune.trials >= 30)
    let rate = ThresholdCheckerFormat.percent(Double(manila.events) / Double(manila.trials))
    #expect(lines.filter { $0.hasPrefix("\(Self.provider) / ") } == [
      "\(Self.provider) / \(Self.manila): scripted_unresolved rate \(rate) (\(manila.events) of \(manila.trials)) "
        + "is above the limit 20.0%",
      "\(Self.provider) / \(Self.manila): site verdict against in-house on scripted-and-unresolved contacts is "
        + "'hurting', which the configuration forbids",
    ])
    #expect(lines.contains { $0.hasPrefix("\(Self.provider): repeat rate ") })
    #expect(!lines.contains { $0.contains("Pune") })

    // The JSON report: the site on each site breach, and each site's figures, those of `--by site`.
    let json = try #require(
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: workspace.root.appendingPathComponent("reports/latest.json"))) as? [String: Any])
    let audit = try #require(json["audit"] as? [String: Any])
    let breaches = try #require(audit["breaches"] as? [[String: Any]])
    #expect(breaches.compactMap { $0["site"] as? String } == [Self.manila, Self.manila])
    #expect(breaches.filter { $0["site"] != nil }.compactMap { $0["key"] as? String }
      == ["scripted_unresolved_rate", "forbid_verdict"])
    let run = try #require(audit["run"] as? [String: Any])
    let sites = try #require((run["providers"] as? [[String: Any]])?.first?["sites"] as? [[String: Any]])
    #expect(sites.compactMap { $0["name"] as? String } == [Self.leeds, Self.manila, Self.pune])
    for site in sites {
      let name = try #require(site["name"] as? String)
      let rates = try #require(site["rates"] as? [String: Any])
      for measure in ["scripted_unresolved", "unresolved", "repeat", "churn_risk"] {
        let ours = try Self.counts(rates[measure]), theirs = try Self.counts(analyzed.cells[name]?[measure])
        #expect(ours == theirs, "\(name) \(measure)")
      }
      let verdict = (site["verdicts"] as? [String: Any])?["scripted_unresolved"] as? String
      #expect(verdict == analyzed.verdicts[name], "\(name)")
    }

    let html = try String(contentsOf: workspace.root.appendingPathComponent("reports/latest.html"), encoding: .utf8)
    #expect(html.contains("data-site=\"\(Self.manila)\" data-key=\"forbid_verdict\""))
    // The history keeps the breach lines, a site's under its path below the provider.
    let queue = try DatabaseQueue(path: workspace.databasePath)
    let stored = try queue.read { db in
      try String.fetchAll(db, sql: "SELECT metric FROM run_breach WHERE message LIKE ? ORDER BY rowid", arguments: ["% / %"])
    }
    #expect(stored == ["sites.\(Self.manila).scripted_unresolved_rate", "sites.\(Self.manila).forbid_verdict"])
    let listing = try TestSupport.runCallaudit(["history", "--config", workspace.configurationPath])
    #expect(listing.standardOutput.contains("breach: \(lines.first { $0.contains(Self.manila) } ?? "-")"))
  }

  @Test("a misspelt site, and forbid_verdict on an in-house site, exit 78 with file:line; no figures are reported")
  func misspeltSite() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    try Self.export(into: workspace)
    let typo = String(Self.pune.dropLast(2)) + ")"
    try workspace.configure(
      """
      thresholds:
        providers:
          \(Self.provider):
            sites:
              \(typo):
                repeat_rate: 0.3
              \(Self.leeds):
                forbid_verdict: hurting

      """, window: "90d")
    let result = try workspace.runBinary()
    #expect(result.status == 78)
    #expect(result.standardOutput.isEmpty)
    let text = try String(contentsOfFile: workspace.configurationPath, encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false)
    let typoLine = try #require(text.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "\(typo):" }) + 1
    let verdictLine = try #require(text.lastIndex { $0.contains("forbid_verdict: hurting") }) + 1
    let errors = result.standardError.split(separator: "\n")
    #expect(errors.count == 2)
    #expect(errors.first?.contains("audit.yml:\(typoLine): thresholds.providers names the site '\(typo)'") == true)
    #expect(errors.first?.contains("did you mean '\(Self.pune)'?") == true)
    #expect(errors.last?.contains("audit.yml:\(verdictLine): 'forbid_verdict' is set for the site '\(Self.leeds)'") == true)
    #expect(!FileManager.default.fileExists(atPath: workspace.root.appendingPathComponent("reports/latest.json").path))

    // Spelt right, with a rate limit on the in-house site, the run goes through.
    try workspace.configure(
      """
      thresholds:
        providers:
          \(Self.provider):
            sites:
              \(Self.pune):
                repeat_rate: 0.9
              \(Self.leeds):
                fcr_rate_min: 0.01

      """, window: "90d")
    let fixed = try workspace.runBinary()
    #expect(fixed.status == 0)
    #expect(fixed.standardOutput.isEmpty)
  }

  @Test("without site limits an audit measures no site: the same breaches, and no site in its reports")
  func withoutSiteLimits() throws {
    let provider = """
      thresholds:
        scripted_unresolved_rate: 0.15
        forbid_verdict: hurting
        providers:
          \(Self.provider):
            repeat_rate: 0.05

      """
    let plain = try AuditWorkspace()
    defer { plain.remove() }
    try Self.export(into: plain)
    try plain.configure(provider, window: "90d")
    let without = try plain.run()
    #expect(without.report.providers.allSatisfy { $0.sites == nil && $0.siteRates == nil })
    #expect(without.digest.run.providers.allSatisfy { $0.sites.isEmpty })
    #expect(without.digest.breaches.allSatisfy { $0.site == nil })
    let json = AuditReports.render(without, as: .json)
    #expect(!json.contains("\"site\""))
    #expect(!json.contains("\"sites\""))
    #expect(!AuditReports.render(without, as: .html).contains("data-site"))

    let sited = try AuditWorkspace()
    defer { sited.remove() }
    try Self.export(into: sited)
    try sited.configure(provider + "      sites:\n        \(Self.manila):\n          scripted_unresolved_rate: 0.2\n", window: "90d")
    let with = try sited.run()
    // The site's limit adds its own breach and changes none of the provider's.
    #expect(with.digest.breaches.filter { $0.site == nil } == without.digest.breaches)
    #expect(with.digest.breaches.filter { $0.site != nil }.map(\.key) == ["scripted_unresolved_rate"])
    #expect(without.digest.breaches.count >= 2)
    #expect(with.digest.run.providers.map(\.rates) == without.digest.run.providers.map(\.rates))
  }
}
