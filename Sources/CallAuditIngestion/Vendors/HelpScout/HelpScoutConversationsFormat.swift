/// Help Scout conversations as Mailbox API 2.0 returns them with their threads
/// embedded (`embed=threads`).
package enum HelpScoutConversationsFormat: FormatDefinition {
  package static let summary =
    "Help Scout conversations (JSON, Mailbox API 2.0 with embedded threads): messages with their authors"
  package static let detection =
    "JSON holding conversations with a mailboxId and _embedded threads (a page of the list, an array, or one per line)"

  package static func matches(_ sample: FormatSample) -> Bool {
    guard sample.jsonStart != nil else { return false }
    return sample.contains("\"_embedded\"") && sample.contains("\"threads\"") && sample.contains("\"mailboxId\"")
  }

  package static func reader(options: IngestionOptions) -> any ContactReader {
    JSONRecordReader(options: options, recordsAt: ["_embedded", "conversations"], mapping: HelpScoutConversation.contact)
  }
}
