import ContactGenerator
import Testing
@testable import CallAuditMetrics
@testable import CallAuditReporting

@Suite("Provider ranking")
struct RankingTests {
  @Test("Newcombe's hybrid score interval matches the published example")
  func newcombeExample() throws {
    // Newcombe (1998), Statistics in Medicine 17:873–890, example (a): 56/70 − 48/80,
    // method 10 gives 0.0524 to 0.3339.
    let difference = try #require(ProportionDifference(Proportion(events: 56, trials: 70), Proportion(events: 48, trials: 80)))
    #expect(abs(difference.difference - 0.2) < 1e-12)
    #expect(abs(difference.interval.lowerBound - 0.0524) < 5e-5)
    #expect(abs(difference.interval.upperBound - 0.3339) < 5e-5)
    #expect(difference.isClear)
    #expect(ProportionDifference(Proportion(events: 5, trials: 50), Proportion(events: 7, trials: 50))?.isClear == false)
    #expect(ProportionDifference(Proportion(events: 0, trials: 0), Proportion(events: 1, trials: 2)) == nil)
  }

  @Test("Clearly different providers are ordered and indistinguishable ones tied")
  func generatedProviders() throws {
    // Four standard providers: no-outsourcing and neutral leave about 12% of customers
    // scripted and unresolved, hurting about 24%, harder-categories about 28%. The last
    // two get more contacts so that their 4-point gap is measurable.
    let providers = ProviderSpec.defaults.map { spec in
      var spec = spec
      spec.share = spec.scenario == .hurting || spec.scenario == .harderCategories ? 2.5 : 1
      return spec
    }
    var analyzer = ContactAnalyzer()
    for labeled in try SampleGenerator(configuration: GeneratorConfiguration(seed: 21, contacts: 12_000, providers: providers)) {
      analyzer.add(labeled.contact)
    }
    let ranking = ProviderRanking(analyzer.finish(inputs: []))
    let ranks = Dictionary(uniqueKeysWithValues: ranking.entries.map { ($0.provider, $0.rank) })
    #expect(ranks["Contoso Fiber"] == 1)
    #expect(ranks["Fabrikam Cable"] == 1)
    #expect(ranks["Northwind Broadband"] == 3)
    #expect(ranks["Tailspin Telecom"] == 4)
    #expect(Set(ranking.best) == ["Contoso Fiber", "Fabrikam Cable"])
    #expect(ranking.entries.map(\.provider).suffix(2) == ["Northwind Broadband", "Tailspin Telecom"])
    let northwind = try #require(ranking.entries.first { $0.provider == "Northwind Broadband" })
    #expect(northwind.clearlyBetterThan == ["Tailspin Telecom"])
    #expect(ranking.summary.contains("tied"))
  }

  /// A report of providers given as (name, flagged, contacts with agent text).
  static func report(_ providers: [(String, Int, Int)]) -> AnalysisReport {
    var report = NoComparisonTests.report([])
    report.providers = providers.map { name, flagged, measured in
      var group = NoComparisonTests.report(NoComparisonTests.contacts(1, .inHouse)).providers[0].groups[0]
      group.rates = [RateMeasure(name: .scriptedUnresolved, proportion: Proportion(events: flagged, trials: measured))]
      let empty = OutsourcingResult(
        metric: .scriptedUnresolved, comparison: ArmComparison.compare(strata: []), stratifiedBy: "category", minimumArm: 30)
      return ProviderReport(name: name, contacts: measured, groups: [group], outsourcing: empty, alsoCompared: [])
    }
    return report
  }

  @Test("Providers with fewer than 30 contacts with agent text are not ranked, and are named with their count")
  func smallProvidersNotRanked() throws {
    let ranking = ProviderRanking(Self.report([("Big", 10, 200), ("Bigger", 60, 300), ("Tiny", 0, 2), ("Mute", 0, 0), ("Edge", 3, 30)]))
    #expect(ranking.entries.map(\.provider) == ["Big", "Edge", "Bigger"])
    #expect(ranking.unranked == [.init(provider: "Mute", measured: 0), .init(provider: "Tiny", measured: 2)])
    #expect(ranking.entries.allSatisfy { !$0.tiedWith.contains("Tiny") && !$0.clearlyBetterThan.contains("Tiny") })
    #expect(ranking.unrankedSentence == "Not ranked, fewer than 30 contacts with agent text: Mute (0), Tiny (2).")
    let text = RankingRenderer().text(ranking, report: Self.report([]))
    #expect(text.contains("Not ranked, fewer than 30 contacts with agent text: Mute (0), Tiny (2)."))
    #expect(!text.contains("  Tiny"))
    let json = RankingRenderer().json(ranking, report: Self.report([]))
    #expect(json.contains(#""not_ranked": ["#) && json.contains(#""contacts_with_agent_text": 2"#))
  }

  @Test("When no ranked provider has a flagged contact, the summary says so instead of naming them all as tied")
  func nothingFlagged() {
    let names = (1...12).map { "P\($0)" }
    let ranking = ProviderRanking(Self.report(names.map { ($0, 0, 40) } + [("Small", 0, 3)]))
    #expect(ranking.summary == "None of the 12 providers ranked left a customer scripted and unresolved in these data, so they cannot be told apart.")
    let tied = ProviderRanking(Self.report(names.map { ($0, 4, 40) }))
    #expect(tied.summary == "P1, P10, P11 and 9 more are tied as least likely to leave a customer scripted and unresolved: the data cannot tell them apart.")
  }
}
