import CallAuditModel

/// One Amazon Transcribe Call Analytics document as a contact: one call.
///
/// Follows the output described in the Amazon Transcribe developer guide ("Call
/// Analytics output"): `JobName` names the call, `Transcript` holds its segments
/// (`ParticipantRole` `AGENT` or `CUSTOMER`, `Content`, `BeginOffsetMillis`), and
/// `ConversationCharacteristics.TotalConversationDurationMillis` its length. A
/// speaker's consecutive segments make one turn. The output carries no provider,
/// site, caller or start time: `--provider` and `--sites` supply the first two, and
/// repeat calls cannot be measured without the others (the report says so).
enum TranscribeCallAnalyticsCall {
  /// The contact of one call's document.
  static func contact(_ document: JSONNode, _ record: JSONRecordReader.Record) throws(JSONRecordReader.Refusal) -> Contact {
    guard case .object = document else {
      throw JSONRecordReader.Refusal("not a JSON object: a Call Analytics document is one object per call")
    }
    guard let id = document["JobName"]?.string, !id.isEmpty else {
      throw JSONRecordReader.Refusal("no JobName: every Call Analytics document names its job")
    }
    guard let segments = document["Transcript"], case .array = segments else {
      throw JSONRecordReader.Refusal("no Transcript array in job \(id)")
    }
    var call = SpeechCall()
    for (position, segment) in segments.elements.enumerated() {
      guard let role = segment["ParticipantRole"]?.string, let text = segment["Content"]?.string else {
        throw JSONRecordReader.Refusal(
          "Transcript segment \(position + 1) of job \(id) lacks a ParticipantRole or Content string")
      }
      switch role.uppercased() {
      case "AGENT": call.add(.agent, text)
      case "CUSTOMER": call.add(.customer, text)
      default:
        throw JSONRecordReader.Refusal(
          "Transcript segment \(position + 1) of job \(id) has ParticipantRole \"\(role)\", not AGENT or CUSTOMER")
      }
    }
    let duration = document["ConversationCharacteristics"]?["TotalConversationDurationMillis"]?.double
    var contact = Contact(
      id: id, provider: record.provider, channel: "call", handleSeconds: SpeechCall.seconds(milliseconds: duration),
      answered: call.agentSpoke ? true : nil, turns: call.turns)
    contact.vendorLabels = AmazonCallLabels.of(document)
    return contact
  }
}
