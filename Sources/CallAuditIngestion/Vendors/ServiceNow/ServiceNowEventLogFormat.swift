/// The UCI "Incident management process enriched event log": a ServiceNow
/// audit log with one row per update of an incident, anonymised, without text.
package enum ServiceNowEventLogFormat: FormatDefinition {
  package static let summary =
    "ServiceNow incident event log (UCI layout): one row per update, the last row of each incident is its contact"
  package static let detection = "a header with number, incident_state and sys_mod_count (one row per update)"
  package static let suppliesText = false
  package static func matches(_ sample: FormatSample) -> Bool {
    sample.headerContains("number", "incident_state", "sys_mod_count")
  }
  package static func reader(options: IngestionOptions) -> any ContactReader {
    ServiceNowCSVReader(options: options, eventLog: true)
  }
}
