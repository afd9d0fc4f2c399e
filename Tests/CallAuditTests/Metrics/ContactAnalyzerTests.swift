import Testing
@testable import CallAuditMetrics
@testable import CallAuditModel
@testable import CallAuditReporting

@Suite("Group measures")
struct ContactAnalyzerTests {
  private func contact(
    _ id: String, provider: String = "P", sourcing: Sourcing = .inHouse, status: ContactStatus,
    resolution: String? = nil, handle: Int? = nil, csat: Double? = nil, transfers: Int? = nil,
    escalated: Bool? = nil
  ) -> Contact {
    Contact(
      id: id, provider: provider, sourcing: sourcing, status: status, resolution: resolution,
      transfers: transfers, escalated: escalated, csat: csat, handleSeconds: handle)
  }

  @Test("Unresolved: open or pending, a non-resolving code, or closed without a code")
  func unresolvedRules() {
    let policy = ResolutionPolicy()
    #expect(policy.unresolvedReason(status: .open, resolution: nil) == .stillOpen)
    #expect(policy.unresolvedReason(status: .pending, resolution: "fixed") == .stillOpen)
    #expect(policy.unresolvedReason(status: .closed, resolution: "no fault found") == .nonResolvingCode)
    #expect(policy.unresolvedReason(status: .resolved, resolution: "customer advised") == .nonResolvingCode)
    #expect(policy.unresolvedReason(status: .closed, resolution: nil) == .closedWithoutResolution)
    #expect(policy.unresolvedReason(status: .closed, resolution: "line repaired") == nil)
    #expect(policy.unresolvedReason(status: .resolved, resolution: nil) == nil)
    #expect(policy.unresolvedReason(status: .unknown, resolution: nil) == nil)
    let custom = ResolutionPolicy(nonResolvingCodes: ["Told To Wait "])
    #expect(custom.unresolvedReason(status: .closed, resolution: "told to wait") == .nonResolvingCode)
    #expect(custom.unresolvedReason(status: .closed, resolution: "no fault found") == nil)
  }

  @Test("Counts, quantiles and means per provider and sourcing")
  func groupFigures() throws {
    var analyzer = ContactAnalyzer()
    let handles = [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]
    for (index, handle) in handles.enumerated() {
      analyzer.add(contact(
        "O-\(index)", sourcing: .outsourced, status: index < 3 ? .open : .resolved, handle: handle,
        csat: index % 2 == 0 ? 2 : nil, transfers: index < 4 ? 1 : 0, escalated: index == 0))
    }
    analyzer.add(contact("I-1", status: .closed, resolution: "fixed", handle: 50, csat: 5))
    analyzer.add(contact("Q-1", provider: "A first", status: .unknown))
    let report = analyzer.finish(inputs: [])
    #expect(report.providers.map(\.name) == ["A first", "P"])
    let p = report.providers[1]
    #expect(p.contacts == 11)
    #expect(p.groups.map(\.sourcing) == [.inHouse, .outsourced])
    let outsourced = p.groups[1]
    #expect(outsourced.contacts == 10)
    #expect(outsourced.statusCounts[.open] == 3)
    #expect(outsourced.unresolved == 3)
    #expect(outsourced.unresolvedReasons[.stillOpen] == 3)
    #expect(outsourced.transfers == 4 && outsourced.transferTotal == 4 && outsourced.transfersKnown == 10)
    #expect(outsourced.escalated == 1)
    // Nearest rank: median is the 5th of 10 values, p90 the 9th.
    #expect(outsourced.handleTime == HandleTimeSummary(count: 10, median: 500, p90: 900))
    #expect(outsourced.csat == ScoreSummary(count: 5, mean: 2))
    #expect(outsourced.rate(.unresolved)?.proportion == Proportion(events: 3, trials: 10))
    #expect(p.groups[0].handleTime?.median == 50)
    #expect(report.providers[0].groups[0].handleTime == nil)
    #expect(report.providers[0].groups[0].rate(.transfers)?.proportion.trials == 0)
  }

  @Test("Merging analyzers equals adding everything to one")
  func mergeIsExact() {
    let contacts = (0..<40).map { index in
      contact(
        "C-\(index)", provider: ["X", "Y", "Z"][index % 3], sourcing: index % 4 == 0 ? .outsourced : .inHouse,
        status: ContactStatus.allCases[index % 5], handle: index * 13 % 400, csat: Double(index % 5 + 1))
    }
    var whole = ContactAnalyzer()
    contacts.forEach { whole.add($0) }
    var left = ContactAnalyzer(), right = ContactAnalyzer()
    contacts[..<17].forEach { left.add($0) }
    contacts[17...].reversed().forEach { right.add($0) }
    right.merge(left)
    let renderer = JSONReportRenderer()
    #expect(renderer.render(right.finish(inputs: [])) == renderer.render(whole.finish(inputs: [])))
  }
}
