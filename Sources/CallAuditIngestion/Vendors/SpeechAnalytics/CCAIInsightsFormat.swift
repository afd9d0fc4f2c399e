import CallAuditModel

/// Google Contact Center AI Insights conversation data: one conversation per JSON
/// file, its messages in `entries`.
package enum CCAIInsightsFormat: FormatDefinition {
  package static let summary =
    "Google CCAI Insights conversation data (JSON): one conversation per file, messages in entries"
  package static let detection =
    "a JSON object whose entries carry text, role, user_id and start_timestamp_usec"

  package static func matches(_ sample: FormatSample) -> Bool {
    guard sample.bytes.first(where: { !$0.isASCIIBlank }) == UInt8(ascii: "{") else { return false }
    return sample.contains("\"entries\"") && sample.contains("\"start_timestamp_usec\"")
      && sample.contains("\"role\"")
  }

  package static func reader(options: IngestionOptions) -> any ContactReader {
    CCAIInsightsReader(options: options)
  }
}

/// Reads CCAI Insights conversation files into one contact per conversation.
///
/// Follows "Conversation data format" in the Contact Center AI Insights documentation:
/// `entries[]` with `text`, `role` (`AGENT`, `AUTOMATED_AGENT`, `CUSTOMER`,
/// `END_USER`), `user_id` and `start_timestamp_usec`. The format names no conversation:
/// Insights takes the file's name, and so does callaudit (with `#2`, `#3`… for further
/// records in one file). A virtual agent's turns are read as system turns, not the
/// agent's: a bot reads its script by design, which says nothing of the people.
package struct CCAIInsightsReader: ContactReader {
  let options: IngestionOptions

  /// Earlier than 2001 as microseconds since 1970: an offset into the call (the
  /// documentation's own example starts at 1 s), not a time of day.
  static let earliestTimeMicroseconds = 978_307_200.0 * 1e6

  package func read(
    _ stream: ByteStream, into summary: inout InputSummary, emit: (Contact) -> Void
  ) throws(InputError) {
    let provider = options.defaultProvider ?? Contact.unspecifiedProvider
    let name = Self.conversationName(path: stream.path)
    var count = 0
    try JSONRecordReading.read(
      stream, into: &summary, maximumRecordBytes: options.maximumRecordBytes,
      contact: { node throws(JSONRecordReading.Refusal) in
        count += 1
        return try Self.contact(node, id: count == 1 ? name : "\(name)#\(count)", provider: provider)
      }, emit: emit)
  }

  /// The file's name without its folder and `.json` (or `.json.gz`).
  static func conversationName(path: String) -> String {
    var name = path.split(separator: "/").last.map(String.init) ?? path
    for suffix in [".gz", ".json", ".ndjson", ".jsonl"] where name.lowercased().hasSuffix(suffix) {
      name.removeLast(suffix.count)
    }
    return name.isEmpty ? path : name
  }

  static func contact(_ document: JSONNode, id: String, provider: String) throws(JSONRecordReading.Refusal) -> Contact {
    guard case .object = document, let entries = document["entries"], case .array = entries else {
      throw JSONRecordReading.Refusal("no entries array: CCAI Insights conversation data holds its messages in entries")
    }
    var call = SpeechCall()
    var firstTime: Double?
    for (position, entry) in entries.elements.enumerated() {
      guard let text = entry["text"]?.string, let role = entry["role"]?.string else {
        throw JSONRecordReading.Refusal("entry \(position + 1) of \(id) lacks a text or role string")
      }
      let micros = entry["start_timestamp_usec"]?.double
      if firstTime == nil { firstTime = micros }
      let time = micros.flatMap { $0 >= Self.earliestTimeMicroseconds && $0 < 1e17 ? Timestamp(secondsSinceEpoch: Int64($0 / 1e6)) : nil }
      switch role.uppercased() {
      case "AGENT", "HUMAN_AGENT": call.add(.agent, text, at: time)
      case "CUSTOMER", "END_USER": call.add(.customer, text, at: time)
      case "AUTOMATED_AGENT": call.add(.system, text, at: time)
      default:
        throw JSONRecordReading.Refusal(
          "entry \(position + 1) of \(id) has role \"\(role)\", not AGENT, AUTOMATED_AGENT, CUSTOMER or END_USER")
      }
    }
    let opened = firstTime.flatMap {
      $0 >= Self.earliestTimeMicroseconds && $0 < 1e17 ? Timestamp(secondsSinceEpoch: Int64($0 / 1e6)) : nil
    }
    return Contact(
      id: id, provider: provider, channel: "call", openedAt: opened, answered: call.agentSpoke ? true : nil,
      turns: call.turns)
  }
}
