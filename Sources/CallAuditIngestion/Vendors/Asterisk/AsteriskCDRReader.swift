import CallAuditModel

/// Reads Asterisk call detail records written by `cdr_csv` or by `cdr_custom`
/// with the stock template: one call (one CDR) per row, no header, no text.
///
/// Each row becomes a `call` contact: the caller's number is the customer (so
/// the repeat detector finds callers who ring again), the endpoint of the
/// destination channel is the agent, billable seconds are the handle time of an
/// answered call, and the disposition says whether it was answered. A call
/// passed on to another phone appears as a new CDR for the same caller with
/// another destination channel, which the repeat detector counts as a transfer.
package struct AsteriskCDRReader: ContactReader {
  package var options: IngestionOptions
  /// The fixed layout, or `nil` for `cdr_csv`, whose layout follows each row's field count.
  package var layout: AsteriskCDRLayout?

  package func read(
    _ stream: ByteStream, into summary: inout InputSummary, emit: (Contact) -> Void
  ) throws(InputError) {
    var table = CSVTable(stream: stream, options: options)
    let provider = options.defaultProvider ?? Contact.unspecifiedProvider
    var seen = CallIDRegistry()
    let fixed = layout
    try table.forEachRow(fieldCount: nil, summary: &summary) { record throws(FieldError) in
      let layout: AsteriskCDRLayout
      if let fixed {
        guard record.count == 19 else { throw Self.wrongCount(record.count, expected: "19") }
        layout = fixed
      } else {
        guard AsteriskCDRLayout.cdrCSVFieldCounts.contains(record.count) else {
          throw Self.wrongCount(record.count, expected: "16, 17, 18 or 21")
        }
        layout = .cdrCSV(fieldCount: record.count)
      }
      emit(try Self.contact(record, layout: layout, provider: provider, seen: &seen))
    }
  }

  private static func wrongCount(_ count: Int, expected: String) -> FieldError {
    FieldError(
      field: nil, value: "", expected: "",
      detail: "a call record has \(expected) fields in this layout, this row has \(count)")
  }

  private static func contact(
    _ record: CSVRecord, layout: AsteriskCDRLayout, provider: String, seen: inout CallIDRegistry
  ) throws(FieldError) -> Contact {
    let disposition = record.value(layout.disposition) ?? ""
    guard let answered = CallOutcome.asteriskAnswered(disposition) else {
      throw FieldError(
        field: nil, value: disposition, expected: "",
        detail: "disposition '\(disposition)' is not ANSWERED, NO ANSWER, BUSY, FAILED or CONGESTION")
    }
    let start = try CallFieldParsing.time(record.value(layout.start), "start")
    let end = try CallFieldParsing.optionalTime(record.value(layout.end), "end")
    _ = try CallFieldParsing.optionalTime(record.value(layout.answer), "answer")
    let billable = try CallFieldParsing.seconds(record.value(layout.billableSeconds), "billsec")
    // A record without a unique id (loguniqueid off) is named by its line.
    var id = record.value(layout.uniqueID) ?? "line-\(record.line)"
    if let sequence = record.value(layout.sequence) {
      // One channel may log several CDRs (after a transfer), told apart by sequence.
      if let earlier = seen.register(id + "#" + sequence, line: record.line) {
        throw CallFieldParsing.duplicate(id, earlierLine: earlier)
      }
      if seen.register(id, line: record.line) != nil { id += "#" + sequence }
    } else if let earlier = seen.register(id, line: record.line) {
      throw CallFieldParsing.duplicate(id, earlierLine: earlier)
    }
    let caller = CallerNumber.normalize(record.value(layout.source))
      ?? CallerNumber.fromCallerID(record.value(layout.callerID))
    return Contact(
      id: id, provider: provider, channel: "call", customerID: caller,
      agentID: answered ? AsteriskChannel.endpoint(record.value(layout.destinationChannel)) : nil,
      openedAt: start, closedAt: end, handleSeconds: answered ? billable : nil, answered: answered)
  }
}
