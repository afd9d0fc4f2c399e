/// One utterance in a contact's transcript.
public struct Turn: Sendable, Hashable {
  /// Who spoke.
  public var speaker: Speaker
  /// When it was said, if the export records it.
  public var at: Timestamp?
  /// What was said, as exported.
  public var text: String

  /// Creates a turn.
  public init(speaker: Speaker, at: Timestamp? = nil, text: String) {
    self.speaker = speaker
    self.at = at
    self.text = text
  }
}

/// The party behind a turn.
public enum Speaker: String, Sendable, Hashable, CaseIterable {
  /// The provider's (or its vendor's) agent.
  case agent
  /// The customer.
  case customer
  /// An automated message: IVR prompt, bot, status change.
  case system

  /// Parses a speaker label case-insensitively (`Agent`, `customer`, `SYSTEM`).
  public init?(label: some StringProtocol) {
    // As every `<turn speaker=…>` of a canonical XML export spells it, compared as it is.
    // (The same loop as in `Sourcing(label:)` and `ContactStatus(label:)`: one generic helper
    // for the three ran unspecialised from the readers: 20k more instructions per contact.)
    for speaker in Self.allCases where label == speaker.rawValue {
      self = speaker
      return
    }
    switch label.lowercased() {
    case "agent": self = .agent
    case "customer": self = .customer
    case "system": self = .system
    default: return nil
    }
  }
}
