import CallAuditModel
import CallAuditReporting

/// A lossless, compact encoding of a contact's turns for the `contact.turns` column.
///
/// Each turn is a speaker byte (`a`, `c`, `s`), the time in seconds or `-`, the
/// text's length in bytes, `:` and the text. Unlike the canonical transcript
/// text, nothing in a turn's text can be mistaken for the start of the next turn.
enum TurnCoding {
  static func encode(_ turns: [Turn]) -> [UInt8] {
    var bytes: [UInt8] = []
    for turn in turns {
      bytes.append(speakerByte(turn.speaker))
      bytes.append(contentsOf: (turn.at.map { String($0.secondsSinceEpoch) } ?? "-").utf8)
      bytes.append(UInt8(ascii: " "))
      let text = Array(turn.text.utf8)
      bytes.append(contentsOf: String(text.count).utf8)
      bytes.append(UInt8(ascii: ":"))
      bytes.append(contentsOf: text)
    }
    return bytes
  }

  /// The turns, or `nil` if the bytes are not an encoding this type wrote.
  static func decode(_ bytes: [UInt8]) -> [Turn]? {
    var turns: [Turn] = []
    var i = 0
    func number(until terminator: UInt8) -> Int64?? {
      let start = i
      while i < bytes.count, bytes[i] != terminator { i += 1 }
      guard i < bytes.count else { return .none }
      defer { i += 1 }
      if bytes[start..<i].elementsEqual("-".utf8) { return .some(nil) }
      return Int64(String(decoding: bytes[start..<i], as: UTF8.self)).map { .some($0) } ?? .none
    }
    while i < bytes.count {
      guard let speaker = speaker(bytes[i]) else { return nil }
      i += 1
      guard let at = number(until: UInt8(ascii: " ")), let length = number(until: UInt8(ascii: ":")),
        let count = length.map(Int.init), count >= 0, i + count <= bytes.count
      else { return nil }
      let text = String(decoding: bytes[i..<(i + count)], as: UTF8.self)
      i += count
      turns.append(Turn(speaker: speaker, at: at.map(Timestamp.init(secondsSinceEpoch:)), text: text))
    }
    return turns
  }

  private static func speakerByte(_ speaker: Speaker) -> UInt8 {
    switch speaker {
    case .agent: UInt8(ascii: "a")
    case .customer: UInt8(ascii: "c")
    case .system: UInt8(ascii: "s")
    }
  }

  private static func speaker(_ byte: UInt8) -> Speaker? {
    switch byte {
    case UInt8(ascii: "a"): .agent
    case UInt8(ascii: "c"): .customer
    case UInt8(ascii: "s"): .system
    default: nil
    }
  }
}
