import Testing
@testable import CallAuditMetrics
@testable import CallAuditModel
@testable import CallAuditReporting

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

  static func reason(_ report: AnalysisReport, _ metric: OutsourcingResult.Metric = .scriptedUnresolved) throws
    -> (NoComparisonReason?, String)
  {
    let provider = try #require(report.providers.first)
    let result = try #require(([provider.outsourcing] + provider.alsoCompared).first { $0.metric == metric })
    return (result.noComparison, OutsourcingSentence.make(provider.name, result))
  }

  @Test("No sourcing known: say so, with the contacts, and what to give")
  func noSourcing() throws {
    let (reason, sentence) = try Self.reason(Self.report(Self.contacts(52, .unknown)))
    #expect(reason == .noSourcing)
    #expect(sentence == "At P, no comparison on scripted-and-unresolved contacts: no sourcing is known for its 52 contacts "
      + "(give --sites to compare outsourced and in-house).")
  }

  @Test("Only one arm: say which, and how many are of unknown sourcing")
  func oneArm() throws {
    let (reason, sentence) = try Self.reason(Self.report(Self.contacts(40, .inHouse) + Self.contacts(3, .unknown, from: 40)))
    #expect(reason == .oneArm(.inHouse))
    #expect(sentence.hasSuffix(
      "all its 40 contacts of known sourcing are in-house (3 more are of unknown sourcing); there are no outsourced contacts to compare with."))
    let (_, outsourcedOnly) = try Self.reason(Self.report(Self.contacts(35, .outsourced)), .repeat)
    #expect(outsourcedOnly.hasSuffix("all its 35 contacts are outsourced; there are no in-house contacts to compare with."))
  }

  @Test("Contacts of both arms without transcript text: the sentence names the contacts and the missing text")
  func notMeasured() throws {
    let report = Self.report(
      Self.contacts(175, .outsourced, text: false, category: "billing") + Self.contacts(40, .inHouse, text: false, category: "billing", from: 175))
    let (reason, sentence) = try Self.reason(report)
    guard case .notMeasured(let outsourced?, let inHouse?) = reason else {
      Issue.record("expected not-measured in both arms, got \(String(describing: reason))")
      return
    }
    #expect(outsourced == inHouse && outsourced.contains("no transcript text"))
    #expect(sentence.contains("none of its 175 outsourced and 40 in-house contacts could be measured for it (no transcript text"))
    #expect(!sentence.contains("0 outsourced and 0 in-house"))
    // Churn risk is judged from the category codes: measured, with no events.
    let (churn, _) = try Self.reason(report, .churnRisk)
    #expect(churn == .tooFewEvents(outsourced: 0, inHouse: 0))
  }

  @Test("One arm without text: the sentence says which arm and that the other was measured")
  func oneArmNotMeasured() throws {
    let report = Self.report(Self.contacts(60, .outsourced, text: false) + Self.contacts(40, .inHouse, from: 60))
    let (reason, sentence) = try Self.reason(report)
    guard case .notMeasured(_?, nil) = reason else {
      Issue.record("expected the outsourced arm not measured, got \(String(describing: reason))")
      return
    }
    #expect(sentence.contains("none of its 60 outsourced contacts could be measured for it (no transcript text"))
    #expect(sentence.hasSuffix("though 40 in-house could."))
  }

  @Test("Too few measured contacts in an arm")
  func smallArm() throws {
    let (reason, sentence) = try Self.reason(Self.report(Self.contacts(20, .outsourced) + Self.contacts(40, .inHouse, from: 20)))
    #expect(reason == .smallArm)
    #expect(sentence.hasSuffix("20 outsourced and 40 in-house contacts could be measured, fewer than the 30 each arm needs."))
  }

  @Test("Arms that never handle the same issue are not compared")
  func noSharedStratum() throws {
    let report = Self.report(
      Self.contacts(40, .outsourced, category: "billing") + Self.contacts(40, .inHouse, category: "outage", from: 40))
    let (reason, sentence) = try Self.reason(report, .churnRisk)
    #expect(reason == .noSharedStratum)
    #expect(sentence.contains("never share an issue category"))
  }

  @Test("No events in the strata both arms share")
  func tooFewEvents() throws {
    let (reason, sentence) = try Self.reason(Self.report(Self.contacts(40, .outsourced) + Self.contacts(40, .inHouse, from: 40)), .churnRisk)
    #expect(reason == .tooFewEvents(outsourced: 0, inHouse: 0))
    #expect(sentence.hasSuffix(
      "40 outsourced and 40 in-house contacts could be measured, but the events are too few to estimate a ratio "
        + "(0 outsourced, 0 in-house, in the issue categories both arms handle)."))
  }

  @Test("A comparison that was made has no reason, and the arms are counted")
  func comparisonMade() throws {
    let strata = [StratumCounts(label: "a", exposedEvents: 30, exposedTotal: 100, unexposedEvents: 10, unexposedTotal: 100)]
    var result = OutsourcingResult(
      metric: .scriptedUnresolved, comparison: ArmComparison.compare(strata: strata), stratifiedBy: "category", minimumArm: 30)
    result.describeArms([])
    #expect(result.noComparison == nil)
    let report = Self.report(Self.contacts(40, .outsourced) + Self.contacts(45, .inHouse, from: 40) + Self.contacts(5, .unknown, from: 85))
    let provider = try #require(report.providers.first)
    #expect(provider.outsourcing.arms == ArmContacts(outsourced: 40, inHouse: 45, unknown: 5))
  }
}
