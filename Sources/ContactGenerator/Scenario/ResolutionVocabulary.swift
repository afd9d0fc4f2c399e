/// The resolution codes generated contacts carry, so detection can be checked
/// against the exact vocabulary.
public enum ResolutionVocabulary {
  /// Codes on solved contacts (and on some unsolved ones whose customer says otherwise).
  public static let resolving: [String] = [
    "fixed", "line repaired", "configuration changed", "technician dispatched", "replaced equipment",
    "refund issued", "plan changed", "address updated", "retention offer accepted",
  ]

  /// Codes that mean the problem was not solved (`cancelled` only with churn risk).
  public static let nonResolving: [String] = [
    "no fault found", "customer advised", "no action", "unresolved", "duplicate", "cancelled",
  ]

  /// The code on the first leg of a transfer: neither resolving nor not.
  public static let transferred = "transferred"

  /// Resolving codes that suit `category`.
  static func resolvingCodes(for category: IssueCategory) -> [String] {
    switch category {
    case .noInternet: ["fixed", "line repaired", "configuration changed", "technician dispatched", "replaced equipment"]
    case .intermittentConnection: ["line repaired", "configuration changed", "technician dispatched", "fixed"]
    case .slowSpeed: ["configuration changed", "line repaired", "fixed"]
    case .equipment: ["replaced equipment", "configuration changed", "fixed"]
    case .billing: ["refund issued", "fixed"]
    case .planChange: ["plan changed", "configuration changed"]
    case .movingHouse: ["address updated", "technician dispatched"]
    case .cancellation: ["retention offer accepted"]
    }
  }

  /// Draws a non-resolving code; `cancelled` only when the customer is leaving.
  static func nonResolvingCode(churn: Bool, category: IssueCategory, _ rng: inout Xoshiro256StarStar) -> String {
    if churn, category == .cancellation || rng.chance(0.3) { return "cancelled" }
    return nonResolving[nonResolvingChoice.draw(&rng)]
  }

  private static let nonResolvingChoice = WeightedChoice([0.30, 0.35, 0.15, 0.12, 0.08])
}
