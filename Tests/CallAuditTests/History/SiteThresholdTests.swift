import CallAuditIngestion
import CallAuditMetrics
import CallAuditModel
import Testing
@testable import CallAuditHistory
@testable import CallAuditReporting

/// Reading `thresholds.providers.<p>.sites` and checking a run's site figures against it.
@Suite("Audit configuration: limits per site")
struct SiteThresholdTests {
  private func parse(_ yaml: String) throws(ConfigurationError) -> AuditConfiguration {
    try AuditConfigurationParser.parse(
      "inputs: [a]\ndatabase: h.db\n" + yaml, path: "/etc/callaudit/audit.yml",
      environment: ["CALLAUDIT_CUSTOMER_KEY": "a-secret-of-twenty-chars"])
  }

  @Test("sites under a provider are read with their lines; the provider's own limits are unchanged")
  func parsesSites() throws {
    let configuration = try parse(
      """
      thresholds:
        repeat_rate: 0.3
        providers:
          Northwind Broadband:
            unresolved_rate: 0.4
            sites:
              Manila:
                scripted_unresolved_rate: 0.2
                forbid_verdict: [hurting, worse-but-small]
              Leeds:
                fcr_rate_min: 0.6
      """)
    let policy = configuration.thresholds
    #expect(policy.namesSites)
    let sites = try #require(policy.sites["Northwind Broadband"])
    #expect(sites["Manila"] == SiteLimits(
      limits: ThresholdSet(maximumRates: [.scriptedUnresolved: 0.2], forbiddenVerdicts: [.hurting, .worseButSmall]),
      line: 9, forbidVerdictLine: 11))
    #expect(sites["Leeds"] == SiteLimits(limits: ThresholdSet(minimumFCR: 0.6), line: 12))
    #expect(policy.limits(for: "Northwind Broadband") == ThresholdSet(maximumRates: [.repeat: 0.3, .unresolved: 0.4]))
    #expect(try parse("thresholds:\n  providers:\n    X:\n      repeat_rate: 0.2\n").thresholds.namesSites == false)
  }

  /// A run of one provider with two sites: Manila outsourced with a verdict, Leeds in-house.
  private func run(manilaContacts: Int = 400) -> RunSnapshot {
    var provider = ProviderSnapshot(
      name: "Northwind Broadband", contacts: 1_000,
      rates: [.repeat: Proportion(events: 300, trials: 1_000), .scriptedUnresolved: Proportion(events: 150, trials: 1_000)],
      verdicts: [.scriptedUnresolved: .hurting])
    provider.sites = [
      SiteSnapshot(
        name: "Leeds", contacts: 600, outsourced: 0,
        rates: [.repeat: Proportion(events: 120, trials: 600), .fcr: Proportion(events: 300, trials: 600)], verdicts: [:]),
      SiteSnapshot(
        name: "Manila", contacts: manilaContacts, outsourced: manilaContacts,
        rates: [
          .repeat: Proportion(events: manilaContacts / 2, trials: manilaContacts),
          .scriptedUnresolved: Proportion(events: manilaContacts / 4, trials: manilaContacts),
        ],
        verdicts: [.scriptedUnresolved: .hurting]),
    ]
    return RunSnapshot(
      id: 1, startedAt: Timestamp(secondsSinceEpoch: 0), window: nil, contacts: 1_000, newContacts: 0,
      updatedContacts: 0, filesIngested: 0, filesSkipped: 0, providers: [provider])
  }

  private func policy(_ sites: [String: ThresholdSet], defaults: ThresholdSet = ThresholdSet()) -> ThresholdPolicy {
    var policy = ThresholdPolicy(defaults: defaults)
    policy.sites["Northwind Broadband"] = sites.mapValues { SiteLimits(limits: $0) }
    return policy
  }

  @Test("a site is checked against its own keys only, never the provider's or the defaults'")
  func onlyItsOwnKeys() {
    let checker = ThresholdChecker(
      policy: policy(
        ["Manila": ThresholdSet(maximumRates: [.scriptedUnresolved: 0.2])],
        defaults: ThresholdSet(maximumRates: [.repeat: 0.25])))
    let (breaches, notJudged) = checker.check(run())
    #expect(breaches.map(\.message) == [
      "Northwind Broadband: repeat rate 30.0% (300 of 1000) is above the limit 25.0%",
      "Northwind Broadband / Manila: scripted_unresolved rate 25.0% (100 of 400) is above the limit 20.0%",
    ])
    #expect(breaches.map(\.site) == [nil, "Manila"])
    #expect(notJudged.isEmpty)
  }

  @Test("fcr_rate_min and forbid_verdict on a site; a rate over too few contacts is not judged")
  func minimumsVerdictsAndSmallSites() {
    let checker = ThresholdChecker(
      policy: policy([
        "Leeds": ThresholdSet(minimumFCR: 0.6),
        "Manila": ThresholdSet(maximumRates: [.repeat: 0.4], forbiddenVerdicts: [.hurting]),
      ]))
    let big = checker.check(run())
    #expect(big.breaches.map(\.message) == [
      "Northwind Broadband / Leeds: fcr rate 50.0% (300 of 600) is below the limit 60.0%",
      "Northwind Broadband / Manila: repeat rate 50.0% (200 of 400) is above the limit 40.0%",
      "Northwind Broadband / Manila: site verdict against in-house on scripted-and-unresolved contacts is 'hurting', "
        + "which the configuration forbids",
    ])
    #expect(big.breaches.map(\.key) == ["fcr_rate_min", "repeat_rate", "forbid_verdict"])

    let small = checker.check(run(manilaContacts: 20))
    #expect(small.breaches.map(\.key) == ["fcr_rate_min", "forbid_verdict"])
    #expect(small.notJudged == ["Northwind Broadband / Manila: repeat_rate not judged, 20 contacts behind it (fewer than 30)"])
  }

  @Test("a site without contacts, or without outsourced contacts, in the window is not judged, and says why")
  func notInTheWindow() {
    let checker = ThresholdChecker(
      policy: policy([
        "Leeds": ThresholdSet(forbiddenVerdicts: [.hurting]),
        "Cebu": ThresholdSet(maximumRates: [.repeat: 0.1]),
      ]))
    let (breaches, notJudged) = checker.check(run())
    #expect(breaches.isEmpty)
    #expect(notJudged == [
      "Northwind Broadband / Cebu: repeat_rate not judged, 0 contacts behind it (fewer than 30)",
      "Northwind Broadband / Leeds: forbid_verdict not judged, none of the site's contacts in the window was handled "
        + "by outsourced staff, so it has no site verdict",
    ])
  }
}
