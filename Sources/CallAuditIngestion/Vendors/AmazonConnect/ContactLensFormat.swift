import CallAuditModel

/// Amazon Connect Contact Lens conversational-analytics output: one call per JSON
/// file (`Analysis/Voice/YYYY/MM/DD/<contactId>_analysis_<time>.json`).
package enum ContactLensFormat: FormatDefinition {
  package static let summary =
    "Amazon Connect Contact Lens analysis output (JSON): one call per file, its words turn by turn"
  package static let detection =
    "a JSON object with CustomerMetadata (its ContactId) and a Transcript whose segments name a ParticipantId"

  package static func matches(_ sample: FormatSample) -> Bool {
    guard sample.jsonStart == UInt8(ascii: "{") else { return false }
    return sample.contains("\"CustomerMetadata\"") && sample.contains("\"Transcript\"")
      && sample.contains("\"ParticipantId\"")
  }

  package static func reader(options: IngestionOptions) -> any ContactReader {
    ContactLensReader(options: options)
  }
}

/// Reads Contact Lens files, completing each call from its contact record when the
/// run holds one (``ConnectContactJoin``).
struct ContactLensReader: ContactReader {
  let options: IngestionOptions

  func read(_ stream: ByteStream, into summary: inout InputSummary, emit: (Contact) -> Void) throws(InputError) {
    let join = options.connectContacts
    var alone = 0
    try JSONRecordReader(options: options, mapping: ContactLensCall.contact).read(stream, into: &summary) { call in
      guard let join, join.refusal == nil, let record = join.record(for: call.id) else {
        alone += 1
        return emit(call)
      }
      var call = call
      record.complete(&call)
      emit(call)
    }
    guard let join else { return }
    if let refusal = join.refusal {
      summary.note("no call was joined to its contact record: \(refusal)")
    } else if alone > 0 {
      let calls = alone == 1 ? "1 call has" : "\(alone) calls have"
      summary.note("\(calls) no contact record among the inputs: no caller, agent, queue or times")
    }
  }
}

/// One Contact Lens analysis file as a contact: one call.
///
/// Follows "Example Contact Lens output files" in the Amazon Connect administrator
/// guide and the `Transcript` type of the Contact Lens API: `CustomerMetadata.ContactId`
/// names the contact, `Participants` give each `ParticipantId` its `ParticipantRole`,
/// and `Transcript` segments carry a `ParticipantId` and `Content`. The file holds no
/// caller, agent, queue or start time: those are in the call's contact record (CTR),
/// joined when the run holds it (``ContactLensReader``).
enum ContactLensCall {
  static func contact(_ document: JSONNode, _ record: JSONRecordReader.Record) throws(JSONRecordReader.Refusal) -> Contact {
    guard case .object = document else {
      throw JSONRecordReader.Refusal("not a JSON object: a Contact Lens file is one object per call")
    }
    guard let id = document["CustomerMetadata"]?["ContactId"]?.string, !id.isEmpty else {
      throw JSONRecordReader.Refusal("no CustomerMetadata.ContactId: every Contact Lens file names its contact")
    }
    // Roles by participant id; the ids themselves are AGENT and CUSTOMER in practice.
    var roles: [String: String] = [:]
    for participant in document["Participants"]?.elements ?? [] {
      if let participantID = participant["ParticipantId"]?.string, let role = participant["ParticipantRole"]?.string {
        roles[participantID] = role.uppercased()
      }
    }
    var call = SpeechCall()
    for (position, segment) in (document["Transcript"]?.elements ?? []).enumerated() {
      guard let participant = segment["ParticipantId"]?.string, let text = segment["Content"]?.string else {
        throw JSONRecordReader.Refusal(
          "Transcript segment \(position + 1) of contact \(id) lacks a ParticipantId or Content string")
      }
      switch roles[participant] ?? participant.uppercased() {
      case "AGENT": call.add(.agent, text)
      case "CUSTOMER": call.add(.customer, text)
      case "SYSTEM", "CUSTOM_BOT", "SUPERVISOR": call.add(.system, text)
      default:
        throw JSONRecordReader.Refusal(
          "Transcript segment \(position + 1) of contact \(id) is spoken by \"\(participant)\", "
            + "whom Participants does not name as AGENT or CUSTOMER")
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
