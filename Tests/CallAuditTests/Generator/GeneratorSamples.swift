import CallAuditModel
import ContactGenerator

/// Generated data shared by the generator tests, built once per test run.
enum GeneratorSamples {
  /// 20 000 contacts from the four default providers.
  static let standard: [LabeledContact] = generate(GeneratorConfiguration(seed: 2025, contacts: 20_000))

  /// 20 000 contacts of the harder-categories provider alone.
  static let harderCategories: [LabeledContact] = generate(.single(.harderCategories, seed: 11, contacts: 20_000))

  /// 12 000 contacts of the hurting provider alone.
  static let hurting: [LabeledContact] = generate(.single(.hurting, seed: 12, contacts: 12_000))

  /// 12 000 contacts of the neutral provider alone.
  static let neutral: [LabeledContact] = generate(.single(.neutral, seed: 13, contacts: 12_000))

  /// Every contact a configuration yields.
  static func generate(_ configuration: GeneratorConfiguration) -> [LabeledContact] {
    do {
      return Array(try SampleGenerator(configuration: configuration))
    } catch {
      fatalError("invalid test configuration: \(error)")
    }
  }

  /// A contact's last customer turn, if any.
  static func lastCustomerWords(_ contact: Contact) -> String? {
    contact.turns.last(where: { $0.speaker == .customer })?.text
  }

  /// Phrases with which the generated customers say the problem persists.
  static let persistencePhrases = ["still not working", "does not help", "doesn't help", "supervisor", "time I call"]

  /// Phrases with which the generated customers threaten to leave.
  static let churnPhrases = [
    "cancel my contract", "cancelling my contract", "switching to", "port my number out", "cancel my broadband",
  ]
}

/// Per-arm tallies of flagged contacts, overall and by category.
struct GeneratorArmTally {
  private(set) var flagged: [String: [Sourcing: Int]] = [:]
  private(set) var total: [String: [Sourcing: Int]] = [:]

  init(_ contacts: [LabeledContact]) {
    for labeled in contacts {
      let category = labeled.contact.category ?? "", arm = labeled.contact.sourcing
      total[category, default: [:]][arm, default: 0] += 1
      if labeled.truth.flagged { flagged[category, default: [:]][arm, default: 0] += 1 }
    }
  }

  /// Categories, sorted.
  var categories: [String] { total.keys.sorted() }

  /// Contacts and flagged contacts of `arm` in `category`.
  func counts(_ category: String, _ arm: Sourcing) -> (flagged: Int, total: Int) {
    (flagged[category]?[arm] ?? 0, total[category]?[arm] ?? 0)
  }

  /// The flagged rate of `arm` over all categories.
  func crudeRate(_ arm: Sourcing) -> Double {
    let f = categories.reduce(0) { $0 + counts($1, arm).flagged }
    let n = categories.reduce(0) { $0 + counts($1, arm).total }
    return Double(f) / Double(max(1, n))
  }

  /// Outsourced over in-house flagged rate, ignoring category.
  var crudeRiskRatio: Double { crudeRate(.outsourced) / crudeRate(.inHouse) }

  /// The Mantel–Haenszel risk ratio, stratified by category.
  var mantelHaenszelRiskRatio: Double {
    var numerator = 0.0, denominator = 0.0
    for category in categories {
      let exposed = counts(category, .outsourced), unexposed = counts(category, .inHouse)
      let n = Double(exposed.total + unexposed.total)
      guard exposed.total > 0, unexposed.total > 0 else { continue }
      numerator += Double(exposed.flagged) * Double(unexposed.total) / n
      denominator += Double(unexposed.flagged) * Double(exposed.total) / n
    }
    return numerator / denominator
  }
}
