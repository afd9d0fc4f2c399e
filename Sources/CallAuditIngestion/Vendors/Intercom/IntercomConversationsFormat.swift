/// Intercom conversations as the REST API returns them (JSON): one conversation
/// with its `conversation_parts` per record.
package enum IntercomConversationsFormat: FormatDefinition {
  package static let summary =
    "Intercom conversations (JSON, as the REST API returns them): messages with their authors"
  package static let detection =
    "JSON holding conversations with conversation_parts (one per line, in an array, or in a conversation.list)"

  package static func matches(_ sample: FormatSample) -> Bool {
    guard sample.jsonStart != nil else { return false }
    return sample.contains("\"conversation_parts\"")
  }

  package static func reader(options: IngestionOptions) -> any ContactReader {
    JSONRecordReader(options: options, recordsAt: ["conversations"], mapping: IntercomConversation.contact)
  }
}
