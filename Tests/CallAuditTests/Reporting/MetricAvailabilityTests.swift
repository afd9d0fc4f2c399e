import Foundation
import Testing
@testable import CallAudit
@testable import CallAuditIngestion
@testable import CallAuditMetrics
@testable import CallAuditModel
@testable import CallAuditReporting

/// Inputs without transcript text (call records) must leave the text measures
/// "not computed" with a reason — never 0 — and every report format must say
/// per input which measures it could supply.
@Suite("Metric availability")
struct MetricAvailabilityTests {
  private let calls = TestSupport.fixture("vendors/asterisk-cdr-csv/Master.csv")
  private let tickets = TestSupport.fixture("canonical/small.csv")

  private func run(_ paths: [String], provider: String = "Northwind Broadband") -> AnalysisReport {
    AnalysisRunner(ingestion: IngestionOptions(defaultProvider: provider), jobs: 1).run(paths: paths)
  }

  private func callGroup(_ report: AnalysisReport) throws -> GroupReport {
    let provider = try #require(report.providers.first { $0.name == "Northwind Broadband" })
    return try #require(provider.groups.first { $0.sourcing == .unknown })
  }

  @Test("Call records: text measures are not computed, with the input's format as the reason")
  func callRatesNotComputed() throws {
    let group = try callGroup(run([calls]))
    #expect(group.contacts == 6)
    #expect(group.transcriptContacts == 0)
    for name in [RateMeasure.Name.scripted, .scriptedUnresolved] {
      let rate = try #require(group.rate(name))
      #expect(rate.proportion.value == nil)
      #expect(rate.notComputed == "no transcript text in the asterisk-cdr-csv input")
    }
    #expect(group.rate(.churnRisk)?.notComputed
      == "no transcript text in the asterisk-cdr-csv input, nor a category or resolution code")
    let unresolved = try #require(group.rate(.unresolved))
    #expect(unresolved.isComputed)
    #expect(unresolved.partial
      == "customer-says-unresolved not judged for 6 of 6 contacts: no transcript text in the asterisk-cdr-csv input")
    // Two of the six calls were not answered (NO ANSWER, BUSY); they are unresolved for it.
    #expect(group.rate(.unanswered)?.proportion == Proportion(events: 2, trials: 6))
    #expect(group.unresolvedReasons[.unanswered] == 2)
    // Four answered calls with a billsec; the 4-second one is short.
    #expect(group.rate(.shortCalls)?.proportion == Proportion(events: 1, trials: 4))
    #expect(group.handleTime?.count == 4)
    #expect(group.rate(.transfers)?.proportion.events == 1)
  }

  @Test("Per input: format, contacts, and what it supplies")
  func inputCoverage() throws {
    let report = run([tickets, calls])
    #expect(report.inputCoverage.count == 2)
    let cdr = report.inputCoverage[1]
    #expect(cdr.contacts == 6)
    #expect(cdr.support(for: "scripted") == .notSupplied("no transcript text"))
    #expect(cdr.support(for: "repeat") == .supplied)
    #expect(cdr.support(for: "unanswered") == .supplied)
    #expect(cdr.support(for: "escalated") == .notSupplied("not recorded"))
    if case .partial = cdr.support(for: "unresolved") {} else { Issue.record("unresolved should be partial for call records") }
    let canonical = report.inputCoverage[0]
    #expect(canonical.support(for: "scripted") == .supplied)
    #expect(canonical.support(for: "unanswered") == .notSupplied("no answer state; only call records have one"))
  }

  @Test("JSON: null with a reason, and the input's metrics")
  func json() throws {
    let text = JSONReportRenderer().render(run([tickets, calls]))
    let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let inputs = try #require(document["inputs"] as? [[String: Any]])
    #expect(inputs[1]["format"] as? String == "asterisk-cdr-csv")
    #expect(inputs[1]["contacts"] as? Int == 6)
    let metrics = try #require(inputs[1]["metrics"] as? [String: Any])
    #expect((metrics["supplied"] as? [String])?.contains("repeat") == true)
    #expect((metrics["not_supplied"] as? [String: String])?["scripted"] == "no transcript text")
    let providers = try #require(document["providers"] as? [[String: Any]])
    let northwind = try #require(providers.first { $0["provider"] as? String == "Northwind Broadband" })
    let groups = try #require(northwind["groups"] as? [[String: Any]])
    let unknown = try #require(groups.first { $0["sourcing"] as? String == "unknown" })
    let rates = try #require(unknown["rates"] as? [String: [String: Any]])
    #expect(rates["scripted"]?["value"] is NSNull)
    #expect(rates["scripted"]?["not_computed"] as? String == "no transcript text in the asterisk-cdr-csv input")
    #expect(rates["unanswered"]?["not_computed"] is NSNull)
    #expect(rates["unanswered"]?["value"] is Double)
    // The fixtures span hours, so every 7-day repeat window runs past the end of the data:
    // censored, repeated or not (docs/metrics.md, "Censoring").
    #expect(rates["repeat"]?["not_computed"] as? String == "every contact's repeat window runs past the end of the data")
  }

  @Test("Text, Markdown and HTML say 'not computed' and why, and what each input supplies")
  func renderers() {
    let report = run([tickets, calls])
    let reason = "scripted, scripted+unresolved (no transcript text in the asterisk-cdr-csv input)"
    let text = TextReportRenderer().render(report)
    #expect(text.contains("not computed for unknown: " + reason))
    #expect(text.contains("not computed"))
    #expect(text.contains("(asterisk-cdr-csv): 8 records, 6 accepted, 2 rejected"))
    #expect(text.contains("6 contacts; supplies: FCR, repeat, unanswered, short calls, handle time"))
    #expect(text.contains("partly: transferred (only as seen in the data"))
    #expect(text.contains("cannot supply: scripted, scripted+unresolved, churn risk (no transcript text)"))
    let markdown = MarkdownReportRenderer().render(report)
    #expect(markdown.contains("| unanswered | short calls |"))
    #expect(markdown.contains("- not computed for unknown: " + MarkdownReportRenderer.escape(reason)))
    let html = HTMLReportRenderer().render(report)
    #expect(html.contains(#"id="chart-unanswered""#))
    #expect(html.contains(HTMLEscaping.escape("not computed for unknown: " + reason)))
    #expect(html.contains("read as asterisk-cdr-csv: 6 contacts; supplies:"))
  }

  @Test("A ticket-only report shows no call columns or notes; a code-only churn judgement names the input")
  func ticketsOnly() {
    let report = run([tickets])
    #expect(AvailabilityNotes.hiddenRates(report) == [.unanswered, .shortCalls])
    let text = TextReportRenderer().render(report)
    #expect(!text.contains("short calls  "))
    #expect(!text.contains("not computed for in-house: unanswered"))
    #expect(text.contains("cannot supply: unanswered (no answer state; only call records have one)"))
    #expect(text.contains("partly computed for in-house: churn risk (judged from category and resolution codes alone for 1 of 2 contacts: no transcript text in the csv input)"))
  }

  @Test("Inputs are named the same whatever order they were read in")
  func orderIndependent() throws {
    let a = JSONReportRenderer().render(run([tickets, calls]))
    let b = JSONReportRenderer().render(run([calls, tickets]))
    let providers = { (json: String) throws -> String in
      let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
      let data = try JSONSerialization.data(withJSONObject: object?["providers"] ?? [], options: [.sortedKeys])
      return String(decoding: data, as: UTF8.self)
    }
    #expect(try providers(a) == providers(b))
    #expect(InputNames([InputSummary(path: "a", format: .freeSWITCHCDRCSV), InputSummary(path: "b", format: .asteriskCDRCSV)])
      .describe([1, 0]) == "the asterisk-cdr-csv and freeswitch-cdr-csv inputs")
    #expect(InputNames([]).describe([0]) == "these contacts")
  }
}
