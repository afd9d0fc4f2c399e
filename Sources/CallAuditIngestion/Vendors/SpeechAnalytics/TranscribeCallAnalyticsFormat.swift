/// Amazon Transcribe Call Analytics output: one call per JSON document, its
/// turns in `Transcript` with the speaker's `ParticipantRole` (docs/formats.md).
package enum TranscribeCallAnalyticsFormat: FormatDefinition {
  package static let summary =
    "Amazon Transcribe Call Analytics output (JSON): one call per document, its words turn by turn"
  package static let detection =
    "a JSON object whose Transcript segments carry a ParticipantRole (AGENT, CUSTOMER)"

  package static func matches(_ sample: FormatSample) -> Bool {
    guard sample.jsonStart == UInt8(ascii: "{") else { return false }
    // Contact Lens output also has a Transcript; its participants are named by id.
    return sample.contains("\"Transcript\"") && sample.contains("\"ParticipantRole\"")
      && !sample.contains("\"CustomerMetadata\"")
  }

  package static func reader(options: IngestionOptions) -> any ContactReader {
    JSONRecordReader(options: options, mapping: TranscribeCallAnalyticsCall.contact)
  }
}
