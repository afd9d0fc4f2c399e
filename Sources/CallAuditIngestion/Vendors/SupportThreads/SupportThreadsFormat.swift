/// Social-media support threads with one message per row: the layout of the
/// public "Customer Support on Twitter" data set (docs/formats.md).
package enum SupportThreadsFormat: FormatDefinition {
  package static let summary =
    "support threads, one message per row (Customer Support on Twitter layout): each reply chain becomes one contact"
  package static let detection =
    "a header row with tweet_id, author_id, inbound and in_response_to_tweet_id columns"
  package static func matches(_ sample: FormatSample) -> Bool {
    sample.headerContains("tweet_id", "author_id", "inbound", "in_response_to_tweet_id")
  }
  package static func reader(options: IngestionOptions) -> any ContactReader {
    SupportThreadsReader(options: options)
  }
}
