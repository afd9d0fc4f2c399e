/// Twilio Conversational Intelligence transcripts: the Transcript resource saved
/// with the list of its Sentences, one call per JSON record (docs/formats.md).
package enum TwilioIntelligenceFormat: FormatDefinition {
  package static let summary =
    "Twilio Conversational Intelligence transcripts (JSON): a Transcript resource with its sentences, one call per record"
  package static let detection =
    "JSON holding a Transcript's channel participants (channel_participant) and sentences with a media_channel"

  package static func matches(_ sample: FormatSample) -> Bool {
    guard sample.jsonStart != nil else { return false }
    return sample.contains("\"sentences\"") && sample.contains("\"media_channel\"")
      && sample.contains("\"channel_participant\"")
  }

  package static func reader(options: IngestionOptions) -> any ContactReader {
    JSONRecordReader(options: options, mapping: TwilioIntelligenceTranscript.contact)
  }
}
