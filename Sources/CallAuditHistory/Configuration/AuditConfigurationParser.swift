import CallAudit
import Yams

/// Reads an audit configuration from YAML, refusing unknown keys with their line.
public enum AuditConfigurationParser {
  /// Reads and checks the file at `path`.
  /// - Throws: ``AuditConfigurationError`` naming the file, the line and the problem.
  public static func load(
    path: String, environment: [String: String] = ProcessEnvironment.current
  ) throws(AuditConfigurationError) -> AuditConfiguration {
    guard let text = FileText.read(path) else {
      throw AuditConfigurationError(path: path, message: "cannot read the configuration file: \(FileText.lastError())")
    }
    return try parse(text, path: path, environment: environment)
  }

  /// Reads a configuration from YAML text; `path` names it in errors and anchors relative paths.
  /// - Parameter environment: where `privacy.customer_key_env` is looked up.
  public static func parse(
    _ text: String, path: String, environment: [String: String] = ProcessEnvironment.current
  ) throws(AuditConfigurationError) -> AuditConfiguration {
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      throw AuditConfigurationError(path: path, line: error.line, message: "not valid YAML: \(error.summary)")
    } catch {
      throw AuditConfigurationError(path: path, message: "not valid YAML: \(error)")
    }
    guard let root else { throw AuditConfigurationError(path: path, message: "the configuration is empty") }
    let reader = YAMLReader(path: path)
    let base = PathResolver(configurationPath: path)
    let top = try reader.mapping(
      root, allowed: ["inputs", "database", "window", "repeat_window", "provider", "sites", "tolerance",
        "thresholds", "reports", "script_threshold", "non_resolving_codes", "minimum_arm_contacts",
        "flagged_limit", "privacy"], context: "the configuration")

    guard let inputsNode = top["inputs"] else { throw reader.missing("inputs", in: root) }
    let inputs = try reader.strings(inputsNode, key: "inputs").map(base.resolve)
    guard !inputs.isEmpty else { throw reader.error(inputsNode, "'inputs' lists no file pattern") }
    guard let databaseNode = top["database"] else { throw reader.missing("database", in: root) }
    let privacy = try PrivacySettings(top["privacy"], reader: reader, base: base, environment: environment)
    var configuration = AuditConfiguration(
      path: path, inputs: inputs, database: base.resolve(try reader.string(databaseNode, key: "database")),
      pseudonymizer: privacy.pseudonymizer, retentionSeconds: privacy.retentionSeconds)
    configuration.keepTranscripts = privacy.keepTranscripts
    // A report mailed every night lists the worst flagged contacts, not every one.
    configuration.analysis.flaggedLimit = 50

    if let node = top["window"] { configuration.windowSeconds = try reader.duration(node, key: "window") }
    if let node = top["repeat_window"] {
      configuration.analysis.repeatWindowSeconds = try reader.duration(node, key: "repeat_window")
    }
    if let node = top["script_threshold"] {
      configuration.analysis.scriptThreshold = try reader.number(node, key: "script_threshold", in: 0...1)
    }
    if let node = top["minimum_arm_contacts"] {
      configuration.analysis.minimumArmContacts = try reader.count(node, key: "minimum_arm_contacts")
    }
    if let node = top["flagged_limit"] {
      configuration.analysis.flaggedLimit = try reader.count(node, key: "flagged_limit")
    }
    if let node = top["non_resolving_codes"] {
      let codes = try reader.strings(node, key: "non_resolving_codes").map { $0.lowercased() }
      configuration.analysis.resolutionPolicy = ResolutionPolicy(nonResolvingCodes: Set(codes))
    }
    if let node = top["provider"] { configuration.ingestion.defaultProvider = try reader.string(node, key: "provider") }
    if let node = top["sites"] {
      let sitesPath = base.resolve(try reader.string(node, key: "sites"))
      configuration.ingestion.sites = try SiteFile.load(path: sitesPath)
    }
    if let node = top["tolerance"] { configuration.tolerance = try tolerance(node, reader) }
    if let node = top["thresholds"] { configuration.thresholds = try thresholds(node, reader) }
    if let node = top["reports"] {
      let reports = try reader.mapping(
        node, allowed: ReportTarget.Format.allCases.map(\.rawValue), context: "'reports'")
      for format in ReportTarget.Format.allCases {
        guard let target = reports[format.rawValue] else { continue }
        let path = base.resolve(try reader.string(target, key: format.rawValue))
        configuration.reports.append(ReportTarget(format: format, path: path))
      }
    }
    return configuration
  }

  private static func tolerance(_ node: Node, _ reader: YAMLReader) throws(AuditConfigurationError) -> InputTolerance {
    let keys = try reader.mapping(node, allowed: ["rejected_rate", "stopped_inputs"], context: "'tolerance'")
    var tolerance = InputTolerance()
    if let value = keys["rejected_rate"] { tolerance.rejectedRate = try reader.number(value, key: "rejected_rate", in: 0...1) }
    if let value = keys["stopped_inputs"] { tolerance.stoppedInputs = try reader.count(value, key: "stopped_inputs") }
    return tolerance
  }

  private static func thresholds(_ node: Node, _ reader: YAMLReader) throws(AuditConfigurationError) -> ThresholdPolicy {
    let keys = try reader.mapping(
      node, allowed: ThresholdKeys.all + ["providers", "min_contacts"], context: "'thresholds'")
    var policy = ThresholdPolicy(defaults: try thresholdSet(keys, reader))
    if let value = keys["min_contacts"] { policy.minimumContacts = try reader.count(value, key: "min_contacts") }
    if let providers = keys["providers"] {
      guard case .mapping(let mapping) = providers else {
        throw reader.error(providers, "'providers' must map provider names to their thresholds")
      }
      for (name, limits) in mapping {
        let provider = try reader.string(name, key: "a provider name")
        let overrides = try reader.mapping(limits, allowed: ThresholdKeys.all, context: "the thresholds of '\(provider)'")
        policy.providers[provider] = try thresholdSet(overrides, reader)
      }
    }
    return policy
  }

  private static func thresholdSet(_ keys: [String: Node], _ reader: YAMLReader) throws(AuditConfigurationError) -> ThresholdSet {
    var limits = ThresholdSet()
    for name in RateMeasure.Name.allCases where name != .fcr {
      let key = ThresholdKeys.maximum(name)
      if let value = keys[key] { limits.maximumRates[name] = try reader.number(value, key: key, in: 0...1) }
    }
    if let value = keys[ThresholdKeys.minimumFCR] {
      limits.minimumFCR = try reader.number(value, key: ThresholdKeys.minimumFCR, in: 0...1)
    }
    if let value = keys[ThresholdKeys.forbidVerdict] {
      let names: [String]
      if case .sequence = value {
        names = try reader.strings(value, key: ThresholdKeys.forbidVerdict)
      } else {
        names = [try reader.string(value, key: ThresholdKeys.forbidVerdict)]
      }
      var verdicts: Set<OutsourcingVerdict> = []
      for name in names {
        guard let verdict = OutsourcingVerdict(rawValue: name) else {
          let known = OutsourcingVerdict.allCases.map(\.rawValue).joined(separator: ", ")
          throw reader.error(value, "'\(ThresholdKeys.forbidVerdict)' has '\(name)', not one of \(known)")
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
