import CallAuditModel
import Testing

/// The readers' label parsers compare the canonical spellings as they are before lower-casing
/// anything; every spelling must read as it did through the lower-cased path alone.
@Suite("Speaker, status and code labels")
struct LabelFastPathTests {
  @Test(
    "Speaker labels in any case",
    arguments: [
      ("agent", Speaker.agent), ("customer", .customer), ("system", .system), ("Agent", .agent),
      ("CUSTOMER", .customer), ("System", .system), ("aGeNt", .agent),
    ])
  func speakers(label: String, expected: Speaker) {
    #expect(Speaker(label: label) == expected)
    #expect(Speaker(label: Substring(label)) == expected)
  }

  @Test("Other words are not a speaker", arguments: ["", "agents", " agent", "bot", "cust", "ａgent"])
  func notSpeakers(label: String) {
    #expect(Speaker(label: label) == nil)
  }

  @Test(
    "Status labels, canonical and helpdesk synonyms",
    arguments: [
      ("open", ContactStatus.open), ("pending", .pending), ("resolved", .resolved), ("closed", .closed),
      ("unknown", .unknown), ("Open", .open), ("CLOSED", .closed), ("in progress", .open),
      ("On Hold", .pending), ("Solved", .resolved), ("  closed  ", .closed), ("Cancelled", .closed),
      ("archived", .unknown), ("", .unknown),
    ])
  func statuses(label: String, expected: ContactStatus) {
    #expect(ContactStatus(label: label) == expected)
    #expect(ContactStatus(label: Substring(label)) == expected)
  }

  @Test(
    "A code lower-cased only when it needs to be gives what lowercased() gives",
    arguments: [
      "", "call", "no-internet", "Call", "NO INTERNET", "fixed – remotely", "ÉCHEC", "échec", "İstanbul",
      "ß", "ǅ", "chat\u{301}", "a1_B2", "already lower 123",
      // The bytes either side of the upper-case letters: an off-by-one in the check fails here.
      "@", "[", "`", "{", "A", "Z", "a@z[`{", "xA", "xZ",
    ])
  func lowercasing(text: String) {
    #expect(text.lowercasedIfNeeded() == text.lowercased())
    // Byte for byte: `==` on strings compares canonical equivalence, not bytes.
    #expect(Array(text.lowercasedIfNeeded().utf8) == Array(text.lowercased().utf8))
  }

  @Test(
    "A string trims as the generic StringProtocol version trims it",
    arguments: [
      "", " ", "\t\r\n", "call", " call", "call ", "\tcall\n", " a b ", "\u{A0}x\u{A0}", "é ", " é",
      // Blanks that begin a character: the generic version drops whole characters.
      " \u{301}x", "\r\nx", "x\r\n",
    ])
  func trimming(text: String) {
    let generic = text[...].trimmingASCIIWhitespace()
    #expect(Array(text.trimmingASCIIWhitespace().utf8) == Array(generic.utf8))
  }
}
