import Foundation
import Testing
@testable import CallAuditMetrics

/// Churn codes: the byte search on ASCII codes answers as the Foundation substring search it
/// replaced, and non-ASCII codes keep Foundation's composed-character rules.
@Suite struct ChurnVocabularyTests {
  /// The matching as it was: Foundation's `contains` for every code.
  private static func reference(_ text: String, _ stems: [String]) -> Bool {
    stems.contains { text.range(of: $0) != nil }
  }

  @Test func asciiCodesMatchAsFoundationDid() {
    let fragments = [
      "can", "cel", "cancel", "port", " ", "-", "out", "ported", "terminat", "e", "disconnect",
      "churn", "retention", "leaving", "service", "contract", "account", "closed", "customer",
      "left", "x", "C", "CANCEL", "\0", "\r\n", "\t", "\u{7F}", "_", "billing", "no-internet",
    ]
    var random = ScriptCorpusRandom(seed: 41)
    for _ in 0..<20_000 {
      var text = ""
      for _ in 0..<Int.random(in: 0...5, using: &random) { text += fragments.randomElement(using: &random)! }
      #expect(
        ChurnVocabulary.isChurnCategory(text) == Self.reference(text, ChurnVocabulary.categoryStems),
        "\(text.debugDescription)")
      #expect(
        ChurnVocabulary.isChurnResolution(text) == Self.reference(text, ChurnVocabulary.resolutionStems),
        "\(text.debugDescription)")
    }
  }

  @Test(arguments: [
    ("cancellation", true), ("Cancellation", false), ("port-out request", true),
    ("port out", true), ("portout", false), ("retention-offer", true), ("billing", false),
    ("", false), ("can\0cel", false),
    // Non-ASCII codes: a stem followed by a combining mark or a variation selector is not
    // found, one before a zero-width joiner or an emoji is.
    ("cancel\u{301}led", false), ("c\u{301}ancel", false), ("\u{301}cancel", true),
    ("leaving\u{FE0F}", false), ("leaving\u{1F600}", true), ("disconnect\u{200D}", true),
    ("port\u{A0}out", false), ("annulé: cancel", true), ("ﬁcancel", true),
  ])
  func pinnedCategories(code: String, churn: Bool) {
    #expect(ChurnVocabulary.isChurnCategory(code) == churn)
    #expect(Self.reference(code, ChurnVocabulary.categoryStems) == churn)
  }

  @Test func resolutionsAreNarrower() {
    #expect(!ChurnVocabulary.isChurnResolution("cancelled"))
    #expect(ChurnVocabulary.isChurnResolution("service cancelled"))
    #expect(ChurnVocabulary.isChurnResolution("customer left\u{200D}"))
    #expect(!ChurnVocabulary.isChurnResolution("customer lef\u{301}t"))
    #expect(!ChurnVocabulary.isChurnResolution(nil) && !ChurnVocabulary.isChurnCategory(nil))
  }
}
