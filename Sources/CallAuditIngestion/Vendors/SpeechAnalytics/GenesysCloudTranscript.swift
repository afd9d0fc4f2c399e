import CallAuditModel

/// One Genesys Cloud transcript file as a contact: one conversation.
///
/// Follows the transcript schema of "Transcript URL" in the Genesys Cloud developer
/// center (Speech and Text Analytics): `conversationId`, `mediaType`,
/// `conversationStartTime` (milliseconds since 1970), `duration.milliseconds`,
/// `transcripts[].phrases[]` with `text`, `participantPurpose` and `startTimeMs`, and
/// `participants[]` with each party's purpose, `userId`, `queueId` and time on the call.
/// A phrase is `external` (the customer) or `internal`: the agent, or the IVR, ACD or
/// voicemail the call passed through ("Work with a voice transcript", Genesys Cloud
/// resource center). An internal phrase said while only machines were on the
/// organisation's side is a system turn: a prompt reads its script by design.
enum GenesysCloudTranscript {
  /// Genesys Cloud participant purposes that are machines, not people.
  static let machinePurposes: Set<String> = [
    "ivr", "acd", "voicemail", "fax", "workflow", "botflow", "dialer", "campaign",
  ]

  static func contact(_ document: JSONNode, _ record: JSONRecordReader.Record) throws(JSONRecordReader.Refusal) -> Contact {
    guard case .object = document else {
      throw JSONRecordReader.Refusal("not a JSON object: a Genesys Cloud transcript file is one object per conversation")
    }
    guard let id = document["conversationId"]?.string, !id.isEmpty else {
      throw JSONRecordReader.Refusal("no conversationId: every Genesys Cloud transcript names its conversation")
    }
    guard let transcripts = document["transcripts"], case .array = transcripts else {
      throw JSONRecordReader.Refusal("no transcripts array in conversation \(id)")
    }
    let parties = Parties(document["participants"]?.elements ?? [])
    var phrases: [(milliseconds: Double?, speaker: Speaker, text: String)] = []
    for phrase in transcripts.elements.flatMap({ $0["phrases"]?.elements ?? [] }) {
      let number = phrases.count + 1
      guard let text = phrase["text"]?.string, let purpose = phrase["participantPurpose"]?.string else {
        throw JSONRecordReader.Refusal("phrase \(number) of conversation \(id) lacks a text or participantPurpose string")
      }
      let milliseconds = phrase["startTimeMs"]?.double
      let speaker: Speaker
      switch purpose.lowercased() {
      case "external", "customer": speaker = .customer
      case "internal", "agent", "user": speaker = parties.onlyMachines(at: milliseconds) ? .system : .agent
      case let machine where machinePurposes.contains(machine): speaker = .system
      default:
        throw JSONRecordReader.Refusal(
          "phrase \(number) of conversation \(id) has participantPurpose \"\(purpose)\", "
            + "not external, internal or a machine's (ivr, acd, voicemail…)")
      }
      phrases.append((milliseconds, speaker, text))
    }
    // Several transcripts of one call interleave in time; untimed phrases keep the file's order.
    if phrases.allSatisfy({ $0.milliseconds != nil }) {
      phrases = phrases.enumerated().sorted { a, b in
        (a.element.milliseconds ?? 0, a.offset) < (b.element.milliseconds ?? 0, b.offset)
      }.map(\.element)
    }
    var call = SpeechCall()
    for phrase in phrases {
      call.add(phrase.speaker, phrase.text, at: SpeechCall.time(milliseconds: phrase.milliseconds))
    }
    let opened =
      SpeechCall.time(milliseconds: document["conversationStartTime"]?.double)
      ?? SpeechCall.time(milliseconds: document["startTime"]?.double) ?? call.turns.first?.at
    var contact = Contact(
      id: id, provider: record.provider, site: parties.queueID, channel: Self.channel(document["mediaType"]?.string),
      customerID: parties.customerID, agentID: parties.agentID, openedAt: opened,
      handleSeconds: SpeechCall.seconds(milliseconds: document["duration"]?["milliseconds"]?.double),
      answered: call.agentSpoke ? true : nil, turns: call.turns)
    contact.vendorLabels = labels(transcripts.elements.compactMap { $0["analytics"] })
    return contact
  }

  /// What Genesys's speech analytics said of the call, as evidence: the topics it
  /// spotted (`analytics.topics[].topicName`) and the mean sentiment of the
  /// customer's scored phrases (`analytics.sentiment[]`, −1 to 1).
  private static func labels(_ analytics: [JSONNode]) -> [String] {
    var topics: [String] = []
    var scores: [Double] = []
    for part in analytics {
      for topic in part["topics"]?.elements ?? [] {
        if let name = topic["topicName"]?.string, !topics.contains(name) { topics.append(name) }
      }
      for phrase in part["sentiment"]?.elements ?? [] where phrase["participant"]?.string == "external" {
        if let score = phrase["sentiment"]?.double { scores.append(score) }
      }
    }
    var labels: [String] = []
    if !topics.isEmpty { labels.append("topics: " + topics.joined(separator: ", ")) }
    if !scores.isEmpty {
      let mean = scores.reduce(0, +) / Double(scores.count)
      let phrases = scores.count == 1 ? "1 phrase" : "\(scores.count) phrases"
      labels.append("customer sentiment (−1 to 1): \(DecimalText.fixed(mean, places: 2)) over \(phrases)")
    }
    return labels
  }

  /// `call` for voice (`call`, `callback`), other media types lower-cased as exported.
  private static func channel(_ mediaType: String?) -> String? {
    switch mediaType?.lowercased() {
    case nil: nil
    case "call", "callback": "call"
    case let other?: other
    }
  }

  /// What `participants[]` says of the parties: the agent, the queue, the caller,
  /// and when the organisation's side was only machines.
  struct Parties {
    var agentID: String?
    var queueID: String?
    var customerID: String?
    /// The organisation's parties' times on the call, machine or person.
    var spans: [(machine: Bool, from: Double, to: Double)] = []

    init(_ participants: [JSONNode]) {
      var acdQueue: String?
      for participant in participants {
        let purpose = participant["participantPurpose"]?.string?.lowercased() ?? ""
        switch purpose {
        case "customer", "external":
          // The caller's number is the ANI of an inbound call and the DNIS of an outbound one.
          let outbound = participant["initialDirection"]?.string?.lowercased() == "outbound"
          customerID = customerID ?? participant[outbound ? "dnis" : "ani"]?.string
          continue
        case "agent", "user":
          agentID = agentID ?? participant["userId"]?.string
          queueID = queueID ?? participant["queueId"]?.string
        case "acd":
          acdQueue = acdQueue ?? participant["queueId"]?.string
        default: break
        }
        if let from = participant["startTimeMs"]?.double, let to = participant["endTimeMs"]?.double {
          spans.append((GenesysCloudTranscript.machinePurposes.contains(purpose), from, to))
        }
      }
      queueID = queueID ?? acdQueue
    }

    /// Whether only machines (IVR, ACD, voicemail…) were on the organisation's side then.
    func onlyMachines(at milliseconds: Double?) -> Bool {
      guard let milliseconds else { return false }
      let present = spans.filter { $0.from <= milliseconds && milliseconds < $0.to }
      return !present.isEmpty && present.allSatisfy(\.machine)
    }
  }
}
