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

  /// The contact's pivot values; each `nil` when the export does not give it.
  package func pivot(_ record: ContactRecord) -> ContactMeasure.Pivot {
    ContactMeasure.Pivot(
      site: record.site >= 0 ? names.sites[record.site] : nil,
      team: record.team >= 0 ? names.teams[record.team] : nil,
      agent: record.agent == 0 ? nil : record.agentName ?? BreakdownReport.pseudonym(agent: record.agent),
      week: record.opened == ContactRecord.noTime
        ? nil : BreakdownDimension.periodLabel(BreakdownDimension.week.period(record.opened), week: true))
  }
}
