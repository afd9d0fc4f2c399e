import CallAuditModel

extension AnalysisConfiguration {
  /// The settings a shard stage's output depends on, by the option that sets them, as text.
  ///
  /// `shard normalize` records them in each input's state, `shard context` in the context,
  /// `shard measure` in each partial report; every later stage compares its own with them and
  /// stops on a difference (``ShardStages/Failure/settingsDiffer(stage:option:given:recorded:)``),
  /// instead of labelling figures measured one way with another's settings.
  public var stageSettings: [String: String] {
    // Every code takes part in the comparison: a long list is shown as its count and a hash.
    let codes = resolutionPolicy.nonResolvingCodes.sorted()
    let codeText =
      codes.count <= 8
      ? codes.joined(separator: ",")
      : "\(codes.count) codes (\(String(StableHash.of(codes.joined(separator: "\n")), radix: 16)))"
    var byProvider = ""
    for provider in knownScriptLinesByProvider.keys.sorted() {
      byProvider += provider + "\u{1F}" + (knownScriptLinesByProvider[provider] ?? []).joined(separator: "\u{1E}") + "\u{1D}"
    }
    return [
      "--repeat-window": "\(repeatWindowSeconds)s",
      "--script-threshold": "\(scriptThreshold)",
      "--short-call": "\(shortCallSeconds)s",
      "--margin": "\(margin.low),\(margin.high)",
      "--non-resolving-codes": codeText,
      "--scripts": knownScriptLines.isEmpty && knownScriptLinesByProvider.isEmpty
        ? "none"
        : "\(knownScriptLines.count) lines (\(String(StableHash.of(knownScriptLines.joined(separator: "\n"), byProvider), radix: 16)))",
      "--flagged-limit": flaggedLimit.map(String.init) ?? "none",
      "--min-contacts": "\(minimumArmContacts)",
    ]
  }
}
