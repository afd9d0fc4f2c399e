import CallAuditMetrics

extension JSONReportRenderer {
  /// `agents`: the agents for coaching, per provider (docs/json.md).
  static func agents(_ agents: AgentCoachingReport) -> JSONValue {
    .object([
      ("minimum_contacts", .int(agents.minimumContacts)),
      ("limit", .int(agents.limit)),
      ("agents_named", .bool(agents.agentsNamed)),
      ("providers", .array(agents.providers.map { provider in
        .object([
          ("provider", .string(provider.provider)),
          ("ranked", .int(provider.ranked)),
          ("too_few", .int(provider.tooFew)),
          ("unattributed_contacts", .int(provider.unattributedContacts)),
          ("agents", .array(provider.entries.map { entry in
            .object([
              ("agent", .string(entry.agent)),
              ("rank", .int(entry.rank)),
              ("contacts", .int(entry.contacts)),
              ("flagged", .int(entry.scriptedUnresolved.events)),
              ("scripted_unresolved", rate(entry.scriptedUnresolved)),
              ("moves", .array(entry.moves.map(move))),
              ("examples", .array(entry.examples.map(JSONValue.string))),
            ])
          })),
        ])
      })),
    ])
  }
}
