import Testing
@testable import CallAuditModel

/// `containsUnextended` gives the answers Foundation's `contains` gave while the whole
/// pipeline was one module that imported Foundation (ChurnVocabularyTests pins the churn
/// side of it). The standard library's `contains` is not compared here: this test module
/// imports Foundation, whose overload it would pick.
@Suite("Text search that a mark extends but a joiner does not")
struct ByteSearchTests {
  @Test("Occurrences, and the marks that end them", arguments: [
    ("disconnect\u{200D}", "disconnect", true),
    ("a\r\nb", "\n", true),
    ("canceĺled", "cancel", false),
    ("cancel\u{0301}led", "cancel", false),
    ("leaving\u{FE0F}", "leaving", false),
    ("x]\u{0301}", "]", false),
    ("ticket category", "category", true),
    ("catego", "category", false),
    ("", "a", false),
    ("abc", "", true),
  ])
  func occurrences(_ text: String, _ needle: String, _ expected: Bool) {
    #expect(text.containsUnextended(needle) == expected)
  }
}
