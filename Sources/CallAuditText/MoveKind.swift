/// What a generic support move does (docs/metrics.md, "Scripted").
///
/// Rituals — greeting, closing, verification and record-keeping notes — neither make a
/// contact scripted nor save it; the other kinds are what "only reading the script" is made
/// of when nothing else is said.
public enum MoveKind: String, Sendable, Hashable, CaseIterable, Codable {
  /// Moves the conversation to another channel: "DM us", "call us", "visit our help page".
  case deflect
  /// Hands the problem on or promises a follow-up: "I've passed this to the team".
  case escalate
  /// Holds without an answer: "we're looking into it", "bear with us".
  case hold
  /// Generic troubleshooting any customer with the kind of problem gets: "restart the router".
  case troubleshoot
  /// Apology or empathy: "sorry to hear that".
  case apologise
  /// Asks for details that identify the customer or the case: "what is your account number?".
  case verify
  /// Opening ritual: "Hi there!", "thanks for reaching out".
  case greet
  /// Closing ritual: "let us know if you need anything else", "have a great day".
  case close
  /// Record keeping on a ticket: "Added an attachment", "Updated the priority".
  case note

  /// Greeting, closing, verification and notes: they neither make a contact scripted nor save it.
  public var isRitual: Bool {
    switch self {
    case .greet, .close, .verify, .note: true
    case .deflect, .escalate, .hold, .troubleshoot, .apologise: false
    }
  }

  /// Moves that make the sentence they are in a move whatever else it says; weaker kinds
  /// (apology and the rituals) only when little else is said.
  package var isStrong: Bool {
    switch self {
    case .deflect, .escalate, .hold, .troubleshoot: true
    case .apologise, .verify, .greet, .close, .note: false
    }
  }

  /// The order in which a sentence holding several kinds is named: the strongest first.
  package static let precedence: [MoveKind] = [.deflect, .escalate, .hold, .troubleshoot, .apologise, .verify, .note, .close, .greet]

  /// A bit for kind sets (by declaration order).
  package var bit: UInt16 {
    switch self {
    case .deflect: 1 << 0
    case .escalate: 1 << 1
    case .hold: 1 << 2
    case .troubleshoot: 1 << 3
    case .apologise: 1 << 4
    case .verify: 1 << 5
    case .greet: 1 << 6
    case .close: 1 << 7
    case .note: 1 << 8
    }
  }
}
