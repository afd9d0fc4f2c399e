import Foundation
import Testing
@testable import CallAuditMetrics
@testable import CallAuditModel

/// One configuration value: ranges checked by the type, written and read back whole (a
/// shard context carries it), echoed in one line.
@Suite("The analysis configuration")
struct AnalysisConfigurationTests {
  @Test("Settings outside their range are refused by the type's initialiser, naming the option")
  func ranges() throws {
    #expect(throws: AnalysisConfiguration.InvalidSetting(setting: .scriptThreshold, requirement: "between 0 and 1")) {
      try AnalysisConfiguration(scriptThreshold: 1.5)
    }
    #expect(throws: AnalysisConfiguration.InvalidSetting.self) { try AnalysisConfiguration(scriptThreshold: .nan) }
    #expect((try? AnalysisConfiguration(minimumArmContacts: 0)) == nil)
    #expect((try? AnalysisConfiguration(flaggedLimit: -1)) == nil)
    #expect((try? AnalysisConfiguration().listing(atMost: -2)) == nil)
    #expect((try? AnalysisConfiguration(repeatWindowSeconds: 0)) == nil)
    #expect((try? AnalysisConfiguration(shortCallSeconds: -1)) == nil)
    let defaults = AnalysisConfiguration()
    let spelled = try AnalysisConfiguration(scriptThreshold: 0.5)
    #expect(defaults.stageSettings == spelled.stageSettings)
    #expect(try AnalysisConfiguration(scriptThreshold: 1).scriptThreshold == 1)
    #expect(try AnalysisConfiguration().listing(atMost: 3).flaggedLimit == 3)
  }

  @Test("Written and read back, a configuration is the same one")
  func roundTrip() throws {
    var configuration = try AnalysisConfiguration(
      repeatWindowSeconds: 1_209_600, scriptThreshold: 0.7, knownScriptLines: ["Please DM us."],
      margin: try #require(PracticalMargin(low: 0.5, high: 2)), flaggedLimit: 9, shortCallSeconds: 20)
    configuration.knownScriptLinesByProvider = ["Acme": ["Thanks for waiting."]]
    configuration.resolutionPolicy = ResolutionPolicy(nonResolvingCodes: ["no fault found", "Duplicate"])
    let back = try JSONDecoder().decode(AnalysisConfiguration.self, from: try JSONEncoder().encode(configuration))
    #expect(back.stageSettings == configuration.stageSettings)
    #expect(back.knownScriptLines == configuration.knownScriptLines)
    #expect(back.knownScriptLinesByProvider == configuration.knownScriptLinesByProvider)
    #expect(back.resolutionPolicy == configuration.resolutionPolicy)
    #expect(back.transferGapSeconds == configuration.transferGapSeconds)
    #expect(back.minimumArmContacts == configuration.minimumArmContacts)
  }

  @Test("A configuration read from disk is held to the same ranges")
  func decodingChecks() throws {
    var text = String(decoding: try JSONEncoder().encode(AnalysisConfiguration()), as: UTF8.self)
    text = text.replacingOccurrences(of: "\"script_threshold\":0.5", with: "\"script_threshold\":3")
    #expect(text.contains("\"script_threshold\":3"))
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(AnalysisConfiguration.self, from: Data(text.utf8)) }
  }

  @Test("Durations are echoed as they would be typed, and read back to the same seconds", arguments: [
    (Int64(604_800), "7d"), (1_209_600, "14d"), (86_400, "1d"), (5_400, "90m"), (3_600, "1h"), (900, "15m"), (10, "10s"),
    (90_061, "90061s"),
  ])
  func durations(_ seconds: Int64, _ text: String) {
    #expect(DurationText.text(seconds: seconds) == text)
    #expect(DurationText.seconds(text) == seconds)
  }

  @Test("The echo line names every setting that changes a figure")
  func echo() {
    var configuration = AnalysisConfiguration()
    configuration.knownScriptLines = ["a", "b"]
    let line = configuration.summaryLine
    for part in [
      "repeat window 7d", "transfer gap 15m", "script threshold 0.5", "at least 30 contacts per arm", "margin 0.80–1.25",
      "short call 10s", "the default non-resolving codes", "2 known script lines",
    ] {
      #expect(line.contains(part), "\(part) missing from: \(line)")
    }
  }
}
