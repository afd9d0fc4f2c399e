import CallAuditHistory
import ContactGenerator
import Foundation
import GRDB
import Testing
@testable import CallAudit
@testable import CallAuditMetrics
@testable import CallAuditModel
@testable import CallAuditReporting

/// Issue 19, item 13: the audit measures the window as `analyze` measures the
/// same contacts, reads what `analyze` can read, and says what it covered.
@Suite("callaudit audit: the same figures as analyze")
struct AuditAnalyzeAgreementTests {
  /// The history's order: start time, provider, contact id.
  private static func historyOrder(_ contacts: [Contact]) -> [Contact] {
    contacts.sorted { ($0.openedAt!, $0.provider, $0.id) < ($1.openedAt!, $1.provider, $1.id) }
  }

  @Test("every contact of the window is measured as analyze measures it over the same exports")
  func sameMeasuresAsAnalyze() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    // Transcripts without personal data: the history keeps agent sentences only
    // redacted, and a redacted sentence can sort differently among script lines
    // of equal support (docs/cron.md); redaction leaves redacted text unchanged.
    let redactor = PersonalDataRedactor()
    let contacts = Self.historyOrder(try AuditData.contacts(seed: 101, count: 1_500, days: 40).map(\.contact))
      .map { contact in
        var clean = contact
        clean.turns = contact.turns.map { Turn(speaker: $0.speaker, at: $0.at, text: redactor.redact($0.text)) }
        return clean
      }
    let path = try workspace.export(contacts, as: "all.csv")
    try workspace.configure()
    let text = try String(contentsOfFile: workspace.configurationPath, encoding: .utf8)
    try text.replacingOccurrences(of: "window: 30d", with: "window: 10d")
      .write(toFile: workspace.configurationPath, atomically: true, encoding: .utf8)
    var configuration = try AuditConfigurationParser.load(path: workspace.configurationPath)
    configuration.analysis.keepContactMeasures = true
    let audit = try AuditRunner(configuration: configuration).run()
    let inWindow = try #require(audit.report.contactMeasures)
    #expect(inWindow.count == audit.digest.run.contacts)
    #expect(inWindow.count < contacts.count / 2)

    let analysis = AnalysisRunner(ingestion: configuration.ingestion, configuration: configuration.analysis, jobs: 1)
      .run(paths: [path])
    let windowIDs = Set(inWindow.map { $0.provider + "\u{0}" + $0.contactID })
    let analysed = try #require(analysis.contactMeasures).filter { windowIDs.contains($0.provider + "\u{0}" + $0.contactID) }
    #expect(analysed.count == inWindow.count)
    let key = { (measure: ContactMeasure) in measure.provider + "\u{0}" + measure.contactID }
    let byKey = Dictionary(uniqueKeysWithValues: analysed.map { (key($0), $0) })
    var differing = 0
    for measure in inWindow where byKey[key(measure)] != measure {
      differing += 1
      if differing <= 3 { Issue.record("audit \(measure) ≠ analyze \(String(describing: byKey[key(measure)]))") }
    }
    #expect(differing == 0, "\(differing) of \(inWindow.count) window contacts are measured differently")
    #expect(inWindow.filter(\.scripted).count == analysed.filter(\.scripted).count)
    #expect(inWindow.contains { $0.scripted })
  }

  @Test("per input pattern: a mapping file, an input format and a scripts file, as analyze takes them")
  func patternSettings() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    let contacts = try AuditData.contacts(seed: 102, count: 300, days: 20).map(\.contact)
    let providers = Set(contacts.map(\.provider)).sorted()
    try #require(providers.count >= 2)
    let chosen = providers[0]
    for folder in ["chosen", "others", "acme", "zendesk"] {
      try FileManager.default.createDirectory(
        at: workspace.exports.appendingPathComponent(folder), withIntermediateDirectories: true)
    }
    try workspace.export(contacts.filter { $0.provider == chosen }, as: "chosen/night1.csv")
    try workspace.export(contacts.filter { $0.provider != chosen }, as: "others/night1.csv")
    try FileManager.default.copyItem(
      atPath: TestSupport.fixture("mapping/acme-desk.xml"),
      toPath: workspace.exports.appendingPathComponent("acme/tickets.xml").path)
    try FileManager.default.copyItem(
      atPath: TestSupport.fixture("mapping/acme-desk.yaml"), toPath: workspace.root.appendingPathComponent("acme.yaml").path)
    try FileManager.default.copyItem(
      atPath: TestSupport.fixture("vendors/zendesk-csv/tickets.csv"),
      toPath: workspace.exports.appendingPathComponent("zendesk/tickets.csv").path)
    // A script line said in the chosen provider's contacts, known beforehand.
    let line = try #require(
      contacts.first { $0.provider == chosen }?.turns.first { $0.speaker == .agent }?.text)
    try "# known script lines\n\(line)\n".write(
      toFile: workspace.root.appendingPathComponent("scripts.txt").path, atomically: true, encoding: .utf8)
    try workspace.configure("tolerance:\n  rejected_rate: 0.5\n  stopped_inputs: 1\n")
    let text = try String(contentsOfFile: workspace.configurationPath, encoding: .utf8)
    try text.replacingOccurrences(
      of: "inputs: [\"exports/*.csv\"]",
      with: """
        inputs:
          - pattern: exports/chosen/*.csv
            scripts: scripts.txt
          - exports/others/*.csv
          - pattern: exports/acme/*.xml
            mapping: acme.yaml
          - pattern: exports/zendesk/*.csv
            input_format: csv
        """)
      .write(toFile: workspace.configurationPath, atomically: true, encoding: .utf8)
    let outcome = try workspace.run()

    // The mapping read the export no reader knows.
    let acme = try #require(outcome.report.inputs.first { $0.path.hasSuffix("acme/tickets.xml") })
    #expect(acme.format == .mapping)
    #expect(acme.accepted > 0)
    // The named format replaced detection: a Zendesk export read as canonical CSV stops at its header.
    let zendesk = try #require(outcome.report.inputs.first { $0.path.hasSuffix("zendesk/tickets.csv") })
    #expect(zendesk.format == .canonicalCSV)
    #expect(zendesk.stoppedBy != nil)
    // The scripts file is known for the providers its pattern delivered, and only for them.
    let known = outcome.report.scripts.filter(\.known)
    #expect(!known.isEmpty)
    #expect(Set(known.map(\.provider)) == [chosen])
  }

  @Test("the HTML report counts what the run covered, even when it read no new file")
  func coveredInHTML() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    try workspace.export(try AuditData.contacts(seed: 103, count: 400, days: 20).map(\.contact), as: "night1.csv")
    try workspace.configure()
    _ = try workspace.run()
    let second = try workspace.run()
    #expect(second.digest.run.filesIngested == 0)
    let html = try String(
      contentsOfFile: workspace.root.appendingPathComponent("reports/latest.html").path, encoding: .utf8)
    #expect(!html.contains("0 inputs, 0 records"))
    #expect(html.contains("\(second.digest.run.contacts) contacts in the window"))
    #expect(html.contains("stored from 1 input"))
  }

  @Test("the trend's x-axis is time: two runs a minute apart sit together, a run two days later far off")
  func trendOverTime() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    try workspace.export(try AuditData.contacts(seed: 104, count: 300, days: 20).map(\.contact), as: "night1.csv")
    try workspace.configure()
    let configuration = try AuditConfigurationParser.load(path: workspace.configurationPath)
    let start = Timestamp(secondsSinceEpoch: 1_767_225_600)
    let times = [start, Timestamp(secondsSinceEpoch: start.secondsSinceEpoch + 60),
                 Timestamp(secondsSinceEpoch: start.secondsSinceEpoch + 2 * 86_400)]
    var last: AuditOutcome?
    for time in times {
      last = try AuditRunner(configuration: configuration).run(now: time)
    }
    let outcome = try #require(last)
    let html = AuditReports.render(outcome, as: .html)
    let runs = outcome.digest.earlier.map(\.id) + [outcome.digest.run.id]
    let provider = try #require(outcome.digest.run.providers.first?.name)
    let positions = try runs.map { run -> Double in
      let marker = "data-run=\"\(run)\""
      let chart = try #require(html.range(of: "data-provider=\"\(provider)\" points=\""))
      let circle = try #require(html.range(of: marker, range: chart.upperBound..<html.endIndex))
      let cx = try #require(html.range(of: "cx=\"", range: circle.upperBound..<html.endIndex))
      let end = try #require(html[cx.upperBound...].firstIndex(of: "\""))
      return try #require(Double(html[cx.upperBound..<end]))
    }
    let span = positions[2] - positions[0]
    #expect(span > 0)
    let expected = Double(times[1].secondsSinceEpoch - times[0].secondsSinceEpoch)
      / Double(times[2].secondsSinceEpoch - times[0].secondsSinceEpoch)
    // Coordinates are written to 0.1.
    #expect(abs((positions[1] - positions[0]) / span - expected) <= 0.1 / span)
  }
}
