import ArgumentParser
import CallAuditHistory

/// `--config FILE`, shared by the commands that work on an audit history.
struct AuditConfigurationOption: ParsableArguments {
  @Option(name: .customLong("config"), help: "The audit configuration (YAML, docs/cron.md).")
  var path: String

  /// The configuration, or exit 78 after printing what is wrong and where.
  func load() throws -> AuditConfiguration {
    do {
      return try AuditConfigurationParser.load(path: path)
    } catch {
      StandardError.line(error.description)
      throw ExitStatus.configurationError
    }
  }
}
