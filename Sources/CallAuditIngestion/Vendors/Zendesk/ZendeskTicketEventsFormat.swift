/// Zendesk's incremental ticket event export (JSON): one update of a ticket per
/// record, comments included with `include=comment_events`.
package enum ZendeskTicketEventsFormat: FormatDefinition {
  package static let summary =
    "Zendesk ticket events (JSON, incremental ticket event export with comment_events): updates gathered into tickets"
  package static let detection =
    "JSON holding ticket events with ticket_id and child_events (a page under ticket_events, an array, or one per line)"

  package static func matches(_ sample: FormatSample) -> Bool {
    guard sample.jsonStart != nil else { return false }
    return sample.contains("\"ticket_id\"") && sample.contains("\"child_events\"")
  }

  package static func reader(options: IngestionOptions) -> any ContactReader {
    ZendeskTicketEventsReader(options: options)
  }
}
