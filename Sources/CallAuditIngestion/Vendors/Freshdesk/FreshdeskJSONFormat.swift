/// Freshdesk tickets as API v2 returns them (JSON), with their conversations.
package enum FreshdeskJSONFormat: FormatDefinition {
  package static let summary =
    "Freshdesk tickets (JSON, API v2 with include=conversations): the description and public replies"
  package static let detection =
    "JSON holding tickets with requester_id and responder_id (one ticket, an array, or one per line)"

  package static func matches(_ sample: FormatSample) -> Bool {
    guard sample.jsonStart != nil else { return false }
    return sample.contains("\"requester_id\"") && sample.contains("\"responder_id\"")
  }

  package static func reader(options: IngestionOptions) -> any ContactReader {
    JSONRecordReader(options: options, mapping: FreshdeskJSONTicket.contact)
  }
}
