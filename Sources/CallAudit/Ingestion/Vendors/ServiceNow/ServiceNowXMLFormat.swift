import CallAuditText
/// ServiceNow's XML export of incidents with their journal entries.
enum ServiceNowXMLFormat: FormatDefinition {
  static let summary =
    "ServiceNow XML export: <unload> of <incident> records, comments and work notes joined from <sys_journal_field>"
  static let detection = "root element <unload> (ServiceNow's export format)"
  static func matches(_ sample: FormatSample) -> Bool { sample.xmlRoot == "unload" }
  static func reader(options: IngestionOptions) -> any ContactReader {
    ServiceNowXMLReader(options: options)
  }
}
