import CallAuditModel
import ContactGenerator
import Testing

@Suite("Generator scenarios")
struct GeneratorScenarioTests {
  @Test("harder-categories: same behaviour per category, very different crude rates")
  func harderCategoriesConfounds() {
    let tally = GeneratorArmTally(GeneratorSamples.harderCategories)
    for category in tally.categories {
      let out = tally.counts(category, .outsourced), home = tally.counts(category, .inHouse)
      guard out.total >= 150, home.total >= 150 else { continue }
      let p1 = Double(out.flagged) / Double(out.total), p0 = Double(home.flagged) / Double(home.total)
      let pooled = Double(out.flagged + home.flagged) / Double(out.total + home.total)
      let standardError = (pooled * (1 - pooled) * (1 / Double(out.total) + 1 / Double(home.total))).squareRoot()
      #expect(abs(p1 - p0) <= 4 * standardError + 0.01, "\(category): \(p1) vs \(p0)")
    }
    #expect(tally.crudeRate(.outsourced) - tally.crudeRate(.inHouse) > 0.15)
    #expect(tally.crudeRiskRatio > 2)
    #expect(tally.mantelHaenszelRiskRatio > 0.85 && tally.mantelHaenszelRiskRatio < 1.18)
  }

  @Test("harder-categories: outsourced sites get mostly hard categories, in-house mostly easy ones")
  func harderCategoriesRouting() {
    let hard: Set<String> = ["no-internet", "intermittent-connection", "slow-speed"]
    let easy: Set<String> = ["billing", "plan-change", "moving-house"]
    func share(_ arm: Sourcing, _ set: Set<String>) -> Double {
      let mine = GeneratorSamples.harderCategories.filter { $0.contact.sourcing == arm }
      return Double(mine.filter { set.contains($0.contact.category ?? "") }.count) / Double(mine.count)
    }
    #expect(share(.outsourced, hard) > 0.65)
    #expect(share(.inHouse, easy) > 0.6)
  }

  @Test("hurting: outsourced contacts are flagged more often in every category")
  func hurtingHurts() {
    let tally = GeneratorArmTally(GeneratorSamples.hurting)
    for category in tally.categories {
      let out = tally.counts(category, .outsourced), home = tally.counts(category, .inHouse)
      guard out.total >= 150, home.total >= 150 else { continue }
      #expect(Double(out.flagged) / Double(out.total) > Double(home.flagged) / Double(home.total), "\(category)")
    }
    #expect(tally.mantelHaenszelRiskRatio > 2)
    let scripted = { (arm: Sourcing) -> Double in
      let mine = GeneratorSamples.hurting.filter { $0.contact.sourcing == arm }
      return Double(mine.filter(\.truth.scripted).count) / Double(mine.count)
    }
    #expect(abs(scripted(.outsourced) - 0.55) < 0.05)
    #expect(abs(scripted(.inHouse) - 0.15) < 0.04)
  }

  @Test("neutral: no difference, crude or stratified")
  func neutralIsNeutral() {
    let tally = GeneratorArmTally(GeneratorSamples.neutral)
    #expect(tally.crudeRiskRatio > 0.82 && tally.crudeRiskRatio < 1.22)
    #expect(tally.mantelHaenszelRiskRatio > 0.82 && tally.mantelHaenszelRiskRatio < 1.22)
  }

  @Test("no-outsourcing: only in-house sites")
  func noOutsourcing() {
    let contacts = GeneratorSamples.generate(.single(.noOutsourcing, seed: 3, contacts: 2000))
    #expect(contacts.count == 2000)
    #expect(contacts.allSatisfy { $0.contact.sourcing == .inHouse })
    let sites = Set(contacts.compactMap(\.contact.site))
    #expect(sites == ["Denver", "Tulsa"])
  }

  @Test("each default provider gets about a quarter of the contacts")
  func providerShares() {
    for provider in ProviderSpec.defaults {
      let count = GeneratorSamples.standard.filter { $0.contact.provider == provider.name }.count
      #expect(abs(Double(count) / 20_000 - 0.25) < 0.03, "\(provider.name): \(count)")
    }
  }
}
