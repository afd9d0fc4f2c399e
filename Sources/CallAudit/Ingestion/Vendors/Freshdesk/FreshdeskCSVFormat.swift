import CallAuditText
/// Freshdesk's ticket export as CSV.
enum FreshdeskCSVFormat: FormatDefinition {
  static let summary = "Freshdesk ticket CSV export: one row per ticket, interaction counts but no messages"
  static let detection =
    "a header with Ticket ID and Freshdesk's Agent interactions, Customer interactions or First response time (in hrs)"
  static let suppliesText = false

  static func matches(_ sample: FormatSample) -> Bool {
    let header = HelpdeskHeaderSignature(sample)
    return header.contains("Ticket ID")
      && header.containsAny(
        "Agent interactions", "Customer interactions", "First response time (in hrs)", "Every response status")
  }

  static func reader(options: IngestionOptions) -> any ContactReader {
    TicketCSVReader<FreshdeskCSVRow>(options: options)
  }
}
