import CallAuditModel

/// Reads FreeSWITCH `mod_cdr_csv` records written with the default template:
/// caller_id_name, caller_id_number, destination_number, context, start_stamp,
/// answer_stamp, end_stamp, duration, billsec, hangup_cause, uuid, bleg_uuid,
/// accountcode, read_codec, write_codec — one call leg per row, no header.
///
/// The caller's number is the customer, billsec the handle time of an answered
/// leg, and the answer stamp with the hangup cause says whether it was answered.
/// The template names no answering agent and no transfer.
package struct FreeSWITCHCDRCSVReader: ContactReader {
  package var options: IngestionOptions

  private enum Column {
    static let callerNumber = 1, start = 4, answer = 5, end = 6, billsec = 8, cause = 9, uuid = 10
  }

  package func read(
    _ stream: ByteStream, into summary: inout InputSummary, emit: (Contact) -> Void
  ) throws(InputError) {
    var table = CSVTable(stream: stream, options: options)
    let provider = options.defaultProvider ?? Contact.unspecifiedProvider
    var seen = CallIDRegistry()
    try table.forEachRow(fieldCount: nil, summary: &summary) { record throws(FieldError) in
      guard record.count == 15 else {
        throw FieldError(
          field: nil, value: "", expected: "",
          detail: "a default-template record has 15 fields, this row has \(record.count)")
      }
      guard let id = record.value(Column.uuid) else {
        throw FieldError(field: nil, value: "", expected: "", detail: "the call leg has no uuid")
      }
      if let earlier = seen.register(id, line: record.line) {
        throw CallFieldParsing.duplicate(id, earlierLine: earlier)
      }
      let start = try CallFieldParsing.time(record.value(Column.start), "start_stamp")
      let answer = try CallFieldParsing.optionalTime(record.value(Column.answer), "answer_stamp")
      let end = try CallFieldParsing.optionalTime(record.value(Column.end), "end_stamp")
      let billsec = try CallFieldParsing.seconds(record.value(Column.billsec), "billsec")
      let answered = CallOutcome.freeSWITCHAnswered(
        hasAnswerTime: answer != nil || (billsec ?? 0) > 0, cause: record.value(Column.cause))
      emit(Contact(
        id: id, provider: provider, channel: "call",
        customerID: CallerNumber.normalize(record.value(Column.callerNumber)),
        openedAt: start, closedAt: end, handleSeconds: answered ? billsec : nil, answered: answered))
    }
  }
}
