/// The relative frequency of each contact channel.
public struct ChannelMix: Sendable, Hashable {
  /// Weight of phone calls.
  public var call: Double
  /// Weight of web chats.
  public var chat: Double
  /// Weight of e-mail tickets.
  public var email: Double

  /// Creates a mix; weights are relative and need not sum to 1.
  public init(call: Double, chat: Double, email: Double) {
    self.call = call
    self.chat = chat
    self.email = email
  }

  /// 60 % calls, 25 % chats, 15 % e-mails.
  public static let standard = ChannelMix(call: 0.60, chat: 0.25, email: 0.15)
}

/// A generated contact's channel.
enum Channel: Int, CaseIterable, Sendable {
  case call, chat, email

  /// The exported, lower-cased channel name.
  var label: String {
    switch self {
    case .call: "call"
    case .chat: "chat"
    case .email: "email"
    }
  }

  /// Weights in `allCases` order.
  static func weights(_ mix: ChannelMix) -> [Double] { [mix.call, mix.chat, mix.email] }
}
