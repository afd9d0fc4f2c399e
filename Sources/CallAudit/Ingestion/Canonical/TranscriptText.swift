/// The one-column transcript of the canonical CSV: one turn per line,
/// `Agent: …`, `Customer: …` or `System: …`, optionally preceded by `[timestamp] `.
///
/// A line that names no speaker continues the turn before it, so multi-line
/// answers survive; a transcript that starts without a speaker is an error.
enum TranscriptText {
  /// Parses transcript text into turns.
  static func parse(_ text: String) throws(FieldError) -> [Turn] {
    var turns: [Turn] = []
    var lineNumber = 0
    for rawLine in text.utf8.split(omittingEmptySubsequences: true, whereSeparator: { $0 == 10 || $0 == 13 }) {
      lineNumber += 1
      var line = Substring(rawLine)
      line = line.drop(while: { $0 == " " || $0 == "\t" })
      if line.isEmpty { continue }
      var at: Timestamp? = nil
      if line.first == "[", let close = line.firstIndex(of: "]") {
        let stamp = line[line.index(after: line.startIndex)..<close]
        guard let parsed = Timestamp(iso8601: stamp.utf8) else {
          throw FieldError(
            field: .transcript, value: String(stamp), expected: "",
            detail: "transcript line \(lineNumber) has an unreadable timestamp '\(stamp)'")
        }
        at = parsed
        line = line[line.index(after: close)...].drop(while: { $0 == " " })
      }
      if let colon = line.firstIndex(of: ":"), let speaker = Speaker(label: line[..<colon]) {
        let said = line[line.index(after: colon)...].drop(while: { $0 == " " })
        turns.append(Turn(speaker: speaker, at: at, text: String(said)))
      } else if at == nil, !turns.isEmpty {
        turns[turns.count - 1].text += "\n" + line
      } else {
        throw FieldError(
          field: .transcript, value: String(line), expected: "",
          detail: "transcript line \(lineNumber) does not start with 'Agent:', 'Customer:' or 'System:'")
      }
    }
    return turns
  }

  /// Renders turns back into transcript text (the inverse of ``parse(_:)``).
  static func render(_ turns: [Turn]) -> String {
    turns.map { turn in
      let stamp = turn.at.map { "[\($0.iso8601)] " } ?? ""
      let label = turn.speaker.rawValue.prefix(1).uppercased() + turn.speaker.rawValue.dropFirst()
      return "\(stamp)\(label): \(turn.text)"
    }.joined(separator: "\n")
  }
}
