import Testing
@testable import CallAuditMetrics
@testable import CallAuditModel
@testable import CallAuditReporting

@Suite("HTML report of an audit run")
struct HTMLAuditSectionTests {
  private func run(_ id: Int64, scripted: Int, verdict: OutsourcingVerdict) -> RunSnapshot {
    RunSnapshot(
      id: id, startedAt: Timestamp(secondsSinceEpoch: 1_740_787_200 + id * 86_400), window: nil, contacts: 200,
      newContacts: 20, updatedContacts: 1, filesIngested: 1, filesSkipped: Int(id) - 1,
      providers: [
        ProviderSnapshot(
          name: "Northwind <Broadband>", contacts: 200,
          rates: [.scriptedUnresolved: Proportion(events: scripted, trials: 200), .repeat: Proportion(events: 30, trials: 180)],
          verdicts: [.scriptedUnresolved: verdict])
      ])
  }

  @Test("breaches, the change since the last run, verdict changes and one trend line per provider")
  func sections() {
    let digest = AuditDigest(
      run: run(3, scripted: 40, verdict: .hurting),
      earlier: [run(1, scripted: 20, verdict: .inconclusive), run(2, scripted: 24, verdict: .inconclusive)],
      breaches: [ThresholdBreach(provider: "Northwind <Broadband>", key: "scripted_unresolved_rate", message: "Northwind <Broadband>: too high")],
      notJudged: [])
    let html = HTMLReportRenderer().render(ReportFixtures.report(), audit: digest)
    #expect(html.contains("<li class=\"breach\" data-provider=\"Northwind &lt;Broadband&gt;\" data-key=\"scripted_unresolved_rate\">"))
    #expect(html.contains("outsourcing verdict changed from inconclusive to hurting since run #2."))
    // 12% then, 20% now: +8.0 points.
    #expect(html.contains("<td>+8.0 pp</td>"))
    #expect(html.components(separatedBy: "<polyline class=\"trend\"").count - 1 == 2)  // two charted rates with data
    #expect(html.contains("data-run=\"1\"") && html.contains("data-run=\"3\""))
    #expect(!html.contains("Northwind <Broadband>"))
  }

  @Test("a first run says the trend starts with the next one, and draws no chart")
  func firstRun() {
    let digest = AuditDigest(run: run(1, scripted: 20, verdict: .inconclusive), earlier: [], breaches: [], notJudged: [])
    let html = HTMLReportRenderer().render(ReportFixtures.report(), audit: digest)
    #expect(html.contains("All thresholds are met."))
    #expect(html.contains("the trend starts with the next one"))
    #expect(!html.contains("class=\"trend-chart\""))
  }
}
