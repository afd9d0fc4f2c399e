/// Which categories and resolution codes mean the customer is leaving.
///
/// Resolution codes are matched more narrowly than categories: a ticket
/// "cancelled" is a ticket withdrawn, not a customer who cancelled.
enum ChurnVocabulary {
  static let categoryStems = ["cancel", "disconnect", "terminat", "churn", "retention", "port-out", "port out", "leaving"]
  static let resolutionStems = [
    "disconnect", "terminat", "churn", "service cancel", "contract cancel", "account closed",
    "ported out", "port out", "port-out", "customer left",
  ]

  /// Whether a category names a cancellation, disconnection or retention issue.
  static func isChurnCategory(_ category: String?) -> Bool {
    guard let category else { return false }
    return categoryStems.contains { category.contains($0) }
  }

  /// Whether a resolution code records the customer leaving.
  static func isChurnResolution(_ resolution: String?) -> Bool {
    guard let resolution else { return false }
    return resolutionStems.contains { resolution.contains($0) }
  }
}
