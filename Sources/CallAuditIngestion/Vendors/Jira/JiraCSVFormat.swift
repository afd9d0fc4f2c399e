/// Jira's CSV issue export, with English or Spanish headers.
package enum JiraCSVFormat: FormatDefinition {
  package static let summary = "Jira / Jira Service Management CSV export: one issue per row, repeated Comment columns"
  package static let detection = "a header with Issue key and Summary (Spanish: Clave de incidencia and Resumen)"
  package static func matches(_ sample: FormatSample) -> Bool {
    sample.headerContains("issue key", "summary") || sample.headerContains("clave de incidencia", "resumen")
  }
  package static func reader(options: IngestionOptions) -> any ContactReader {
    JiraCSVReader(options: options)
  }
}
