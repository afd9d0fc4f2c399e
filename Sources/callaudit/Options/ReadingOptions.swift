import ArgumentParser
import CallAudit
import CallAuditIngestion
import CallAuditMetrics
import CallAuditModel
import CallAuditReporting
import Foundation

/// How inputs are read and measured; shared by every command that analyses.
struct ReadingOptions: ParsableArguments {
  @Option(name: .customLong("input-format"), help: "Read every input as this format instead of detecting it (see `callaudit formats`).")
  var inputFormatName: String?

  @Option(help: ArgumentHelp(
    "Provider name for contacts whose export names none: NAME for every input, NAME=PATH for one input or folder named (repeatable; docs/formats.md).",
    valueName: "name[=path]"))
  var provider: [String] = []

  @Option(help: ArgumentHelp(
    "Read every input as this YAML mapping file describes it, instead of detecting the format (docs/formats.md).",
    valueName: "file"))
  var mapping: String?

  @Option(help: ArgumentHelp(
    "Sourcing by site or group, for inputs that name the site but not whether it is outsourced: YAML `site: outsourced` lines, or CSV `site,sourcing`.",
    valueName: "file"))
  var sites: String?

  @Option(help: ArgumentHelp(
    "The CSV field delimiter of every input: ',', ';', '|', 'tab' or another single character. By default each input's header line shows it.",
    valueName: "char"))
  var delimiter: String?

  @Option(name: .customLong("date-order"), help: ArgumentHelp(
    "How to read numeric dates such as 05/03/2025 in CSV inputs: dmy (day first), mdy (month first) or ymd. By default each input's values show it.",
    valueName: "order"))
  var dateOrder: String?

  // The four settings below are optional so a shard stage can tell an option given from its
  // default: given, it must agree with what the stage's input was made with; not given, the
  // stage uses that (``analysisConfiguration(recorded:flaggedLimit:stage:)``).
  @Option(name: .customLong("repeat-window"), help: "A new contact by the same customer within this time is a repeat (e.g. 7d, 48h, 2w, or seconds; default: 7d).")
  var repeatWindow: String?

  @Option(name: .customLong("non-resolving-codes"), help: "Comma-separated resolution codes that leave the problem unsolved; replaces the default list (docs/metrics.md).")
  var nonResolvingCodes: String?

  @Option(help: "A file of known script lines, one per line, matched like mined ones.")
  var scripts: String?

  @Option(name: .customLong("script-threshold"), help: "Script score (0–1) at or above which a contact without a specific answer is scripted (default: 0.5).")
  var scriptThreshold: Double?

  @Option(name: .customLong("short-call"), help: "An answered call with less handle time than this is a short call (e.g. 10s, 1m; default: 10s).")
  var shortCall: String?

  @Option(help: ArgumentHelp(
    "Risk ratios (outsourced ÷ in-house) too close to 1 to matter, for the outsourcing verdict: LOW,HIGH, or one ratio R for 1/R–R (docs/metrics.md; default: 0.8,1.25).",
    valueName: "low,high"))
  var margin: String?

  @Option(name: .customLong("min-contacts"), help: ArgumentHelp(
    "Fewest contacts an arm needs for an outsourcing verdict, and a provider for a place in `compare`'s ranking; smaller ones are listed as too small (default: 30).",
    valueName: "n"))
  var minContacts: Int?

  @Flag(help: "Exit with status 65 if any record is rejected.")
  var strict = false

  @Option(help: "Cores to use, 1 to \(AnalysisRunner.maximumJobs): inputs read at once, threads measuring one input's contacts, and threads redacting and writing a report's flagged contacts. The report does not depend on it.")
  var jobs: Int = 2

  func validate() throws {
    if mapping != nil, inputFormatName != nil {
      throw ValidationError("--mapping and --input-format cannot be used together; the mapping names the format.")
    }
    if try inputFormat() == .mapping {
      throw ValidationError("Give the mapping file with --mapping FILE rather than --input-format mapping.")
    }
    _ = try analysisSettings()
    _ = try providerNames()
    _ = try delimiterByte()
    _ = try readDateOrder()
    guard (1...AnalysisRunner.maximumJobs).contains(jobs) else {
      throw ValidationError("--jobs must be a number of cores from 1 to \(AnalysisRunner.maximumJobs), not \(jobs).")
    }
  }

  /// The `--provider` values: the one for every input (`NAME`), and those for one input
  /// each (`NAME=PATH`, split at the first `=`, since folder names such as `day=2025-03-01`
  /// hold one too).
  func providerNames() throws -> (everyInput: String?, byInput: [String: String]) {
    var everyInput: String? = nil
    var byInput: [String: String] = [:]
    for value in provider {
      guard let equals = value.firstIndex(of: "=") else {
        guard !value.trimmingCharacters(in: .whitespaces).isEmpty else {
          throw ValidationError("--provider needs a name, not an empty value.")
        }
        if let everyInput, everyInput != value {
          throw ValidationError(
            "--provider names '\(everyInput)' and '\(value)' for every input; give NAME=PATH to name the provider of one input.")
        }
        everyInput = value
        continue
      }
      let name = String(value[..<equals]), path = String(value[value.index(after: equals)...])
      guard !name.trimmingCharacters(in: .whitespaces).isEmpty, !path.isEmpty else {
        throw ValidationError("--provider '\(value)' needs both a name and an input: NAME=PATH.")
      }
      if let earlier = byInput[path], earlier != name {
        throw ValidationError("--provider names both '\(earlier)' and '\(name)' for the input '\(path)'.")
      }
      byInput[path] = name
    }
    return (everyInput, byInput)
  }

  /// Refuses a `--provider NAME=PATH` whose PATH is not one of `inputs` as named on
  /// the command line (a trailing `/` of a folder aside).
  func checkInputProviders(against inputs: [String]) throws {
    func key(_ path: String) -> String { path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path }
    let named = Set(inputs.map(key))
    for path in try providerNames().byInput.keys.sorted() where !named.contains(key(path)) {
      throw ValidationError(
        "--provider names a provider for '\(path)', which is not one of the inputs (\(inputs.map { "'\($0)'" }.joined(separator: ", "))).")
    }
  }

  /// The `--delimiter` byte, or `nil` to detect each input's.
  func delimiterByte() throws -> UInt8? {
    guard let delimiter else { return nil }
    if delimiter.lowercased() == "tab" || delimiter == "\\t" || delimiter == "\t" { return UInt8(ascii: "\t") }
    let bytes = Array(delimiter.utf8)
    guard bytes.count == 1, bytes[0] < 0x80, ![UInt8(ascii: "\""), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(bytes[0]) else {
      throw ValidationError("--delimiter must be one ASCII character other than a quote or line break, or 'tab'.")
    }
    return bytes[0]
  }

  /// The `--date-order`, or `nil` to tell each input's from its values.
  func readDateOrder() throws -> Timestamp.DateOrder? {
    guard let dateOrder else { return nil }
    guard let order = Timestamp.DateOrder(optionName: dateOrder) else {
      throw ValidationError("--date-order must be dmy (day first), mdy (month first) or ymd (year first).")
    }
    return order
  }

  func inputFormat() throws -> InputFormat? {
    guard let name = inputFormatName else { return nil }
    guard let format = InputFormat(rawValue: name.lowercased()) else {
      let known = InputFormat.allCases.map(\.rawValue).joined(separator: ", ")
      throw ValidationError("Unknown input format '\(name)'; known formats: \(known).")
    }
    return format
  }

  /// How inputs are read, with the mapping and sites files loaded.
  /// - Throws: the file's first mistake as a ``ConfigurationError`` (exit 78).
  func ingestionOptions() throws -> IngestionOptions {
    let providers = try providerNames()
    var options = IngestionOptions(
      defaultProvider: providers.everyInput, delimiter: try delimiterByte(), dateOrder: try readDateOrder())
    options.inputProviders = providers.byInput
    if let mapping { options.mapping = try ContactMapping(contentsOfFile: mapping) }
    if let sites { options.sites = try SiteDirectory(contentsOfFile: sites) }
    return options
  }

  /// The settings these options give, listing at most `flaggedLimit` flagged contacts, with
  /// the `--scripts` file read.
  func analysisConfiguration(flaggedLimit: Int? = nil) throws -> AnalysisConfiguration {
    var configuration = try analysisSettings(flaggedLimit: flaggedLimit)
    if let scripts {
      guard let text = try? readTextFile(scripts) else {
        throw ValidationError("Cannot read the scripts file '\(scripts)'.")
      }
      configuration.knownScriptLines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" })
        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }
    return configuration
  }

  /// The configuration a shard stage's input was made with (`recorded`), with the options
  /// given on this command line laid over it: each one given must agree with the recorded
  /// one, or the stage stops (``ShardStages/Failure/settingsDiffer(stage:option:given:recorded:)``,
  /// exit 64); one not given takes the recorded value.
  func analysisConfiguration(recorded: AnalysisConfiguration, flaggedLimit: Int?, stage: String) throws -> AnalysisConfiguration {
    let given = try analysisConfiguration(flaggedLimit: flaggedLimit).stageSettings
    let recordedSettings = recorded.stageSettings
    let named: [String: Bool] = [
      "--repeat-window": repeatWindow != nil, "--script-threshold": scriptThreshold != nil, "--short-call": shortCall != nil,
      "--margin": margin != nil, "--non-resolving-codes": nonResolvingCodes != nil, "--scripts": scripts != nil,
      "--flagged-limit": flaggedLimit != nil, "--min-contacts": minContacts != nil,
    ]
    for option in named.keys.sorted() where named[option] == true && given[option] != recordedSettings[option] {
      throw ShardStages.Failure.settingsDiffer(
        stage: stage, option: option, given: given[option] ?? "none", recorded: recordedSettings[option] ?? "none")
    }
    return recorded
  }

  /// The settings these options give, checked by the type's initialiser,
  /// without reading any file: what `validate()` checks before the run.
  private func analysisSettings(flaggedLimit: Int? = nil) throws -> AnalysisConfiguration {
    // An option not given keeps the type's default (docs/metrics.md).
    let defaults = AnalysisConfiguration()
    var window = defaults.repeatWindowSeconds, shortCallSeconds = defaults.shortCallSeconds, margin = defaults.margin
    if let repeatWindow {
      guard let seconds = DurationText.seconds(repeatWindow) else {
        throw ValidationError("--repeat-window '\(repeatWindow)' is not a duration such as \(DurationText.examples).")
      }
      window = seconds
    }
    if let shortCall {
      guard let seconds = DurationText.seconds(shortCall), let seconds = Int(exactly: seconds) else {
        throw ValidationError("--short-call '\(shortCall)' is not a duration such as \(DurationText.examples).")
      }
      shortCallSeconds = seconds
    }
    if let text = self.margin {
      guard let parsed = PracticalMargin(parsing: text) else {
        throw ValidationError(
          "--margin '\(text)' is not a margin: give LOW,HIGH with 0 < LOW < 1 < HIGH (e.g. 0.8,1.25), or one ratio such as 1.25.")
      }
      margin = parsed
    }
    let scriptThreshold = scriptThreshold ?? defaults.scriptThreshold
    do throws(AnalysisConfiguration.InvalidSetting) {
      var policy = ResolutionPolicy()
      if let codes = nonResolvingCodes { policy = ResolutionPolicy(nonResolvingCodes: Set(codes.split(separator: ",").map(String.init))) }
      return try AnalysisConfiguration(
        resolutionPolicy: policy, repeatWindowSeconds: window, scriptThreshold: scriptThreshold,
        minimumArmContacts: minContacts ?? defaults.minimumArmContacts, margin: margin,
        flaggedLimit: flaggedLimit, shortCallSeconds: shortCallSeconds)
    } catch {
      throw ValidationError(error.description + ".")
    }
  }
}

/// The whole text of a small UTF-8 file.
func readTextFile(_ path: String) throws -> String {
  try String(contentsOfFile: path, encoding: .utf8)
}

/// Which files of the folders named are read: `--exclude`.
struct InputSelection: ParsableArguments {
  @Option(help: ArgumentHelp(
    "Leave out files and folders matching this glob (repeatable): '*.bak' matches names at any depth, 'old/*' paths below a folder named.",
    valueName: "glob"))
  var exclude: [String] = []
}

extension ReadingOptions {
  /// Reads and measures `inputs`, showing progress on a terminal unless `quiet`.
  func analyse(
    _ inputs: [String], excluding patterns: [String] = [], configuration: AnalysisConfiguration, quiet: Bool
  ) throws -> AnalysisReport {
    let runner = AnalysisRunner(ingestion: try ingestionOptions(), configuration: configuration, jobs: jobs)
    let progress = ProgressLine.make(quiet: quiet)
    let onProgress: (@Sendable (IngestionProgress) -> Void)? = progress.map { line in
      { @Sendable update in line.show(update) }
    }
    let listing = InputPaths.list(inputs, excluding: patterns)
    for folder in listing.emptyFolders {
      StandardError.say(Diagnostic(.warning, file: folder, sentence: "the directory holds no files"))
    }
    if !quiet {
      for (pattern, count) in listing.excluded {
        StandardError.say(
          Diagnostic(
            .note, sentence: "--exclude '\(pattern)' left out \(count == 1 ? "1 file or folder" : "\(count) files and folders")"))
      }
    }
    let report = runner.run(inputs: listing.entries, format: try inputFormat(), progress: onProgress)
    progress?.finish()
    return report
  }
}
