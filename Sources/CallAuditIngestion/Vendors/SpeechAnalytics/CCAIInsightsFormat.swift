import CallAuditModel

/// Google Contact Center AI Insights conversation data: one conversation per JSON
/// file, its messages in `entries`.
package enum CCAIInsightsFormat: FormatDefinition {
  package static let summary =
    "Google CCAI Insights conversation data (JSON): one conversation per file, messages in entries"
  package static let detection =
    "a JSON object whose entries carry text, role, user_id and start_timestamp_usec"

  package static func matches(_ sample: FormatSample) -> Bool {
    guard sample.jsonStart == UInt8(ascii: "{") else { return false }
    return sample.contains("\"entries\"") && sample.contains("\"start_timestamp_usec\"")
      && sample.contains("\"role\"")
  }

  package static func reader(options: IngestionOptions) -> any ContactReader {
    JSONRecordReader(options: options, mapping: CCAIInsightsConversation.contact)
  }
}

/// One CCAI Insights conversation file as a contact.
///
/// Follows "Conversation data format" in the Contact Center AI Insights documentation:
/// `entries[]` with `text`, `role` (`AGENT`, `AUTOMATED_AGENT`, `CUSTOMER`,
/// `END_USER`), `user_id` and `start_timestamp_usec`. The format names no conversation:
/// Insights takes the file's name, and so does callaudit (with `#2`, `#3`… for further
/// records in one file). A virtual agent's turns are read as system turns, not the
/// agent's: a bot reads its script by design, which says nothing of the people.
enum CCAIInsightsConversation {
  /// Earlier than 2001 as microseconds since 1970: an offset into the call (the
  /// documentation's own example starts at 1 s), not a time of day.
  static let earliestTimeMicroseconds = 978_307_200.0 * 1e6

  /// The file's name without its folder and `.json` (or `.json.gz`).
  static func conversationName(path: String) -> String {
    var name = path.split(separator: "/").last.map(String.init) ?? path
    for suffix in [".gz", ".json", ".ndjson", ".jsonl"] where name.lowercased().hasSuffix(suffix) {
      name.removeLast(suffix.count)
    }
    return name.isEmpty ? path : name
  }

  static func contact(_ document: JSONNode, _ record: JSONRecordReader.Record) throws(JSONRecordReader.Refusal) -> Contact {
    let name = conversationName(path: record.input)
    let id = record.number == 1 ? name : "\(name)#\(record.number)"
    guard case .object = document, let entries = document["entries"], case .array = entries else {
      throw JSONRecordReader.Refusal("no entries array: CCAI Insights conversation data holds its messages in entries")
    }
    var call = SpeechCall()
    for (position, entry) in entries.elements.enumerated() {
      guard let text = entry["text"]?.string, let role = entry["role"]?.string else {
        throw JSONRecordReader.Refusal("entry \(position + 1) of \(id) lacks a text or role string")
      }
      let time = entry["start_timestamp_usec"]?.double.flatMap(Self.time(microseconds:))
      switch role.uppercased() {
      case "AGENT", "HUMAN_AGENT": call.add(.agent, text, at: time)
      case "CUSTOMER", "END_USER": call.add(.customer, text, at: time)
      case "AUTOMATED_AGENT": call.add(.system, text, at: time)
      default:
        throw JSONRecordReader.Refusal(
          "entry \(position + 1) of \(id) has role \"\(role)\", not AGENT, AUTOMATED_AGENT, CUSTOMER or END_USER")
      }
    }
    let opened = entries.elements.first?["start_timestamp_usec"]?.double.flatMap(Self.time(microseconds:))
    return Contact(
      id: id, provider: record.provider, channel: "call", openedAt: opened, answered: call.agentSpoke ? true : nil,
      turns: call.turns)
  }

  /// Microseconds since 1970 as a time, when they are one (from 2001 on, before year 5000).
  private static func time(microseconds: Double) -> Timestamp? {
    microseconds >= earliestTimeMicroseconds && microseconds < 1e17
      ? Timestamp(secondsSinceEpoch: Int64(microseconds / 1e6)) : nil
  }
}
