import CallAuditModel

/// Everything that determines a generated data set: the same configuration
/// always produces byte-identical output.
public struct GeneratorConfiguration: Sendable, Hashable {
  /// The seed every random choice derives from.
  public var seed: UInt64
  /// The exact number of contacts to produce (over all providers).
  public var contacts: Int
  /// The providers, with their scenarios, shares and sites.
  public var providers: [ProviderSpec]
  /// The start of the covered period (contacts open at or after it).
  public var start: Timestamp
  /// The length of the covered period in days; every contact opens before its end.
  public var spanDays: Int
  /// How contacts divide between calls, chats and e-mails.
  public var channelMix: ChannelMix

  /// 2025-03-01T00:00:00Z, the default start.
  public static let defaultStart = Timestamp(secondsSinceEpoch: 1_740_787_200)

  /// Creates a configuration; the defaults give the four standard providers,
  /// 20 000 contacts over 60 days from 1 March 2025.
  public init(
    seed: UInt64 = 1,
    contacts: Int = 20_000,
    providers: [ProviderSpec] = ProviderSpec.defaults,
    start: Timestamp = GeneratorConfiguration.defaultStart,
    spanDays: Int = 60,
    channelMix: ChannelMix = .standard
  ) {
    self.seed = seed
    self.contacts = contacts
    self.providers = providers
    self.start = start
    self.spanDays = spanDays
    self.channelMix = channelMix
  }

  /// A configuration with the single standard provider for `scenario`.
  public static func single(
    _ scenario: GeneratorScenario, seed: UInt64 = 1, contacts: Int = 20_000
  ) -> GeneratorConfiguration {
    GeneratorConfiguration(seed: seed, contacts: contacts, providers: [ProviderSpec.standard(for: scenario)])
  }

  /// The instant after the covered period.
  public var end: Timestamp {
    Timestamp(secondsSinceEpoch: start.secondsSinceEpoch + Int64(spanDays) * 86_400)
  }

  /// Checks the configuration can be generated.
  /// - Throws: ``GeneratorConfigurationError`` naming the first problem found.
  public func validate() throws(GeneratorConfigurationError) {
    guard contacts >= 0 else { throw .invalid("the contact count must be 0 or more, not \(contacts)") }
    guard (1...3650).contains(spanDays) else { throw .invalid("the span must be 1 to 3650 days, not \(spanDays)") }
    guard !providers.isEmpty else { throw .invalid("at least one provider is needed") }
    let weights = [channelMix.call, channelMix.chat, channelMix.email]
    guard weights.allSatisfy({ $0 >= 0 && $0.isFinite }), weights.reduce(0, +) > 0 else {
      throw .invalid("channel weights must be finite, 0 or more, and not all 0")
    }
    var names: [String] = []
    for provider in providers {
      guard !provider.name.isEmpty, !names.contains(provider.name) else {
        throw .invalid("provider names must be non-empty and distinct ('\(provider.name)')")
      }
      names.append(provider.name)
      guard provider.share > 0, provider.share.isFinite else {
        throw .invalid("provider '\(provider.name)' needs a positive share")
      }
      guard provider.sites.allSatisfy({ $0.sourcing != .unknown && !$0.name.isEmpty }) else {
        throw .invalid("every site of '\(provider.name)' needs a name and in-house or outsourced sourcing")
      }
      guard provider.sites.contains(where: { $0.sourcing == .inHouse }) else {
        throw .invalid("provider '\(provider.name)' needs an in-house site")
      }
      if provider.scenario != .noOutsourcing, !provider.sites.contains(where: { $0.sourcing == .outsourced }) {
        throw .invalid("provider '\(provider.name)' (\(provider.scenario.rawValue)) needs an outsourced site")
      }
    }
  }
}

/// Why a ``GeneratorConfiguration`` cannot be generated.
public enum GeneratorConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
  /// A setting is out of range; the text says which.
  case invalid(String)

  public var description: String {
    switch self {
    case .invalid(let reason): "invalid generator configuration: \(reason)"
    }
  }
}
