import CallAuditModel
import CallAuditText

/// A transcript as the conversation rules read it: system lines dropped, and consecutive
/// messages of one speaker joined into one part.
///
/// Agents split long replies over several messages ("…your full name, address," / "and phone
/// number via DM"): the pieces are joined with a blank when the next one goes on with the
/// same sentence (it starts with a lower-case letter, or the previous one ends on a comma, a
/// conjunction or a part counter such as "1/2"), and with a line break otherwise, which
/// keeps two finished messages two sentences.
package struct Conversation {
  /// One speaker's consecutive messages.
  package struct Part {
    package var speaker: Speaker
    package var text: String
  }

  /// The parts, in order.
  package private(set) var parts: [Part] = []
  /// Whether any turn held more than blanks.
  package let hasText: Bool

  /// The conversation of `turns`.
  package init(_ turns: [Turn]) {
    hasText = ContactRecord.hasText(turns)
    parts.reserveCapacity(turns.count)
    for turn in turns where turn.speaker != .system {
      guard turn.text.utf8.contains(where: { !$0.isASCIIBlank }) else { continue }
      if let last = parts.last, last.speaker == turn.speaker {
        parts[parts.count - 1].text += Self.continues(last.text, with: turn.text) ? " " : "\n"
        parts[parts.count - 1].text += turn.text
      } else {
        parts.append(Part(speaker: turn.speaker, text: turn.text))
      }
    }
  }

  /// Whether `next` goes on with the sentence `previous` left open.
  package static func continues(_ previous: String, with next: String) -> Bool {
    let words = ConversationVocabulary.continuingEnds
    // The next message's first letter, past handles, part counters and blanks.
    var opensLowercase = false
    for word in next.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
      if word.hasPrefix("@") || word.first?.isNumber == true || word.hasPrefix("(") { continue }
      opensLowercase = word.first.map { $0.isLowercase } ?? false
      break
    }
    if opensLowercase { return true }
    // The previous message's last word, past signatures ("^JK", "-AA") and part counters.
    for word in previous.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).reversed() {
      if word.hasPrefix("^") || word.hasPrefix("http") || word.first?.isNumber == true || word.hasPrefix("(") { continue }
      if word.count <= 4, word.hasPrefix("-") || word.hasPrefix("/") { continue }
      if let last = word.last, last == "," || last == ";" || last == ":" || last == "&" || last == "-" { return true }
      return words.contains(word.lowercased())
    }
    return false
  }
}
