/// ServiceNow's XML export of incidents with their journal entries.
package enum ServiceNowXMLFormat: FormatDefinition {
  package static let summary =
    "ServiceNow XML export: <unload> of <incident> records, comments and work notes joined from <sys_journal_field>"
  package static let detection = "root element <unload> (ServiceNow's export format)"
  package static func matches(_ sample: FormatSample) -> Bool { sample.xmlRoot == "unload" }
  package static func reader(options: IngestionOptions) -> any ContactReader {
    ServiceNowXMLReader(options: options)
  }
}
