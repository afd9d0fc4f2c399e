import ArgumentParser
import CallAuditMetrics

extension BreakdownDimension: ExpressibleByArgument {}

/// `--by DIMENSION` (repeatable) and `--show-agents`: breakdowns of each provider's
/// contacts, and with `--by site` a verdict per outsourced site (docs/metrics.md).
struct BreakdownOptions: ParsableArguments {
  @Option(
    name: .customLong("by"),
    help: ArgumentHelp(
      "Break each provider's contacts down by this (repeat it to cross them: --by site --by week); with site, each outsourced site is also compared with in-house (docs/metrics.md).",
      valueName: "dimension"))
  var by: [BreakdownDimension] = []

  @Flag(
    name: .customLong("show-agents"),
    help: "Show agents in breakdowns by the id the export gives; by default each is shown as a pseudonym such as agent-3f9a2c1d (docs/privacy.md).")
  var showAgents = false

  func validate() throws {
    if showAgents, !by.contains(.agent) {
      throw ValidationError("--show-agents applies only with --by agent.")
    }
  }

  /// `configuration` with the breakdown asked for; a dimension named twice counts once.
  func applied(to configuration: AnalysisConfiguration) -> AnalysisConfiguration {
    var configuration = configuration
    var seen: Set<BreakdownDimension> = []
    configuration.breakdown = by.filter { seen.insert($0).inserted }
    configuration.showAgents = showAgents
    return configuration
  }
}
