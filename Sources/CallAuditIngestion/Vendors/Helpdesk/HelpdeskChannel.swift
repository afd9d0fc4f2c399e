/// Folds the channel names helpdesks export (`Mail`, `Phone call (incoming)`,
/// `Web Widget`, `Facebook Post`, `Outbound Email`, …) onto a few canonical
/// channels, so that contacts from different tools stratify together.
package enum HelpdeskChannel {
  /// The canonical channel for an exported channel name: `call`, `email`,
  /// `chat`, `sms`, `social`, `web` or `api`; any other name is kept,
  /// lower-cased. `nil` for a blank name.
  package static func canonical(_ label: String?) -> String? {
    guard let label else { return nil }
    let name = label.lowercased()
    let bytes = Array(name.utf8)
    // Order matters: "voicemail" is a call, not mail; "web chat" is chat and
    // "web service" an API, not the web form. The search runs on bytes: this
    // is called once per row, and String's substring search costs far more.
    for (channel, words) in rules where words.contains(where: { bytes.containsUnextended($0) }) {
      return channel
    }
    return name
  }

  private static let rules: [(String, [[UInt8]])] = [
    ("call", ["phone", "call", "voice", "talk"]),
    ("email", ["mail"]),
    ("chat", ["chat", "messaging", "whatsapp", "messenger"]),
    ("sms", ["sms", "text message"]),
    ("social", ["twitter", "facebook", "instagram", "social", "tweet"]),
    ("api", ["api", "web service", "web_service"]),
    ("web", ["web", "form", "portal", "widget", "feedback", "help center", "helpcenter", "forum", "community"]),
  ].map { channel, words in (channel, words.map { Array($0.utf8) }) }
}

extension [UInt8] {
  /// Whether `needle` occurs in the array (a plain scan; both are short here).
  fileprivate func containsUnextended(_ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty, needle.count <= count else { return needle.isEmpty }
    for start in 0...(count - needle.count) where self[start] == needle[0] {
      if self[start..<start + needle.count].elementsEqual(needle) { return true }
    }
    return false
  }
}
