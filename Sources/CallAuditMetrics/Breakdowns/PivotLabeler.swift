/// Labels each contact with its site, team, agent and ISO week for the CSV outputs'
/// pivot columns (``ContactMeasure/Pivot``), when a breakdown is asked for (`--by`):
/// the values the breakdown's cells show, agents pseudonymised unless `--show-agents`.
package struct PivotLabeler: Sendable {
  private let names: NameTables

  /// The labeler of a run, or `nil` when the CSV outputs carry no pivot columns.
  package init?(_ context: ScoringContext) {
    guard !context.configuration.breakdown.isEmpty else { return nil }
    names = context.names
  }

  /// The contact's pivot values, labelled as the breakdown's cells are; each `nil` when the
  /// export does not give it.
  package func pivot(_ record: ContactRecord) -> ContactMeasure.Pivot {
    let values = BreakdownReport.values(of: record, on: Self.dimensions, names: names).map { $0.given ? $0.label : nil }
    return ContactMeasure.Pivot(site: values[0], team: values[1], agent: values[2], week: values[3])
  }

  /// The pivot columns, in order.
  private static let dimensions: [BreakdownDimension] = [.site, .team, .agent, .week]
}
