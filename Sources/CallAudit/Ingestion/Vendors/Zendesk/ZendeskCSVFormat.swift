import CallAuditText
/// Zendesk's CSV ticket export (one row per ticket, no comments).
enum ZendeskCSVFormat: FormatDefinition {
  static let summary = "Zendesk CSV ticket export: one row per ticket with its metrics, no comments"
  static let detection =
    "a header with Id, Requester, Via and Created at, and one of Zendesk's Group stations, Assignee stations,"
    + " Satisfaction Score or Requester id"
  static let suppliesText = false

  static func matches(_ sample: FormatSample) -> Bool {
    let header = HelpdeskHeaderSignature(sample)
    return header.contains("Id", "Requester", "Via", "Created at")
      && header.containsAny("Group stations", "Assignee stations", "Satisfaction Score", "Requester id")
  }

  static func reader(options: IngestionOptions) -> any ContactReader {
    TicketCSVReader<ZendeskCSVRow>(options: options)
  }
}
