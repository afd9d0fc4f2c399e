/// Genesys Cloud Speech and Text Analytics transcripts: one conversation per JSON
/// file, as its transcript URL serves it.
package enum GenesysCloudTranscriptFormat: FormatDefinition {
  package static let summary =
    "Genesys Cloud speech and text analytics transcripts (JSON): one conversation per file, its phrases turn by turn"
  package static let detection =
    "a JSON object with a conversationId and transcripts whose phrases carry a participantPurpose"

  package static func matches(_ sample: FormatSample) -> Bool {
    guard sample.jsonStart == UInt8(ascii: "{") else { return false }
    return sample.contains("\"conversationId\"") && sample.contains("\"phrases\"")
      && sample.contains("\"participantPurpose\"")
  }

  package static func reader(options: IngestionOptions) -> any ContactReader {
    JSONRecordReader(options: options, mapping: GenesysCloudTranscript.contact)
  }
}
