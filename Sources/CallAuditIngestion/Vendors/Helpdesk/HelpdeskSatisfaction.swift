/// Reads the satisfaction ratings helpdesks export onto callaudit's usual
/// 1–5 scale.
///
/// A number is kept as it is. Zendesk's two-point rating becomes the ends of
/// the scale (`good` 5, `bad` 1), so a mean reads back as the share of good
/// ratings: share = (mean − 1) / 4. Freshdesk's labelled answers take their
/// place on the scale (`awesome`, `extremely happy` 5 … `not good`,
/// `extremely unhappy` 1).
package enum HelpdeskSatisfaction {
  /// What one exported rating says.
  package enum Reading: Equatable {
    /// A score on the 1–5 scale (or the export's own number).
    case score(Double)
    /// No rating was given (`offered`, `unoffered`, blank).
    case none
    /// A label callaudit does not know.
    case unrecognized
  }

  /// Reads one exported rating.
  package static func read(_ text: String?) -> Reading {
    guard let text else { return .none }
    if let number = Double(text), number.isFinite { return .score(number) }
    let label = text.lowercased().trimmingASCIIWhitespace()
    if let score = scores[label] { return .score(score) }
    if unrated.contains(label) { return .none }
    return .unrecognized
  }

  private static let scores: [String: Double] = [
    "good": 5, "good with comment": 5, "goodwithcomment": 5, "satisfied": 5,
    "bad": 1, "bad with comment": 1, "badwithcomment": 1, "dissatisfied": 1,
    "awesome": 5, "extremely happy": 5, "very happy": 5, "happy": 4,
    "neutral": 3, "just okay": 3, "okay": 3,
    "unhappy": 2, "very unhappy": 1, "extremely unhappy": 1, "not good": 1,
  ]

  private static let unrated: Set<String> = [
    "offered", "unoffered", "not offered", "not rated", "no rating", "none", "-", "--",
  ]
}
