/// Renders an ``AnalysisReport`` as the `callaudit.report/1` JSON document (docs/json.md).
///
/// Providers and groups come sorted by name and numbers are rounded to six
/// decimals, so the same contacts give the same bytes whatever the input order.
public struct JSONReportRenderer: Sendable {
  /// Creates a renderer.
  public init() {}

  /// The report as JSON text.
  public func render(_ report: AnalysisReport) -> String {
    document(report).serialized()
  }

  /// The report as a JSON value, for callers that add to it.
  public func document(_ report: AnalysisReport) -> JSONValue {
    .object([
      ("schema", .string(AnalysisReport.schema)),
      ("settings", settings(report.configuration)),
      ("inputs", .array(report.inputs.map(input))),
      ("providers", .array(report.providers.map(provider))),
    ])
  }

  private func settings(_ configuration: AnalysisConfiguration) -> JSONValue {
    .object([
      ("repeat_window_seconds", .int(Int(configuration.repeatWindowSeconds))),
      ("transfer_gap_seconds", .int(Int(configuration.transferGapSeconds))),
      ("non_resolving_codes", .array(configuration.resolutionPolicy.nonResolvingCodes.sorted().map(JSONValue.string))),
    ])
  }

  private func input(_ summary: InputSummary) -> JSONValue {
    .object([
      ("path", .string(summary.path)),
      ("format", summary.format.map { .string($0.rawValue) } ?? .null),
      ("compressed", .bool(summary.compressed)),
      ("records", .int(summary.records)),
      ("accepted", .int(summary.accepted)),
      ("rejected", .int(summary.rejected)),
      ("problems", .array(summary.problems.map { .object([("line", .int($0.line)), ("message", .string($0.message))]) })),
      ("problems_total", .int(summary.problemCount)),
      ("notes", .array(summary.notes.map(JSONValue.string))),
      ("stopped", summary.stoppedBy.map { .string($0.description) } ?? .null),
    ])
  }

  private func provider(_ report: ProviderReport) -> JSONValue {
    .object([
      ("provider", .string(report.name)),
      ("contacts", .int(report.contacts)),
      ("groups", .array(report.groups.map(group))),
    ])
  }

  private func group(_ group: GroupReport) -> JSONValue {
    .object([
      ("sourcing", .string(group.sourcing.rawValue)),
      ("contacts", .int(group.contacts)),
      ("status", .object(ContactStatus.allCases.map { ($0.rawValue, .int(group.statusCounts[$0] ?? 0)) })),
      ("unresolved", .int(group.unresolved)),
      ("unresolved_reasons", .object(UnresolvedReason.allCases.map { ($0.rawValue, .int(group.unresolvedReasons[$0] ?? 0)) })),
      ("transfers", .int(group.transfers)),
      ("transfer_total", .int(group.transferTotal)),
      ("escalated", .int(group.escalated)),
      ("handle_seconds", group.handleTime.map {
        .object([("count", .int($0.count)), ("median", .int($0.median)), ("p90", .int($0.p90))])
      } ?? .null),
      ("csat", group.csat.map { .object([("count", .int($0.count)), ("mean", .number($0.mean))]) } ?? .null),
      ("rates", .object(group.rates.map { ($0.name.rawValue, Self.rate($0.proportion)) })),
    ])
  }

  /// A rate as `{ "value", "ci95": [lo, hi], "events", "trials" }`; value and interval are null with no trials.
  static func rate(_ proportion: Proportion) -> JSONValue {
    let interval = proportion.wilsonInterval()
    return .object([
      ("value", proportion.value.map(JSONValue.number) ?? .null),
      ("ci95", interval.map { .array([.number($0.lowerBound), .number($0.upperBound)]) } ?? .null),
      ("events", .int(proportion.events)),
      ("trials", .int(proportion.trials)),
    ])
  }
}
