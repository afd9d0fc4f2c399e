import Testing
@testable import CallAuditMetrics
@testable import CallAuditModel
@testable import CallAuditReporting

/// The verdict lines reports open with: most severe first, providers without a
/// comparison summarised by reason.
@Suite("Verdict list")
struct VerdictListTests {
  /// Five providers whose sourcing nobody gave, one with only in-house contacts,
  /// and three compared providers whose verdicts differ.
  static let report: AnalysisReport = {
    var contacts: [Contact] = []
    for name in ["Acme", "Bolt", "Crane", "Dart", "Echo"] {
      contacts += NoComparisonTests.contacts(35, .unknown, provider: name)
    }
    contacts += NoComparisonTests.contacts(40, .inHouse, provider: "Fjord")
    var analyzer = ContactAnalyzer()
    contacts.forEach { analyzer.add($0) }
    var report = analyzer.finish(inputs: [])
    // Compared providers built from 2×2 tables, so their verdicts are known.
    func provider(_ name: String, _ a: Int, _ n1: Int, _ c: Int, _ n0: Int) -> ProviderReport {
      let strata = [StratumCounts(label: "all", exposedEvents: a, exposedTotal: n1, unexposedEvents: c, unexposedTotal: n0)]
      let result = OutsourcingResult(
        metric: .scriptedUnresolved, comparison: ArmComparison.compare(strata: strata), stratifiedBy: "category", minimumArm: 30)
      return ProviderReport(name: name, contacts: n1 + n0, groups: [], outsourcing: result, alsoCompared: [])
    }
    report.providers += [
      provider("Zeta", 100, 1_000, 300, 1_000),  // better
      provider("Gamma", 15, 100, 10, 100),  // inconclusive
      provider("Omega", 300, 1_000, 100, 1_000),  // hurting
      provider("Kappa", 11_000, 100_000, 10_000, 100_000),  // worse-but-small
      provider("Iota", 10_000, 100_000, 10_000, 100_000),  // not-hurting
    ]
    report.providers.sort { $0.name < $1.name }
    return report
  }()

  @Test("Compared providers come most severe first, then one line per shared reason, then single reasons")
  func order() {
    let lines = VerdictList.entries(Self.report.providers).map { entry -> String in
      switch entry {
      case .provider(let provider): "\(provider.outsourcing.comparison.verdict.rawValue) \(provider.name)"
      case .group(_, let reason, let names): "\(reason.code) \(names.joined(separator: ","))"
      }
    }
    #expect(lines == [
      "hurting Omega", "worse-but-small Kappa", "inconclusive Gamma", "not-hurting Iota", "better Zeta",
      "no-sourcing Acme,Bolt,Crane,Dart,Echo", "no-comparison Fjord",
    ])
  }

  @Test("The text report summarises the providers without sourcing in one line, and says each reason once")
  func text() {
    let text = TextReportRenderer().render(Self.report)
    let verdicts = text.split(separator: "\n").filter { $0.hasPrefix("[") }
    #expect(verdicts.count == 7)
    #expect(verdicts.contains(
      "[no-comparison] No sourcing is known for 5 providers (Acme, Bolt, Crane and 2 more): give --sites to compare outsourced and in-house."))
    #expect(verdicts.last == "[no-comparison] At Fjord, no comparison on scripted-and-unresolved contacts: all its 40 contacts are in-house; there are no outsourced contacts to compare with.")
    // Repeat and churn-risk comparisons that fail for the headline's reason are not repeated.
    #expect(!text.contains("no comparison on repeat contacts: no sourcing"))
    #expect(!text.contains("At Fjord, no comparison on churn risk"))
    #expect(!text.contains("0 outsourced and 0 in-house"))
  }

  @Test("Markdown and HTML give the same list: one card for the five, a card for each other provider")
  func markdownAndHTML() {
    let markdown = MarkdownReportRenderer().render(Self.report)
    #expect(markdown.contains("- **no-comparison** — No sourcing is known for 5 providers (Acme, Bolt, Crane and 2 more)"))
    let html = HTMLReportRenderer().render(Self.report)
    #expect(html.components(separatedBy: #"<article class="verdict-card""#).count - 1 == 6)
    #expect(html.contains(#"<article class="verdict-card-group" data-verdict="no-comparison" data-reason="no-sourcing" data-providers="5">"#))
    #expect(html.contains("Acme, Bolt, Crane, Dart, Echo"))
    let hurting = html.range(of: #"data-provider="Omega""#), better = html.range(of: #"data-provider="Zeta""#)
    #expect(hurting != nil && better != nil && hurting!.lowerBound < better!.lowerBound)
  }

  @Test("A rate no provider computes, for the same reason, is explained once")
  func sharedNotes() {
    let text = TextReportRenderer().render(Self.report)
    #expect(text.components(separatedBy: "Not computed for any provider: ").count - 1 == 1)
    #expect(text.contains("escalated (no contact records whether it was escalated)"))
    #expect(!text.contains("not computed for unknown: escalated"))
  }
}
