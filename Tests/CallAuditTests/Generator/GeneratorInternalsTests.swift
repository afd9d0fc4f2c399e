import Testing
@testable import CallAuditModel
@testable import ContactGenerator

/// Facts about the generator's internals that the black-box tests rely on.
enum GeneratorInternals {
  /// Text that only a customer's specifics contain: equipment, places, plans,
  /// competitors, amounts, ids and dates (scripts name no month; "May" only
  /// counts with a year, because scripts say "May I…").
  static let specificMarkers: [String] =
    ProductPools.routerModels + PlacePools.streets + PlacePools.towns + ProductPools.plans
    + ProductPools.competitors + ["€", "INV-", "AC-", "ORD-", "May 20"]
    + ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November",
       "December"]

  /// Text only the account facts a tailored agent reads from its systems contain
  /// (`AccountFacts`): a case reference, a noise margin, a remote upgrade, a count of restarts.
  static let accountFactMarkers: [String] = ["CASE-", "noise margin", "remotely", "times since"]
}

@Suite("Generator internals")
struct GeneratorInternalsTests {
  private static let scriptSlots: Set<Slot> = [
    .agent, .customer, .customerFull, .provider, .ticket, .hours, .minutes, .restart, .router, .team, .daypart,
    .ordinal, .option,
  ]

  private static var scriptTemplates: [Template] {
    CommonScripts.all + ConnectivityScripts.steps + EquipmentScripts.steps + BillingScripts.steps
      + AccountScripts.steps + RetentionScripts.steps
  }

  private static func slots(_ template: Template) -> [Slot] {
    template.variants.flatMap { $0 }.compactMap { piece in
      if case .slot(let slot) = piece { return slot } else { return nil }
    }
  }

  @Test("script lines have no slot for a customer's specifics")
  func scriptsAreGeneric() {
    for template in Self.scriptTemplates {
      #expect(Self.slots(template).allSatisfy(Self.scriptSlots.contains))
      #expect((2...4).contains(template.variants.count))
    }
  }

  @Test("every topic has at least a dozen script templates")
  func scriptVariety() {
    for steps in [ConnectivityScripts.steps, EquipmentScripts.steps, BillingScripts.steps, AccountScripts.steps,
                  RetentionScripts.steps] {
      #expect(steps.count >= 12)
    }
    #expect(CommonScripts.all.count >= 12)
  }

  @Test("every tailored sentence takes up a specific")
  func tailoredLinesAreSpecific() {
    let specific = Set(Slot.allCases).subtracting(Self.scriptSlots)
    for category in IssueCategory.allCases {
      for template in TailoredLines.diagnoses(for: category) + TailoredLines.actions(for: category) {
        for variant in template.variants {
          #expect(variant.contains { if case .slot(let s) = $0 { specific.contains(s) } else { false } })
        }
      }
    }
  }

  @Test("every template renders with all slots filled")
  func templatesRender() {
    var wording = Wording(
      rng: Xoshiro256StarStar(seed: 1), agent: "Ann", customerFirst: "Zoë", customerFull: "Zoë Müller",
      provider: "Contoso Fiber", specifics: IssueSpecifics(seed: 1, episode: 0, start: 1_740_787_200),
      ticket: "REF-123456", daypart: "morning", ordinal: "second")
    let all = Self.scriptTemplates + CustomerOpenings.all + CustomerReplies.all + TailoredLines.all
    for template in all {
      for _ in 0..<8 {
        let text = wording.say(template)
        #expect(!text.isEmpty && !text.contains("{") && !text.contains("}"))
        // A continuation line must not look like a new turn in the canonical transcript.
        for line in text.split(separator: "\n").dropFirst() {
          #expect(!line.isEmpty && !line.hasPrefix("[") && !line.hasPrefix(" "))
          #expect(Speaker(label: line.prefix(while: { $0 != ":" })) == nil)
        }
      }
    }
  }

  @Test("the random generator is the published xoshiro256** seeded by SplitMix64")
  func referenceValues() {
    var splitMix = SplitMix64(seed: 1_234_567)
    #expect(splitMix.next() == 6_457_827_717_110_365_317)
    #expect(splitMix.next() == 3_203_168_211_198_807_973)
    var rng = Xoshiro256StarStar(state: (1, 2, 3, 4))
    let outputs = (0..<4).map { _ in rng.next() }
    #expect(outputs == [11520, 0, 1_509_978_240, 1_215_971_899_390_074_240])
  }

  @Test("deterministic exp matches the expected values")
  func exponential() {
    #expect(abs(DeterministicMath.exp(0) - 1) < 1e-15)
    #expect(abs(DeterministicMath.exp(1) - 2.718_281_828_459_045) < 1e-14)
    #expect(abs(DeterministicMath.exp(-2.5) - 0.082_084_998_623_898_8) < 1e-16)
  }
}
