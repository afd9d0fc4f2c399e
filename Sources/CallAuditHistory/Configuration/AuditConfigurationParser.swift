import CallAuditIngestion
import CallAuditMetrics
import CallAuditReporting

/// Reads an audit configuration from YAML, refusing unknown keys with their line.
public enum AuditConfigurationParser {
  /// Reads and checks the file at `path`.
  /// - Throws: ``ConfigurationError`` naming the file, the line and the problem.
  public static func load(
    path: String, environment: [String: String] = ProcessEnvironment.current
  ) throws(ConfigurationError) -> AuditConfiguration {
    try read(ConfigurationNode.load(contentsOfFile: path), environment: environment)
  }

  /// Reads a configuration from YAML text; `path` names it in errors and anchors relative paths.
  /// - Parameter environment: where `privacy.customer_key_env` is looked up.
  public static func parse(
    _ text: String, path: String, environment: [String: String] = ProcessEnvironment.current
  ) throws(ConfigurationError) -> AuditConfiguration {
    try read(ConfigurationNode.parse(text, file: path), environment: environment)
  }

  private static func read(
    _ root: ConfigurationNode, environment: [String: String]
  ) throws(ConfigurationError) -> AuditConfiguration {
    let path = root.file
    let base = PathResolver(configurationPath: path)
    let top = try root.fields(
      "the configuration",
      allowed: [
        "inputs", "database", "window", "repeat_window", "provider", "sites", "tolerance", "thresholds", "reports",
        "script_threshold", "non_resolving_codes", "minimum_arm_contacts", "margin", "flagged_limit", "privacy",
        "expect", "scripts",
      ])
    guard let inputsNode = top["inputs"] else { throw root.error("the required key 'inputs' is missing") }
    var patterns = try InputPatternParser.patterns(inputsNode, base: base)
    guard !patterns.isEmpty else { throw inputsNode.error("'inputs' lists no file pattern") }
    if let node = top["expect"] {
      let seconds = try node.duration("'expect'")
      for index in patterns.indices where patterns[index].expectSeconds == nil {
        patterns[index].expectSeconds = seconds
        patterns[index].expectText = try node.nonEmptyText("'expect'")
      }
    }
    guard let databaseNode = top["database"] else { throw root.error("the required key 'database' is missing") }
    let privacy = try PrivacySettings(top["privacy"], file: path, base: base, environment: environment)
    var configuration = AuditConfiguration(
      path: path, inputs: [], database: base.resolve(try databaseNode.nonEmptyText("'database'")),
      pseudonymizer: privacy.pseudonymizer, retentionSeconds: privacy.retentionSeconds)
    configuration.inputPatterns = patterns
    configuration.databaseLine = databaseNode.line
    configuration.keepTranscripts = privacy.keepTranscripts
    configuration.customerKeySource = privacy.keySource
    configuration.privacyLine = top["privacy"]?.line ?? root.line
    configuration.previousPseudonymizers = privacy.previous
    if let node = top["scripts"] {
      configuration.analysis.knownScriptLines = try InputPatternParser.scriptLines(node, base: base)
    }
    if let node = top["window"] { configuration.windowSeconds = try node.duration("'window'") }
    if let node = top["margin"] { configuration.analysis.margin = try margin(node) }
    if let node = top["non_resolving_codes"] {
      let codes = try node.texts("'non_resolving_codes'").map { $0.lowercased() }
      configuration.analysis.resolutionPolicy = ResolutionPolicy(nonResolvingCodes: Set(codes))
    }
    if let node = top["provider"] { configuration.ingestion.defaultProvider = try node.nonEmptyText("'provider'") }
    if let node = top["sites"] {
      configuration.ingestion.sites = try SiteDirectory(contentsOfFile: base.resolve(try node.nonEmptyText("'sites'")))
    }
    if let node = top["tolerance"] { configuration.tolerance = try tolerance(node) }
    if let node = top["thresholds"] { configuration.thresholds = try thresholds(node) }
    // The ranges are the type's to check, as they are for the command line. A report mailed
    // every night lists the worst flagged contacts, not every one: 50 unless told.
    let analysis = configuration.analysis
    let repeatWindow = try top["repeat_window"]?.duration("'repeat_window'") ?? analysis.repeatWindowSeconds
    let scriptThreshold = try top["script_threshold"]?.finiteNumber("'script_threshold'") ?? analysis.scriptThreshold
    let arms = try top["minimum_arm_contacts"]?.count("'minimum_arm_contacts'") ?? analysis.minimumArmContacts
    let flaggedLimit = try top["flagged_limit"]?.count("'flagged_limit'") ?? 50
    do throws(AnalysisConfiguration.InvalidSetting) {
      configuration.analysis = try AnalysisConfiguration(
        resolutionPolicy: analysis.resolutionPolicy, repeatWindowSeconds: repeatWindow, scriptThreshold: scriptThreshold,
        knownScriptLines: analysis.knownScriptLines, minimumArmContacts: arms, margin: analysis.margin,
        flaggedLimit: flaggedLimit)
    } catch {
      let key = error.setting.key ?? error.setting.option
      throw (top[key] ?? root).error("'\(key)' must be \(error.requirement)")
    }
    if let node = top["reports"] {
      let reports = try node.fields("'reports'", allowed: ReportTarget.Format.allCases.map(\.rawValue))
      for format in ReportTarget.Format.allCases {
        guard let target = reports[format.rawValue] else { continue }
        let path = base.resolve(try target.nonEmptyText("'\(format.rawValue)'"))
        configuration.reports.append(ReportTarget(format: format, path: path))
      }
    }
    return configuration
  }

  /// `margin: 1.25` (1/1.25–1.25) or `margin: [0.8, 1.25]`.
  private static func margin(_ node: ConfigurationNode) throws(ConfigurationError) -> PracticalMargin {
    let text = node.isSequence
      ? try node.items("'margin'").map { item throws(ConfigurationError) in try item.nonEmptyText("'margin'") }
        .joined(separator: ",")
      : try node.nonEmptyText("'margin'")
    guard let margin = PracticalMargin(parsing: text) else {
      throw node.error("'margin' must be one ratio such as 1.25 (for 0.8–1.25) or [low, high] with 0 < low < 1 < high")
    }
    return margin
  }

  private static func tolerance(_ node: ConfigurationNode) throws(ConfigurationError) -> InputTolerance {
    let keys = try node.fields("'tolerance'", allowed: ["rejected_rate", "stopped_inputs"])
    var tolerance = InputTolerance()
    if let value = keys["rejected_rate"] { tolerance.rejectedRate = try value.number("'rejected_rate'", in: 0...1) }
    if let value = keys["stopped_inputs"] { tolerance.stoppedInputs = try value.count("'stopped_inputs'") }
    return tolerance
  }

  private static func thresholds(_ node: ConfigurationNode) throws(ConfigurationError) -> ThresholdPolicy {
    let keys = try node.fields("'thresholds'", allowed: ThresholdKeys.all + ["providers", "min_contacts"])
    var policy = ThresholdPolicy(defaults: try thresholdSet(keys))
    if let value = keys["min_contacts"] { policy.minimumContacts = try value.count("'min_contacts'") }
    if let providers = keys["providers"] {
      for (provider, keyNode, limits) in try providers.entries("'providers'") {
        let overrides = try limits.fields("the thresholds of '\(provider)'", allowed: ThresholdKeys.all + ["sites"])
        policy.providers[provider] = try thresholdSet(overrides)
        policy.providerLines[provider] = keyNode.line
        if let sites = overrides["sites"] { policy.sites[provider] = try siteLimits(sites, of: provider) }
      }
    }
    return policy
  }

  /// `sites:` under a provider: per site, the keys of a provider's limits (not `min_contacts`,
  /// which stays global).
  private static func siteLimits(
    _ node: ConfigurationNode, of provider: String
  ) throws(ConfigurationError) -> [String: SiteLimits] {
    var sites: [String: SiteLimits] = [:]
    for (site, keyNode, limits) in try node.entries("the sites of '\(provider)'") {
      let keys = try limits.fields("the thresholds of site '\(site)' of '\(provider)'", allowed: ThresholdKeys.all)
      sites[site] = SiteLimits(
        limits: try thresholdSet(keys), line: keyNode.line, forbidVerdictLine: keys[ThresholdKeys.forbidVerdict]?.line)
    }
    return sites
  }

  private static func thresholdSet(_ keys: [String: ConfigurationNode]) throws(ConfigurationError) -> ThresholdSet {
    var limits = ThresholdSet()
    for name in RateMeasure.Name.allCases where name != .fcr {
      let key = ThresholdKeys.maximum(name)
      if let value = keys[key] { limits.maximumRates[name] = try value.number("'\(key)'", in: 0...1) }
    }
    if let value = keys[ThresholdKeys.minimumFCR] {
      limits.minimumFCR = try value.number("'\(ThresholdKeys.minimumFCR)'", in: 0...1)
    }
    if let value = keys[ThresholdKeys.forbidVerdict] {
      // An empty list (`[]`) lifts the default's verdict ban for one provider.
      let names = value.isSequence ? try value.items("'forbid_verdict'").map { item throws(ConfigurationError) in
        try item.nonEmptyText("'forbid_verdict'")
      } : [try value.nonEmptyText("'forbid_verdict'")]
      var verdicts: Set<OutsourcingVerdict> = []
      for name in names {
        guard let verdict = OutsourcingVerdict(rawValue: name) else {
          let known = OutsourcingVerdict.allCases.map(\.rawValue).joined(separator: ", ")
          throw value.error("'\(ThresholdKeys.forbidVerdict)' has '\(name)', not one of \(known)")
        }
        verdicts.insert(verdict)
      }
      limits.forbiddenVerdicts = verdicts
    }
    return limits
  }
}

/// The threshold keys of the configuration file.
enum ThresholdKeys {
  static let minimumFCR = "fcr_rate_min"
  static let forbidVerdict = "forbid_verdict"

  /// `unresolved_rate`, `repeat_rate`, … : the maximum of a rate.
  static func maximum(_ name: RateMeasure.Name) -> String { "\(name.rawValue)_rate" }

  static let all: [String] =
    RateMeasure.Name.allCases.filter { $0 != .fcr }.map(maximum) + [minimumFCR, forbidVerdict]
}
