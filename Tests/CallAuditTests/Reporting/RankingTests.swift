import ContactGenerator
import Testing
@testable import CallAudit

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
}
