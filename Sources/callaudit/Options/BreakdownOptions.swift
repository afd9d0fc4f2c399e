import ArgumentParser
import CallAuditMetrics

extension BreakdownDimension: ExpressibleByArgument {}

/// `--by DIMENSION` (repeatable), `--coaching N` and `--show-agents`: breakdowns of each
/// provider's contacts, with `--by site` a verdict per outsourced site, and the agents
/// for coaching (docs/metrics.md).
struct BreakdownOptions: ParsableArguments {
  @Option(
    name: .customLong("by"),
    help: ArgumentHelp(
      "Break each provider's contacts down by this (repeat it to cross them: --by site --by week); with site, each outsourced site is also compared with in-house (docs/metrics.md).",
      valueName: "dimension"))
  var by: [BreakdownDimension] = []

  @Option(
    name: .customLong("coaching"),
    help: ArgumentHelp(
      "List each provider's N agents whose contacts are most often scripted and unresolved, ranked with ties, with their most-made moves and two example contacts.",
      valueName: "N"))
  var coaching: Int?

  @Flag(
    name: .customLong("show-agents"),
    help: "Show agents in breakdowns and the coaching list by the id the export gives; by default each is shown as a pseudonym such as agent-3f9a2c1d (docs/privacy.md).")
  var showAgents = false

  func validate() throws {
    if let coaching, coaching < 1 { throw ValidationError("--coaching must be 1 or more.") }
    if showAgents, !by.contains(.agent), coaching == nil {
      throw ValidationError("--show-agents applies only with --by agent or --coaching.")
    }
  }

  /// `configuration` with the breakdown asked for; a dimension named twice counts once.
  func applied(to configuration: AnalysisConfiguration) -> AnalysisConfiguration {
    var configuration = configuration
    var seen: Set<BreakdownDimension> = []
    configuration.breakdown = by.filter { seen.insert($0).inserted }
    configuration.showAgents = showAgents
    configuration.coachingAgents = coaching ?? 0
    return configuration
  }
}
