import CallAuditModel

/// The turns of one transcribed call as a speech-analytics product writes them:
/// segments in order, each with its speaker. A speaker's consecutive segments make
/// one turn, timed at the first, since the products split one person's talk
/// wherever they pause.
/// The generator writes its calls by the same rule (``ContactGenerator/ConnectExport``).
package struct SpeechCall {
  package private(set) var turns: [Turn] = []
  /// Whether an agent speaks: then the call was answered.
  package private(set) var agentSpoke = false

  package init() {}

  /// Adds a segment; an empty one (a redacted pause) adds nothing.
  package mutating func add(_ speaker: Speaker, _ text: String, at time: Timestamp? = nil) {
    guard !text.allSatisfy(\.isWhitespace) else { return }
    if speaker == .agent { agentSpoke = true }
    if let last = turns.last, last.speaker == speaker {
      turns[turns.count - 1].text += " " + text
    } else {
      turns.append(Turn(speaker: speaker, at: time, text: text))
    }
  }

  /// Milliseconds as whole seconds, for a plausible length (not negative, under a year).
  static func seconds(milliseconds: Double?) -> Int? {
    guard let milliseconds, milliseconds >= 0, milliseconds < 3.2e10 else { return nil }
    return Int((milliseconds / 1000).rounded())
  }

  /// Milliseconds since 1970 as a time, when they are one (from 2001 on, before year
  /// 5000): smaller values are offsets into the call, not times of day.
  static func time(milliseconds: Double?) -> Timestamp? {
    guard let milliseconds, milliseconds >= 978_307_200_000, milliseconds < 1e14 else { return nil }
    return Timestamp(secondsSinceEpoch: Int64(milliseconds / 1000))
  }
}
