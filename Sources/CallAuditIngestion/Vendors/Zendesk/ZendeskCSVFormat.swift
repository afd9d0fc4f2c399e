/// Zendesk's CSV ticket export (one row per ticket, no comments).
package enum ZendeskCSVFormat: FormatDefinition {
  package static let summary = "Zendesk CSV ticket export: one row per ticket with its metrics, no comments"
  package static let detection =
    "a header with Id, Requester, Via and Created at, and one of Zendesk's Group stations, Assignee stations,"
    + " Satisfaction Score or Requester id"
  package static let suppliesText = false

  package static func matches(_ sample: FormatSample) -> Bool {
    let header = sample.headerSignature
    return header.contains("Id", "Requester", "Via", "Created at")
      && header.containsAny("Group stations", "Assignee stations", "Satisfaction Score", "Requester id")
  }

  package static func reader(options: IngestionOptions) -> any ContactReader {
    TicketCSVReader<ZendeskCSVRow>(options: options)
  }
}
