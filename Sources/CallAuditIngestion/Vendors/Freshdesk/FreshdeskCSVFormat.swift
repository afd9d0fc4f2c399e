/// Freshdesk's ticket export as CSV.
package enum FreshdeskCSVFormat: FormatDefinition {
  package static let summary = "Freshdesk ticket CSV export: one row per ticket, interaction counts but no messages"
  package static let detection =
    "a header with Ticket ID and Freshdesk's Agent interactions, Customer interactions or First response time (in hrs)"
  package static let suppliesText = false

  package static func matches(_ sample: FormatSample) -> Bool {
    let header = sample.headerSignature
    return header.contains("Ticket ID")
      && header.containsAny(
        "Agent interactions", "Customer interactions", "First response time (in hrs)", "Every response status")
  }

  package static func reader(options: IngestionOptions) -> any ContactReader {
    TicketCSVReader<FreshdeskCSVRow>(options: options)
  }
}
