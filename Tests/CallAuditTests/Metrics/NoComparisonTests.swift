import Testing

@testable import CallAudit

/// Why a provider has no outsourcing comparison, as the report says it.
@Suite("No comparison, and why")
struct NoComparisonTests {
  /// `count` contacts of `sourcing`, each a different customer a day apart;
  /// with `text`, a short transcript whose customer says whether it worked.
  static func contacts(
    _ count: Int, _ sourcing: Sourcing, provider: String = "P", text: Bool = true, category: String? = nil,
    from start: Int = 0
  ) -> [Contact] {
    (start..<start + count).map { index in
      Contact(
        id: "\(sourcing.rawValue)-\(index)", provider: provider, sourcing: sourcing, customerID: "C\(index)",
        agentID: "A\(index % 7)", category: category, openedAt: Timestamp(secondsSinceEpoch: 1_700_000_000 + Int64(index) * 86_400),
        status: .closed, resolution: category == nil ? nil : "fixed",
        turns: text
          ? [
            Turn(speaker: .customer, text: "My internet keeps dropping every evening."),
            Turn(speaker: .agent, text: "Please restart your router and wait two minutes before trying again."),
            Turn(speaker: .customer, text: index % 3 == 0 ? "It is still not working." : "Thanks, that fixed it."),
          ] : [])
    }
  }

  static func report(_ contacts: [Contact]) -> AnalysisReport {
    var analyzer = ContactAnalyzer()
    contacts.forEach { analyzer.add($0) }
    return analyzer.finish(inputs: [])
  }

  @Test("Churn risk is compared over the contacts whose churn risk could be judged, as its rate is")
  func churnComparisonCountsJudgedContacts() throws {
    // Call records: no transcript, no category, no resolution code.
    let report = Self.report(Self.contacts(40, .outsourced, text: false) + Self.contacts(40, .inHouse, text: false, from: 40))
    let provider = try #require(report.providers.first)
    let churn = try #require(provider.alsoCompared.first { $0.metric == .churnRisk })
    #expect(churn.comparison.exposed.trials == 0)
    #expect(churn.comparison.unexposed.trials == 0)
    for group in provider.groups {
      let arm = group.sourcing == .outsourced ? churn.comparison.exposed : churn.comparison.unexposed
      #expect(arm.trials == group.rate(.churnRisk)?.proportion.trials)
    }
    #expect(churn.comparison.verdict == .noComparison)
  }
}
