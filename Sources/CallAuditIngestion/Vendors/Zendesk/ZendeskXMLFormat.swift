/// Zendesk's XML export (`tickets.xml` of the full account export).
package enum ZendeskXMLFormat: FormatDefinition {
  package static let summary = "Zendesk XML export: <tickets> of <ticket> with their <comments> as the transcript"
  package static let detection = "root element <tickets> whose tickets carry Zendesk's <nice-id> or <status-id>"

  package static func matches(_ sample: FormatSample) -> Bool {
    // Other trackers (Lighthouse) also write <tickets type="array">; the
    // Zendesk-only field names tell them apart.
    sample.xmlRoot == "tickets" && (sample.contains("<nice-id") || sample.contains("<status-id"))
  }

  package static func reader(options: IngestionOptions) -> any ContactReader {
    ZendeskXMLReader(options: options)
  }
}
