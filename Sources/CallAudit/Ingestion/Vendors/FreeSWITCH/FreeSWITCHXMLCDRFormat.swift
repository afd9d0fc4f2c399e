import CallAuditText
/// FreeSWITCH `mod_xml_cdr` records: one `<cdr>` document per call leg.
enum FreeSWITCHXMLCDRFormat: FormatDefinition {
  static let summary = "FreeSWITCH mod_xml_cdr call records: one <cdr> per call leg, no transcript"
  static let detection = "root element <cdr> (with <variables> and <callflow> children)"
  static let suppliesText = false
  static func matches(_ sample: FormatSample) -> Bool { sample.xmlRoot == "cdr" }
  static func reader(options: IngestionOptions) -> any ContactReader {
    FreeSWITCHXMLCDRReader(options: options)
  }
}
