import CallAuditIngestion
import CallAuditModel

/// Generated calls as Amazon Connect delivers them: a Contact Lens analysis file per
/// call and a contact record (CTR) per call, laid out as Connect writes them to S3.
///
/// Follows the same documents as the readers (`docs/formats.md`, "Amazon Connect
/// Contact Lens" and "Amazon Connect contact records"). What the two carry of a call
/// is ``asDelivered(_:)``: reading the export gives back exactly that.
public enum ConnectExport {
  /// The call as Contact Lens and its contact record carry it: no category, status,
  /// resolution, escalation or survey; a caller number for the customer; a transfer as
  /// a yes or no; a speaker's consecutive turns as one (speech analytics splits talk by
  /// speaker, not by sentence), without times.
  public static func asDelivered(_ contact: Contact) -> Contact {
    // Joined as the readers join a speech product's segments.
    var call = SpeechCall()
    for turn in contact.turns { call.add(turn.speaker, turn.text) }
    let end = disconnected(contact)
    return Contact(
      id: contact.id, provider: contact.provider, site: contact.site, sourcing: contact.sourcing, channel: "call",
      customerID: contact.customerID.map(caller), agentID: contact.agentID, openedAt: contact.openedAt,
      closedAt: end, updatedAt: end, transfers: (contact.transfers ?? 0) > 0 ? 1 : 0,
      handleSeconds: contact.handleSeconds, answered: contact.agentID != nil, turns: call.turns)
  }

  /// Where Contact Lens puts the call's analysis: `Analysis/Voice/YYYY/MM/DD/<id>_analysis_<time>.json`.
  public static func analysisPath(_ contact: Contact) -> String {
    let end = disconnected(contact)?.iso8601 ?? "1970-01-01T00:00:00Z"
    return "Analysis/Voice/\(datePath(end))/\(contact.id)_analysis_\(end).json"
  }

  /// Where the contact records of the call's day go: one file a day, a record a line.
  public static func recordsPath(_ contact: Contact) -> String {
    let start = contact.openedAt?.iso8601 ?? "1970-01-01T00:00:00Z"
    return "ctr/\(datePath(start))/connect-ctr-\(start.prefix(10)).json"
  }

  /// The Contact Lens analysis file of a call.
  public static func analysisFile(_ contact: Contact) -> String {
    let call = asDelivered(contact)
    var out = #"{"Version":"1.1.0","AccountId":"000000000000","Channel":"VOICE","ContentMetadata":{"Output":"Raw"},"#
    out += #""JobStatus":"COMPLETED","LanguageCode":"en-US","CustomerMetadata":{"ContactId":"#
    JSONString.write(call.id, to: &out)
    out += #","InstanceId":"11111111-2222-3333-4444-555555555555"},"Participants":["#
    out += #"{"ParticipantId":"CUSTOMER","ParticipantRole":"CUSTOMER"},{"ParticipantId":"AGENT","ParticipantRole":"AGENT"}"#
    if call.turns.contains(where: { $0.speaker == .system }) {
      out += #",{"ParticipantId":"SYSTEM","ParticipantRole":"SYSTEM"}"#
    }
    let millis = (call.handleSeconds ?? 0) * 1000
    out += #"],"Categories":{"MatchedCategories":[],"MatchedDetails":{}},"#
    out += #""ConversationCharacteristics":{"TotalConversationDurationMillis":\#(millis)},"Transcript":["#
    // Offsets spread the turns evenly over the call: Contact Lens requires them, callaudit does not read them.
    let step = call.turns.isEmpty ? 0 : millis / call.turns.count
    for (index, turn) in call.turns.enumerated() {
      if index > 0 { out += "," }
      let speaker = turn.speaker == .agent ? "AGENT" : turn.speaker == .customer ? "CUSTOMER" : "SYSTEM"
      out += #"{"BeginOffsetMillis":\#(index * step),"EndOffsetMillis":\#((index + 1) * step),"#
      out += #""Id":"s\#(index + 1)","ParticipantId":"\#(speaker)","Sentiment":"NEUTRAL","Content":"#
      JSONString.write(turn.text, to: &out)
      out += "}"
    }
    out += "]}\n"
    return out
  }

  /// The call's contact record, on one line.
  public static func contactRecord(_ contact: Contact) -> String {
    let call = asDelivered(contact)
    var out = #"{"AWSAccountId":"000000000000","AWSContactTraceRecordFormatVersion":"2017-03-10","ContactId":"#
    JSONString.write(call.id, to: &out)
    out += #","Channel":"VOICE","InitiationMethod":"INBOUND""#
    member("InitiationTimestamp", call.openedAt?.iso8601, &out)
    member("DisconnectTimestamp", call.closedAt?.iso8601, &out)
    member("LastUpdateTimestamp", call.updatedAt?.iso8601, &out)
    out += #","CustomerEndpoint":"#
    if let caller = call.customerID {
      out += #"{"Address":"#
      JSONString.write(caller, to: &out)
      out += #","Type":"TELEPHONE_NUMBER"}"#
    } else {
      out += "null"
    }
    out += #","Agent":"#
    if let agent = call.agentID {
      out += #"{"Username":"#
      JSONString.write(agent, to: &out)
      out += call.handleSeconds.map { #","AgentInteractionDuration":\#($0)"# } ?? ""
      out += "}"
    } else {
      out += "null"
    }
    out += #","Queue":"#
    if let site = call.site {
      out += #"{"Name":"#
      JSONString.write(site, to: &out)
      out += "}"
    } else {
      out += "null"
    }
    member("TransferCompletedTimestamp", call.transfers == 1 ? call.closedAt?.iso8601 : nil, &out)
    out += "}\n"
    return out
  }

  /// A telephone number standing for a customer id: its digits after `+1555`.
  static func caller(_ customerID: String) -> String {
    "+1555" + String(customerID.unicodeScalars.filter { ("0"..."9").contains($0) }.map(Character.init))
  }

  /// When the call ended: its start and its handling time.
  private static func disconnected(_ contact: Contact) -> Timestamp? {
    guard let start = contact.openedAt else { return nil }
    return Timestamp(secondsSinceEpoch: start.secondsSinceEpoch + Int64(contact.handleSeconds ?? 0))
  }

  private static func datePath(_ iso8601: String) -> String {
    "\(iso8601.prefix(4))/\(iso8601.dropFirst(5).prefix(2))/\(iso8601.dropFirst(8).prefix(2))"
  }

  private static func member(_ key: String, _ value: String?, _ out: inout String) {
    out += ",\"\(key)\":"
    if let value { JSONString.write(value, to: &out) } else { out += "null" }
  }
}
