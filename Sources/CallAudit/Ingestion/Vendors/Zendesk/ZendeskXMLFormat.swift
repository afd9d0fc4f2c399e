import CallAuditText
/// Zendesk's XML export (`tickets.xml` of the full account export).
enum ZendeskXMLFormat: FormatDefinition {
  static let summary = "Zendesk XML export: <tickets> of <ticket> with their <comments> as the transcript"
  static let detection = "root element <tickets> whose tickets carry Zendesk's <nice-id> or <status-id>"

  static func matches(_ sample: FormatSample) -> Bool {
    // Other trackers (Lighthouse) also write <tickets type="array">; the
    // Zendesk-only field names tell them apart.
    sample.xmlRoot == "tickets" && (sample.contains("<nice-id") || sample.contains("<status-id"))
  }

  static func reader(options: IngestionOptions) -> any ContactReader {
    ZendeskXMLReader(options: options)
  }
}
