/// Zendesk tickets as the Support API writes them (JSON): a page of the incremental
/// ticket export, or a whole-account JSON export with one ticket and its comments per line.
package enum ZendeskJSONFormat: FormatDefinition {
  package static let summary =
    "Zendesk tickets (JSON: incremental ticket export pages, or account exports with comments, one ticket per line)"
  package static let detection =
    "JSON holding tickets with requester_id, submitter_id and via (a page under tickets, an array, or one per line)"

  package static func matches(_ sample: FormatSample) -> Bool {
    guard sample.jsonStart != nil else { return false }
    return sample.contains("\"requester_id\"") && sample.contains("\"submitter_id\"") && sample.contains("\"via\"")
  }

  package static func reader(options: IngestionOptions) -> any ContactReader {
    JSONRecordReader(options: options, recordsAt: ["tickets"], mapping: ZendeskJSONTicket.contact)
  }
}
