/// FreeSWITCH `mod_cdr_csv` output with the default template (no header).
package enum FreeSWITCHCDRCSVFormat: FormatDefinition {
  package static let summary = "FreeSWITCH mod_cdr_csv call records, default template: one row per call leg, no transcript"
  package static let detection =
    "no header; 15 fields, a date-time in field 5 (start_stamp) and a FreeSWITCH hangup cause (NORMAL_CLEARING, ORIGINATOR_CANCEL, …) in field 10"
  package static let suppliesText = false
  private static let shape = CallRecordShape(
    fieldCounts: [15], startColumn: 4, outcomeColumn: 9, outcomes: CallOutcome.freeSWITCHCauses)
  package static func matches(_ sample: FormatSample) -> Bool { shape.matches(sample) }
  package static func reader(options: IngestionOptions) -> any ContactReader {
    FreeSWITCHCDRCSVReader(options: options)
  }
}
