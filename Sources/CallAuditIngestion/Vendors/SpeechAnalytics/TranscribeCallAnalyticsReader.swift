import CallAuditModel

/// Reads Amazon Transcribe Call Analytics output into one contact per call.
///
/// Follows the output described in the Amazon Transcribe developer guide ("Call
/// Analytics output"): `JobName` names the call, `Transcript` holds its segments
/// (`ParticipantRole` `AGENT` or `CUSTOMER`, `Content`, `BeginOffsetMillis`), and
/// `ConversationCharacteristics.TotalConversationDurationMillis` its length. A
/// speaker's consecutive segments make one turn. The output carries no provider,
/// site, caller or start time: `--provider` and `--sites` supply the first two, and
/// repeat calls cannot be measured without the others (the report says so).
package struct TranscribeCallAnalyticsReader: ContactReader {
  let options: IngestionOptions

  package func read(
    _ stream: ByteStream, into summary: inout InputSummary, emit: (Contact) -> Void
  ) throws(InputError) {
    let provider = options.defaultProvider ?? Contact.unspecifiedProvider
    try JSONRecordReading.read(
      stream, into: &summary, maximumRecordBytes: options.maximumRecordBytes,
      contact: { node throws(JSONRecordReading.Refusal) in try Self.contact(node, provider: provider) }, emit: emit)
  }

  /// The contact of one call's document.
  static func contact(_ document: JSONNode, provider: String) throws(JSONRecordReading.Refusal) -> Contact {
    guard case .object = document else {
      throw JSONRecordReading.Refusal("not a JSON object: a Call Analytics document is one object per call")
    }
    guard let id = document["JobName"]?.string, !id.isEmpty else {
      throw JSONRecordReading.Refusal("no JobName: every Call Analytics document names its job")
    }
    guard let segments = document["Transcript"], case .array = segments else {
      throw JSONRecordReading.Refusal("no Transcript array in job \(id)")
    }
    var call = SpeechCall()
    for (position, segment) in segments.elements.enumerated() {
      guard let role = segment["ParticipantRole"]?.string, let text = segment["Content"]?.string else {
        throw JSONRecordReading.Refusal(
          "Transcript segment \(position + 1) of job \(id) lacks a ParticipantRole or Content string")
      }
      switch role.uppercased() {
      case "AGENT": call.add(.agent, text)
      case "CUSTOMER": call.add(.customer, text)
      default:
        throw JSONRecordReading.Refusal(
          "Transcript segment \(position + 1) of job \(id) has ParticipantRole \"\(role)\", not AGENT or CUSTOMER")
      }
    }
    let duration = document["ConversationCharacteristics"]?["TotalConversationDurationMillis"]?.double
    return Contact(
      id: id, provider: provider, channel: "call", handleSeconds: SpeechCall.seconds(milliseconds: duration),
      answered: call.agentSpoke ? true : nil, turns: call.turns)
  }
}
