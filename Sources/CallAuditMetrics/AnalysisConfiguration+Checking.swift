import CallAuditModel

extension AnalysisConfiguration {
  /// A setting outside what it can be: which one, as the command line and the audit
  /// configuration name it, and what it must be.
  public struct InvalidSetting: Error, CustomStringConvertible, Sendable, Equatable {
    public var setting: Setting
    /// What the setting must be, as the end of a sentence ("between 0 and 1").
    public var requirement: String

    public var description: String { "\(setting.option) must be \(requirement)" }
  }

  /// The settings with a range, by the names users give them.
  public enum Setting: String, Sendable, CaseIterable {
    case repeatWindow, transferGap, scriptThreshold, minimumArmContacts, flaggedLimit, shortCall

    /// The command-line option.
    public var option: String {
      switch self {
      case .repeatWindow: "--repeat-window"
      case .transferGap: "the transfer gap"
      case .scriptThreshold: "--script-threshold"
      case .minimumArmContacts: "--min-contacts"
      case .flaggedLimit: "--flagged-limit"
      case .shortCall: "--short-call"
      }
    }

    /// The key in an audit configuration (docs/cron.md), where there is one.
    public var key: String? {
      switch self {
      case .repeatWindow: "repeat_window"
      case .scriptThreshold: "script_threshold"
      case .minimumArmContacts: "minimum_arm_contacts"
      case .flaggedLimit: "flagged_limit"
      case .transferGap, .shortCall: nil
      }
    }
  }

  /// Stops on the first setting that cannot be: the one check of ranges, which every
  /// initialiser runs.
  func check() throws(InvalidSetting) {
    if repeatWindowSeconds < 1 { throw InvalidSetting(setting: .repeatWindow, requirement: "at least one second") }
    if transferGapSeconds < 0 { throw InvalidSetting(setting: .transferGap, requirement: "0 or more seconds") }
    if !(scriptThreshold >= 0 && scriptThreshold <= 1) {
      throw InvalidSetting(setting: .scriptThreshold, requirement: "between 0 and 1")
    }
    if minimumArmContacts < 1 { throw InvalidSetting(setting: .minimumArmContacts, requirement: "1 or more") }
    if let flaggedLimit, flaggedLimit < 0 { throw InvalidSetting(setting: .flaggedLimit, requirement: "0 or more") }
    if shortCallSeconds < 0 { throw InvalidSetting(setting: .shortCall, requirement: "0 or more seconds") }
  }

  /// The settings in one line, as every report echoes them (`keepContactMeasures` and the
  /// shard sizes change no figure and are left out).
  public var summaryLine: String {
    let codes = resolutionPolicy.nonResolvingCodes == ResolutionPolicy.defaultNonResolvingCodes
      ? "the default non-resolving codes" : "\(resolutionPolicy.nonResolvingCodes.count) non-resolving codes given"
    let scripts = knownScriptLines.count + knownScriptLinesByProvider.values.reduce(0) { $0 + $1.count }
    return "repeat window \(DurationText.text(seconds: repeatWindowSeconds)), transfer gap "
      + "\(DurationText.text(seconds: transferGapSeconds)), script threshold \(scriptThreshold), "
      + "at least \(minimumArmContacts) contacts per arm, margin \(margin), short call \(shortCallSeconds)s, "
      + "\(codes), \(scripts == 0 ? "no known script lines" : "\(scripts) known script lines")"
  }
}

extension AnalysisConfiguration: Codable {
  private enum CodingKeys: String, CodingKey {
    case repeatWindowSeconds = "repeat_window_seconds", transferGapSeconds = "transfer_gap_seconds"
    case scriptThreshold = "script_threshold", knownScriptLines = "known_script_lines"
    case knownScriptLinesByProvider = "known_script_lines_by_provider", minimumArmContacts = "minimum_arm_contacts"
    case marginLow = "margin_low", marginHigh = "margin_high", flaggedLimit = "flagged_limit"
    case keepContactMeasures = "keep_contact_measures", shortCallSeconds = "short_call_seconds"
    case nonResolvingCodes = "non_resolving_codes"
  }

  /// Reads a configuration written by ``encode(to:)`` through the checking initialiser:
  /// one read back from a shard context is held to the same ranges as one typed in.
  public init(from decoder: any Decoder) throws {
    let values = try decoder.container(keyedBy: CodingKeys.self)
    let low = try values.decode(Double.self, forKey: .marginLow), high = try values.decode(Double.self, forKey: .marginHigh)
    guard let margin = PracticalMargin(low: low, high: high) else {
      throw DecodingError.dataCorruptedError(forKey: .marginLow, in: values, debugDescription: "not a margin: \(low)–\(high)")
    }
    do {
      try self.init(
        resolutionPolicy: ResolutionPolicy(nonResolvingCodes: Set(try values.decode([String].self, forKey: .nonResolvingCodes))),
        repeatWindowSeconds: try values.decode(Int64.self, forKey: .repeatWindowSeconds),
        transferGapSeconds: try values.decode(Int64.self, forKey: .transferGapSeconds),
        scriptThreshold: try values.decode(Double.self, forKey: .scriptThreshold),
        knownScriptLines: try values.decode([String].self, forKey: .knownScriptLines),
        minimumArmContacts: try values.decode(Int.self, forKey: .minimumArmContacts),
        margin: margin,
        flaggedLimit: try values.decodeIfPresent(Int.self, forKey: .flaggedLimit),
        keepContactMeasures: try values.decode(Bool.self, forKey: .keepContactMeasures),
        shortCallSeconds: try values.decode(Int.self, forKey: .shortCallSeconds))
    } catch let invalid as InvalidSetting {
      throw DecodingError.dataCorruptedError(forKey: .scriptThreshold, in: values, debugDescription: invalid.description)
    }
    knownScriptLinesByProvider = try values.decode([String: [String]].self, forKey: .knownScriptLinesByProvider)
  }

  public func encode(to encoder: any Encoder) throws {
    var values = encoder.container(keyedBy: CodingKeys.self)
    try values.encode(repeatWindowSeconds, forKey: .repeatWindowSeconds)
    try values.encode(transferGapSeconds, forKey: .transferGapSeconds)
    try values.encode(scriptThreshold, forKey: .scriptThreshold)
    try values.encode(knownScriptLines, forKey: .knownScriptLines)
    try values.encode(knownScriptLinesByProvider, forKey: .knownScriptLinesByProvider)
    try values.encode(minimumArmContacts, forKey: .minimumArmContacts)
    try values.encode(margin.low, forKey: .marginLow)
    try values.encode(margin.high, forKey: .marginHigh)
    try values.encodeIfPresent(flaggedLimit, forKey: .flaggedLimit)
    try values.encode(keepContactMeasures, forKey: .keepContactMeasures)
    try values.encode(shortCallSeconds, forKey: .shortCallSeconds)
    try values.encode(resolutionPolicy.nonResolvingCodes.sorted(), forKey: .nonResolvingCodes)
  }
}
