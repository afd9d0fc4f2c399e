import CallAuditModel

/// The one-column transcript of the canonical CSV: one turn per line,
/// `Agent: …`, `Customer: …` or `System: …`, optionally preceded by `[timestamp] `.
///
/// A line that names no speaker continues the turn before it, so multi-line
/// answers survive; a transcript that starts without a speaker is an error.
package enum TranscriptText {
  /// Parses transcript text into turns.
  package static func parse(_ text: String) throws(FieldError) -> [Turn] {
    var text = text
    let parsed: Result<[Turn], FieldError> = text.withUTF8 { bytes in
      Result { () throws(FieldError) in try parse(utf8: bytes) }
    }
    return try parsed.get()
  }

  /// Parses UTF-8 transcript bytes into turns, working on bytes and making a
  /// string only for each turn's text.
  package static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) throws(FieldError) -> [Turn] {
    var turns: [Turn] = []
    // Room made once, not grown turn by turn: a turn per line, where a line that holds a
    // turn ("Agent:" and its end) takes 7 bytes or more; at most 512 turns' room.
    let room = min(Self.lineCount(bytes), bytes.count / 7 + 1, 512)
    if room > 1 { turns.reserveCapacity(room) }
    var lineNumber = 0
    var index = 0
    let count = bytes.count
    // A line ends at the next LF or CR. The next of each is found with `memchr` and kept
    // until passed: the byte loop this replaces was a third of the parse (callgrind, stop 38).
    var nextFeed = bytes.firstIndex(ofByte: 10, from: 0) ?? count
    var nextReturn = bytes.firstIndex(ofByte: 13, from: 0) ?? count
    while index < count {
      if nextFeed < index { nextFeed = bytes.firstIndex(ofByte: 10, from: index) ?? count }
      if nextReturn < index { nextReturn = bytes.firstIndex(ofByte: 13, from: index) ?? count }
      let end = min(nextFeed, nextReturn)
      var start = index
      index = end + 1
      while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
      if start == end { continue }
      lineNumber += 1
      var at: Timestamp? = nil
      if bytes[start] == UInt8(ascii: "["),
        let close = (start..<end).first(where: { bytes[$0] == UInt8(ascii: "]") })
      {
        let stamp = UnsafeBufferPointer(rebasing: bytes[(start + 1)..<close])
        guard let parsed = Timestamp(iso8601: stamp) else {
          let shown = String(decoding: stamp, as: UTF8.self)
          throw FieldError(
            field: .transcript, value: shown, expected: "",
            detail: "transcript line \(lineNumber) has an unreadable timestamp '\(shown)'")
        }
        at = parsed
        start = close + 1
        while start < end, bytes[start] == 0x20 { start += 1 }
      }
      if let (speaker, colon) = speakerLabel(bytes, from: start, to: end) {
        var textStart = colon + 1
        while textStart < end, bytes[textStart] == 0x20 { textStart += 1 }
        let said = String(decoding: UnsafeBufferPointer(rebasing: bytes[textStart..<end]), as: UTF8.self)
        turns.append(Turn(speaker: speaker, at: at, text: said))
      } else if at == nil, !turns.isEmpty {
        turns[turns.count - 1].text += "\n" + String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
      } else {
        throw FieldError(
          field: .transcript, value: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self),
          expected: "",
          detail: "transcript line \(lineNumber) does not start with 'Agent:', 'Customer:' or 'System:'")
      }
    }
    // A field of blank lines keeps no room.
    return turns.isEmpty ? [] : turns
  }

  /// The lines of `bytes` as line feeds end them (a transcript of CRs alone counts one,
  /// and its turns' array grows as it goes), counted by ``lineFeedCount``: counting CRs as
  /// well, or stopping at a bound, cost more than the growth it spares (callgrind, stop 36).
  private static func lineCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    bytes.lineFeedCount + 1
  }

  /// The speaker named before a colon at `start`, compared case-insensitively as bytes.
  private static func speakerLabel(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
  ) -> (Speaker, Int)? {
    for (label, speaker) in labels {
      let colon = start + label.count
      guard colon < end, bytes[colon] == UInt8(ascii: ":") else { continue }
      var matches = true
      for offset in 0..<label.count where bytes[start + offset].asciiLowercased != label[offset] {
        matches = false
        break
      }
      if matches { return (speaker, colon) }
    }
    return nil
  }

  private static let labels: [([UInt8], Speaker)] = Speaker.allCases.map { (Array($0.rawValue.utf8), $0) }

  /// Renders turns back into transcript text (the inverse of ``parse(_:)``).
  package static func render(_ turns: [Turn]) -> String {
    turns.map { turn in
      let stamp = turn.at.map { "[\($0.iso8601)] " } ?? ""
      let label = turn.speaker.rawValue.prefix(1).uppercased() + turn.speaker.rawValue.dropFirst()
      return "\(stamp)\(label): \(turn.text)"
    }.joined(separator: "\n")
  }
}
