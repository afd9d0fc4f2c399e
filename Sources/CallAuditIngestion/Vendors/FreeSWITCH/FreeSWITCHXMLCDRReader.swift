import CallAuditModel

/// Reads FreeSWITCH `mod_xml_cdr` records: `<cdr core-uuid>` holding
/// `<channel_data>`, `<variables>` (values percent-encoded), `<app_log>` and one
/// or more `<callflow>` elements, newest first, each with a `<caller_profile>`
/// and `<times>` in microseconds since the epoch (0 = never).
///
/// `mod_xml_cdr` writes one file per call leg; a document wrapping several
/// `<cdr>` elements is read too. Each becomes a `call` contact:
/// - the caller is the oldest callflow's `caller_id_number` (before the dialplan
///   rewrote it), so repeat callers are found;
/// - answered when the leg has an answer time and a hangup cause an answered
///   call can have; `billsec` is the handle time of an answered leg;
/// - transfers are the callflows left by a transfer *after* the call was
///   answered — a transfer before the answer is dialplan routing, not a hand-off;
/// - the agent is the party the newest callflow connected the call to.
package struct FreeSWITCHXMLCDRReader: ContactReader {
  package var options: IngestionOptions

  package func read(
    _ stream: ByteStream, into summary: inout InputSummary, emit: (Contact) -> Void
  ) throws(InputError) {
    let provider = options.defaultProvider ?? Contact.unspecifiedProvider
    var seen = CallIDRegistry()
    let records = XMLRecordReader(
      isRecord: { path in path.last == "cdr" && path.count <= 2 }, textLimit: options.maximumRecordBytes)
    try records.read(stream, into: &summary) { cdr throws(FieldError) in
      emit(try Self.contact(cdr, provider: provider, seen: &seen))
    }
  }

  private static func contact(
    _ cdr: XMLElementNode, provider: String, seen: inout CallIDRegistry
  ) throws(FieldError) -> Contact {
    let variables = cdr.child("variables")
    func variable(_ name: String) -> String? {
      variables?.value(name).map(URLPercentDecoding.decode)
    }
    let callflows = cdr.children("callflow")
    let newest = callflows.first?.child("caller_profile")
    let oldest = callflows.last?.child("caller_profile")
    guard let id = variable("uuid") ?? newest?.value("uuid") else {
      throw FieldError(field: nil, value: "", expected: "", detail: "the call record has no uuid")
    }
    if let earlier = seen.register(id, line: cdr.line) {
      throw CallFieldParsing.duplicate(id, earlierLine: earlier)
    }
    let answerMicros = micros(variable("answer_uepoch")) ?? micros(callflows.first?.descendant("times")?.value("answered_time"))
    guard let start = seconds(variable("start_epoch")) ?? micros(callflows.last?.descendant("times")?.value("created_time")).map(fromMicros)
    else {
      throw FieldError(
        field: nil, value: "", expected: "", detail: "the call record has no start time (start_epoch or created_time)")
    }
    let end = seconds(variable("end_epoch")) ?? micros(callflows.first?.descendant("times")?.value("hangup_time")).map(fromMicros)
    let billsec = try CallFieldParsing.seconds(variable("billsec"), "billsec")
    let answered = CallOutcome.freeSWITCHAnswered(
      hasAnswerTime: answerMicros != nil || seconds(variable("answer_epoch")) != nil, cause: variable("hangup_cause"))
    var transfers = 0
    if let answerMicros {
      for flow in callflows {
        if let moved = micros(flow.descendant("times")?.value("transfer_time")), moved >= answerMicros { transfers += 1 }
      }
    }
    let caller = CallerNumber.normalize(oldest?.value("caller_id_number") ?? variable("caller_id_number"))
    let agent = answered ? (newest?.value("callee_id_number") ?? newest?.value("destination_number")) : nil
    return Contact(
      id: id, provider: provider, channel: "call", customerID: caller, agentID: agent,
      openedAt: start, closedAt: end, transfers: transfers, handleSeconds: answered ? billsec : nil,
      answered: answered)
  }

  /// A positive count of microseconds; 0 means "never".
  private static func micros(_ text: String?) -> Int64? {
    guard let text, let value = Int64(text), value > 0 else { return nil }
    return value
  }

  /// Epoch seconds as a timestamp; 0 means "never".
  private static func seconds(_ text: String?) -> Timestamp? {
    guard let text, let value = Int64(text), value > 0 else { return nil }
    return Timestamp(secondsSinceEpoch: value)
  }

  private static func fromMicros(_ value: Int64) -> Timestamp {
    Timestamp(secondsSinceEpoch: value / 1_000_000)
  }
}
