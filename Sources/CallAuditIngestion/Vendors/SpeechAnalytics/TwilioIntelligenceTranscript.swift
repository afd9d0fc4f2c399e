import CallAuditModel

/// One Twilio Conversational Intelligence transcript as a contact: one call.
///
/// Twilio serves a call's transcript as two API responses: the Transcript resource
/// (`sid`, `service_sid`, `media_start_time`, `duration`, and `channel.participants[]`
/// giving each audio channel's `channel_participant` number its `role`, `user_id` and
/// `media_participant_id`) and the pages of its Sentence subresource (`media_channel`,
/// `sentence_index`, `start_time` in seconds into the media, `transcript`). callaudit
/// reads the first with the second's `sentences` list added under `sentences`, so
/// each sentence is joined to its participant by `media_channel`. The roles are those
/// of Twilio's "specify participant information" (`Customer`, `Agent`), and the
/// newer participant types (`CUSTOMER`, `HUMAN_AGENT`, `AI_AGENT`): an AI agent
/// speaks as the system, since a bot reads its script by design.
enum TwilioIntelligenceTranscript {
  static func contact(_ document: JSONNode, _ record: JSONRecordReader.Record) throws(JSONRecordReader.Refusal) -> Contact {
    guard case .object = document else {
      throw JSONRecordReader.Refusal("not a JSON object: a Twilio transcript is one Transcript resource with its sentences")
    }
    guard let id = document["sid"]?.string, !id.isEmpty else {
      throw JSONRecordReader.Refusal("no sid: every Twilio Transcript resource names itself")
    }
    guard let sentences = document["sentences"], case .array = sentences else {
      throw JSONRecordReader.Refusal(
        "no sentences array in transcript \(id): save the Transcript resource with its Sentences list under sentences")
    }
    var speakers: [Int: Speaker] = [:]
    var agentID: String?
    var customerID: String?
    for participant in document["channel"]?["participants"]?.elements ?? [] {
      guard let number = participant["channel_participant"]?.scalarText.flatMap({ Int($0) }),
        let speaker = Self.speaker(role: participant["role"]?.string)
      else { continue }
      speakers[number] = speaker
      let userID = participant["user_id"]?.scalarText
      let mediaID = participant["media_participant_id"]?.scalarText
      if speaker == .agent { agentID = agentID ?? userID ?? mediaID }
      if speaker == .customer { customerID = customerID ?? mediaID ?? userID }
    }
    var said: [(index: Int?, speaker: Speaker, seconds: Double?, text: String)] = []
    for (position, sentence) in sentences.elements.enumerated() {
      guard let text = sentence["transcript"]?.string,
        let channel = sentence["media_channel"]?.scalarText.flatMap({ Int($0) })
      else {
        throw JSONRecordReader.Refusal(
          "sentence \(position + 1) of transcript \(id) lacks a transcript string or a media_channel number")
      }
      guard let speaker = speakers[channel] else {
        throw JSONRecordReader.Refusal(
          "sentence \(position + 1) of transcript \(id) is on media_channel \(channel), "
            + "which channel.participants does not give a Customer or Agent role")
      }
      let index = sentence["sentence_index"]?.scalarText.flatMap { Int($0) }
      said.append((index, speaker, sentence["start_time"]?.scalarText.flatMap { Double($0) }, text))
    }
    // Pages saved out of order still read in the transcript's order.
    if said.allSatisfy({ $0.index != nil }) {
      said.sort { ($0.index ?? 0) < ($1.index ?? 0) }
    }
    let start = document["media_start_time"]?.string.flatMap { Timestamp(iso8601: $0) }
    var call = SpeechCall()
    for sentence in said {
      call.add(sentence.speaker, sentence.text, at: Self.time(start, plus: sentence.seconds))
    }
    return Contact(
      id: id, provider: record.provider, site: document["service_sid"]?.string, channel: "call",
      customerID: customerID, agentID: agentID, openedAt: start,
      handleSeconds: document["duration"]?.double.flatMap { SpeechCall.seconds(milliseconds: $0 * 1000) },
      answered: call.agentSpoke ? true : nil, turns: call.turns)
  }

  /// The speaker of a participant's role, as Twilio's two vocabularies name it.
  private static func speaker(role: String?) -> Speaker? {
    switch role?.uppercased() {
    case "CUSTOMER": .customer
    case "AGENT", "HUMAN_AGENT": .agent
    case "AI_AGENT": .system
    default: nil
    }
  }

  /// The media's start moved on by a sentence's offset, when both are known.
  private static func time(_ start: Timestamp?, plus seconds: Double?) -> Timestamp? {
    guard let start, let seconds, seconds >= 0, seconds < 1e9 else { return nil }
    return Timestamp(secondsSinceEpoch: start.secondsSinceEpoch + Int64(seconds))
  }
}
