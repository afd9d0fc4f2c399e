/// Asterisk's `cdr_csv` module output (Master.csv, no header).
package enum AsteriskCDRCSVFormat: FormatDefinition {
  package static let summary = "Asterisk cdr_csv call records (Master.csv): one row per call, no transcript"
  package static let detection =
    "no header; 16, 17, 18 or 21 fields, a date-time in field 10 (start) and ANSWERED, NO ANSWER, BUSY, FAILED or CONGESTION in field 15"
  package static let suppliesText = false
  private static let shape = CallRecordShape(
    fieldCounts: AsteriskCDRLayout.cdrCSVFieldCounts, startColumn: 9, outcomeColumn: 14,
    outcomes: CallOutcome.asteriskDispositions)
  package static func matches(_ sample: FormatSample) -> Bool { shape.matches(sample) }
  package static func reader(options: IngestionOptions) -> any ContactReader {
    AsteriskCDRReader(options: options, layout: nil)
  }
}

/// Asterisk's `cdr_custom` module output with the stock template (no header).
package enum AsteriskCDRCustomFormat: FormatDefinition {
  package static let summary = "Asterisk cdr_custom call records, stock template (clid first): one row per call, no transcript"
  package static let detection =
    "no header; 19 fields, a date-time in field 9 (start) and an Asterisk disposition in field 14"
  package static let suppliesText = false
  private static let shape = CallRecordShape(
    fieldCounts: [19], startColumn: 8, outcomeColumn: 13, outcomes: CallOutcome.asteriskDispositions)
  package static func matches(_ sample: FormatSample) -> Bool { shape.matches(sample) }
  package static func reader(options: IngestionOptions) -> any ContactReader {
    AsteriskCDRReader(options: options, layout: .cdrCustom)
  }
}
