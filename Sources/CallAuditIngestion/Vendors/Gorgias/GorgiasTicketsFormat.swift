/// Gorgias tickets as the REST API returns them (JSON), with their messages.
package enum GorgiasTicketsFormat: FormatDefinition {
  package static let summary =
    "Gorgias tickets (JSON, as the REST API returns them): messages from the customer or an agent"
  package static let detection =
    "JSON holding tickets with from_agent and created_datetime (a ticket, an array, one per line, or a page under data)"

  package static func matches(_ sample: FormatSample) -> Bool {
    guard sample.jsonStart != nil else { return false }
    return sample.contains("\"from_agent\"") && sample.contains("\"created_datetime\"")
  }

  package static func reader(options: IngestionOptions) -> any ContactReader {
    JSONRecordReader(options: options, recordsAt: ["data"], mapping: GorgiasTicket.contact)
  }
}
