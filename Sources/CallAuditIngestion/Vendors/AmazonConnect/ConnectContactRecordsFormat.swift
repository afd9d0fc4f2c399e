import CallAuditModel

/// Amazon Connect contact records (CTRs) as the contact-record stream delivers them:
/// JSON objects one after another, one per line, or in an array.
package enum ConnectContactRecordsFormat: FormatDefinition {
  package static let summary =
    "Amazon Connect contact records (JSON): caller, agent, queue and times of each call, joined to its Contact Lens file"
  package static let detection =
    "JSON objects with a ContactId and an InitiationTimestamp and no Transcript (one per line, back to back, or in an array)"
  package static let suppliesText = false

  package static func matches(_ sample: FormatSample) -> Bool {
    guard sample.jsonStart != nil else { return false }
    return sample.contains("\"ContactId\"") && sample.contains("\"InitiationTimestamp\"")
      && !sample.contains("\"Transcript\"")
  }

  package static func reader(options: IngestionOptions) -> any ContactReader {
    ConnectContactRecordReader(options: options)
  }
}

/// Reads contact records: each is a call; a call whose Contact Lens file is among the
/// inputs is made a contact by that file (``ConnectContactJoin``), so here it is only
/// counted. Copies of one record, which Connect sends when a contact changes, are
/// versions of one contact: the analysis keeps the one updated last.
struct ConnectContactRecordReader: ContactReader {
  let options: IngestionOptions

  func read(_ stream: ByteStream, into summary: inout InputSummary, emit: (Contact) -> Void) throws(InputError) {
    let join = options.connectContacts
    if let refusal = join?.refusal { throw .notReadable(path: stream.path, reason: refusal) }
    var joined = 0
    let reader = JSONRecordReader(options: options) { node, record throws(JSONRecordReader.Refusal) in
      try ConnectContactRecord(node).contact(provider: record.provider)
    }
    try reader.read(stream, into: &summary) { call in
      if let join, join.isAnalysed(call.id) {
        joined += 1
      } else {
        emit(call)
      }
    }
    if joined > 0 {
      let records = joined == 1 ? "1 contact record was" : "\(joined) contact records were"
      summary.note("\(records) joined to the Contact Lens files of their calls, which hold their words")
    }
  }
}
