import CallAuditHistory
import CallAuditIngestion
import CallAuditMetrics
import CallAuditModel
import CallAuditReporting
import Foundation
import Testing

@Suite("Audit configuration")
struct AuditConfigurationTests {
  private func parse(_ yaml: String) throws(ConfigurationError) -> AuditConfiguration {
    try AuditConfigurationParser.parse(
      yaml, path: "/etc/callaudit/audit.yml", environment: ["CALLAUDIT_CUSTOMER_KEY": "a-secret-of-twenty-chars"])
  }

  @Test("the documented example reads, with paths relative to the file")
  func example() throws {
    let configuration = try parse(
      """
      inputs: ["exports/*.csv", "/srv/exports/*.xml"]
      database: callaudit.sqlite
      window: 30d
      repeat_window: 7d
      thresholds:
        scripted_unresolved_rate: 0.15
        repeat_rate: 0.25
        forbid_verdict: hurting
        providers:
          Northwind Broadband:
            repeat_rate: 0.30
      reports:
        html: reports/latest.html
        json: reports/latest.json
      """)
    #expect(configuration.inputs == ["/etc/callaudit/exports/*.csv", "/srv/exports/*.xml"])
    #expect(configuration.database == "/etc/callaudit/callaudit.sqlite")
    #expect(configuration.windowSeconds == 30 * 86_400)
    #expect(configuration.analysis.repeatWindowSeconds == 7 * 86_400)
    #expect(configuration.thresholds.defaults.maximumRates == [.scriptedUnresolved: 0.15, .repeat: 0.25])
    #expect(configuration.thresholds.defaults.forbiddenVerdicts == [.hurting])
    let northwind = configuration.thresholds.limits(for: "Northwind Broadband")
    #expect(northwind.maximumRates == [.scriptedUnresolved: 0.15, .repeat: 0.30])
    #expect(northwind.forbiddenVerdicts == [.hurting])
    #expect(configuration.reports == [
      ReportTarget(format: .html, path: "/etc/callaudit/reports/latest.html"),
      ReportTarget(format: .json, path: "/etc/callaudit/reports/latest.json"),
    ])
  }

  @Test(
    "mistakes name the line and the key",
    arguments: [
      ("inputs: [a]\ndatabase: h.db\nwindow: 30d\nthreshold:\n  repeat_rate: 0.2\n", 4, "unknown key 'threshold'"),
      ("inputs: [a]\ndatabase: h.db\nthresholds:\n  repeat_rte: 0.2\n", 4, "unknown key 'repeat_rte' in 'thresholds'"),
      ("inputs: [a]\ndatabase: h.db\nwindow: thirty days\n", 3, "'window' is 'thirty days', not a duration"),
      ("inputs: [a]\ndatabase: h.db\nthresholds:\n  repeat_rate: 25\n", 4, "not a number from 0.0 to 1.0"),
      ("inputs: [a]\ndatabase: h.db\nthresholds:\n  forbid_verdict: bad\n", 4, "'forbid_verdict' has 'bad'"),
      ("inputs: [a]\ndatabase: h.db\nthresholds:\n  providers:\n    X:\n      colour: red\n", 6, "unknown key 'colour' in the thresholds of 'X'"),
      ("database: h.db\n", 1, "the required key 'inputs' is missing"),
      ("inputs: [a]\ndatabase: [h.db, x]\n", 2, "'database' must be a single value"),
      ("inputs: [a\ndatabase: h.db\n", 2, "the YAML is not well-formed"),
      ("inputs:\n  - pattern: a\n    input_format: pdf\ndatabase: h.db\n", 3, "'input_format' is 'pdf', not a format"),
      ("inputs:\n  - pattern: a\n    input_format: mapping\ndatabase: h.db\n", 3, "rather than 'input_format: mapping'"),
      ("inputs:\n  - pattern: a\n    input_format: csv\n    mapping: m.yml\ndatabase: h.db\n", 3, "cannot be used together"),
      ("inputs:\n  - mapping: m.yml\ndatabase: h.db\n", 2, "an input with settings needs its 'pattern'"),
      ("inputs:\n  - pattern: a\n    expekt: 1d\ndatabase: h.db\n", 3, "unknown key 'expekt' in an input pattern"),
      ("inputs: [a]\ndatabase: h.db\nexpect: soon\n", 3, "'expect' is 'soon', not a duration"),
      ("inputs:\n  - pattern: a\n    scripts: /nonexistent/scripts.txt\ndatabase: h.db\n", 3, "the scripts file /nonexistent/scripts.txt cannot be read"),
      ("inputs: [a]\ndatabase: h.db\nmargin: [1.25, 0.8]\n", 3, "'margin' must be one ratio"),
      ("inputs: [a]\ndatabase: h.db\nmargin: 1\n", 3, "'margin' must be one ratio"),
      // The range is the type's check (AnalysisConfiguration.checked), shared with the command line.
      ("inputs: [a]\ndatabase: h.db\nscript_threshold: 1.5\n", 3, "'script_threshold' must be between 0 and 1"),
      ("inputs: [a]\ndatabase: h.db\nscript_threshold: nan\n", 3, "'script_threshold' is 'nan', not a number"),
      ("inputs: [a]\ndatabase: h.db\nminimum_arm_contacts: 0\n", 3, "'minimum_arm_contacts' must be 1 or more"),
      // Limits per site (SiteThresholdTests reads the valid ones).
      ("inputs: [a]\ndatabase: h.db\nthresholds:\n  providers:\n    X:\n      sites:\n        Manila:\n          repeat_rte: 0.2\n", 8,
       "unknown key 'repeat_rte' in the thresholds of site 'Manila' of 'X'"),
      // min_contacts stays global.
      ("inputs: [a]\ndatabase: h.db\nthresholds:\n  providers:\n    X:\n      sites:\n        Manila:\n          min_contacts: 5\n", 8,
       "unknown key 'min_contacts' in the thresholds of site 'Manila' of 'X'"),
      ("inputs: [a]\ndatabase: h.db\nthresholds:\n  providers:\n    X:\n      sites:\n        Manila:\n          forbid_verdict: bad\n", 8,
       "'forbid_verdict' has 'bad'"),
      ("inputs: [a]\ndatabase: h.db\nthresholds:\n  providers:\n    X:\n      sites:\n        Manila:\n          repeat_rate: 2\n", 8,
       "not a number from 0.0 to 1.0"),
      ("inputs: [a]\ndatabase: h.db\nthresholds:\n  providers:\n    X:\n      sites: [Manila]\n", 6,
       "the sites of 'X' must be a mapping"),
      ("inputs: [a]\ndatabase: h.db\nthresholds:\n  sites:\n    Manila:\n      repeat_rate: 0.2\n", 4,
       "unknown key 'sites' in 'thresholds'"),
    ])
  func mistakes(yaml: String, line: Int, message: String) {
    #expect {
      try parse(yaml)
    } throws: { error in
      guard let error = error as? ConfigurationError else { return false }
      return error.line == line && error.message.contains(message)
        && error.description.hasPrefix("/etc/callaudit/audit.yml:\(line): ")
    }
  }

  @Test("input patterns: plain or with settings; a pattern's expect replaces the general one")
  func inputPatterns() throws {
    let configuration = try parse(
      """
      inputs:
        - exports/*.csv
        - pattern: /srv/zendesk/*.csv
          input_format: zendesk-csv
          expect: 7d
      expect: 26h
      database: h.db
      """)
    #expect(configuration.inputs == ["/etc/callaudit/exports/*.csv", "/srv/zendesk/*.csv"])
    #expect(configuration.inputPatterns.map(\.expectSeconds) == [26 * 3_600, 7 * 86_400])
    #expect(configuration.inputPatterns.map(\.expectText) == ["26h", "7d"])
    #expect(configuration.inputPatterns.map(\.format) == [nil, .zendeskCSV])
    #expect(configuration.inputPatterns.map(\.line) == [2, 3])
  }

  @Test("a configuration error exits 78 with the file and line")
  func exitStatus() throws {
    let path = try TestSupport.temporaryFile("inputs: [a]\ndatabase: h.db\nreport:\n  html: x.html\n", name: "audit.yml")
    let result = try TestSupport.runCallaudit(["audit", "--config", path])
    #expect(result.status == 78)
    #expect(result.standardError.contains("audit.yml:3: unknown key 'report'"))
  }

  @Test("durations", arguments: [("30d", Int64(2_592_000)), ("12h", 43_200), ("90m", 5_400), ("2w", 1_209_600), ("45s", 45)])
  func durations(text: String, seconds: Int64) throws {
    let configuration = try parse("inputs: [a]\ndatabase: h.db\nwindow: \(text)\n")
    #expect(configuration.windowSeconds == seconds)
  }

  @Test("a sites file next to the configuration marks sites outsourced; a wrong one names its line")
  func sites() throws {
    let sites = try TestSupport.temporaryFile("Manila: outsourced\nCork: in-house\n", name: "sites.yml")
    let folder = (sites as NSString).deletingLastPathComponent
    let configuration = try AuditConfigurationParser.parse(
      "inputs: [a]\ndatabase: h.db\nsites: sites.yml\n", path: folder + "/audit.yml",
      environment: ["CALLAUDIT_CUSTOMER_KEY": "a-secret-of-twenty-chars"])
    #expect(configuration.ingestion.sites["manila"] == .outsourced)
    #expect(configuration.ingestion.sites["Cork"] == .inHouse)
    try "Manila: outsourced\nCork: maybe\n".write(toFile: sites, atomically: true, encoding: .utf8)
    #expect {
      try AuditConfigurationParser.parse(
        "inputs: [a]\ndatabase: h.db\nsites: sites.yml\n", path: folder + "/audit.yml",
        environment: ["CALLAUDIT_CUSTOMER_KEY": "a-secret-of-twenty-chars"])
    } throws: { error in
      (error as? ConfigurationError).map { $0.file == sites && $0.line == 2 } ?? false
    }
  }

  @Test("a blank or guessable customer key is refused with a sentence naming where it came from (issue 19, item 12)")
  func weakCustomerKeys() throws {
    let yaml = "inputs: [a]\ndatabase: h.db\n"
    for (key, words) in [
      (String(repeating: " ", count: 16), "blank"), (" \t \t \t \t \t \t \t \t \t \t", "blank"),
      (String(repeating: "a", count: 32), "distinct"), ("abababababababababab", "distinct"),
    ] {
      do throws(ConfigurationError) {
        _ = try AuditConfigurationParser.parse(yaml, path: "/etc/callaudit/audit.yml", environment: ["CALLAUDIT_CUSTOMER_KEY": key])
        Issue.record("key '\(key)' accepted")
      } catch {
        #expect(error.file == "/etc/callaudit/audit.yml")
        #expect(error.message.contains("the environment variable CALLAUDIT_CUSTOMER_KEY"), "\(error)")
        #expect(error.message.contains(words), "\(error)")
      }
    }
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let keyFile = folder.appendingPathComponent("customer.key").path
    for key in [String(repeating: " ", count: 16) + "\n", "zzzzzzzzzzzzzzzzzzzzzzzz\n"] {
      try key.write(toFile: keyFile, atomically: true, encoding: .utf8)
      do throws(ConfigurationError) {
        _ = try AuditConfigurationParser.parse(
          yaml + "privacy:\n  customer_key_file: \(keyFile)\n", path: "/etc/callaudit/audit.yml", environment: [:])
        Issue.record("key file holding '\(key)' accepted")
      } catch {
        #expect(error.message.contains(keyFile), "\(error)")
        #expect(!error.message.contains("shorter than"), "\(error)")
      }
    }
    // A key that is long and varied enough is taken.
    _ = try AuditConfigurationParser.parse(
      yaml, path: "/etc/callaudit/audit.yml", environment: ["CALLAUDIT_CUSTOMER_KEY": "k7Vq2pX9mR4tL8wZ"])
  }

  @Test("a missing customer key file is a configuration error naming that file")
  func missingKeyFile() {
    #expect {
      try parse("inputs: [a]\ndatabase: h.db\nprivacy:\n  customer_key_file: /nonexistent/customer.key\n")
    } throws: { error in
      (error as? ConfigurationError)?.file == "/nonexistent/customer.key"
    }
  }

  @Test("the verdict's margin and the new verdicts are read from the configuration")
  func margin() throws {
    #expect(try parse("inputs: [a]\ndatabase: h.db\n").analysis.margin == .standard)
    #expect(try parse("inputs: [a]\ndatabase: h.db\nmargin: 1.5\n").analysis.margin == PracticalMargin(symmetric: 1.5))
    #expect(try parse("inputs: [a]\ndatabase: h.db\nmargin: [0.9, 1.1]\n").analysis.margin == PracticalMargin(low: 0.9, high: 1.1))
    let configuration = try parse(
      "inputs: [a]\ndatabase: h.db\nthresholds:\n  forbid_verdict: [hurting, worse-but-small]\n")
    #expect(configuration.thresholds.defaults.forbiddenVerdicts == [.hurting, .worseButSmall])
    let run = RunSnapshot(
      id: 1, startedAt: Timestamp(secondsSinceEpoch: 0), window: nil, contacts: 100, newContacts: 100, updatedContacts: 0,
      filesIngested: 1, filesSkipped: 0,
      providers: [
        ProviderSnapshot(name: "A", contacts: 50, rates: [:], verdicts: [.scriptedUnresolved: .worseButSmall]),
        ProviderSnapshot(name: "B", contacts: 50, rates: [:], verdicts: [.scriptedUnresolved: .better]),
      ])
    let breaches = ThresholdChecker(policy: configuration.thresholds).check(run).breaches
    #expect(breaches.map(\.provider) == ["A"])
    #expect(breaches.first?.message.contains("is 'worse-but-small', which the configuration forbids") == true)
  }
}
