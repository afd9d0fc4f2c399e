import ArgumentParser
import CallAuditHistory

/// `--config FILE`, shared by the commands that work on an audit history.
struct AuditConfigurationOption: ParsableArguments {
  @Option(name: .customLong("config"), help: "The audit configuration (YAML, docs/cron.md).")
  var path: String

  /// The configuration; a mistake in it stops the run with 78 (``ExitStatus/init(for:)``),
  /// saying what is wrong and where.
  func load() throws -> AuditConfiguration {
    try AuditConfigurationParser.load(path: path)
  }
}
