/// FreeSWITCH `mod_xml_cdr` records: one `<cdr>` document per call leg.
package enum FreeSWITCHXMLCDRFormat: FormatDefinition {
  package static let summary = "FreeSWITCH mod_xml_cdr call records: one <cdr> per call leg, no transcript"
  package static let detection = "root element <cdr> (with <variables> and <callflow> children)"
  package static let suppliesText = false
  package static func matches(_ sample: FormatSample) -> Bool { sample.xmlRoot == "cdr" }
  package static func reader(options: IngestionOptions) -> any ContactReader {
    FreeSWITCHXMLCDRReader(options: options)
  }
}
