import CallAuditMetrics

/// What the text, Markdown and HTML reports show of the agents for coaching
/// (`--coaching N`): the title, the columns, one row per agent and the notes.
enum AgentCoachingRows {
  static let title = "Agents for coaching"

  /// The column titles.
  static let header = ["rank", "agent", "contacts", "flagged", "scripted+unresolved", "most-made moves", "examples"]

  /// Columns holding numbers (right-aligned).
  static func isNumeric(_ column: Int) -> Bool { (0...4).contains(column) && column != 1 }

  /// An agent's row; the moves as `kind (flagged/contacts)`, the example ids joined.
  static func row(_ entry: AgentCoachingReport.Entry) -> [String] {
    [
      String(entry.rank), entry.agent, String(entry.contacts), String(entry.scriptedUnresolved.events),
      RankingRenderer.rate(entry.scriptedUnresolved), moves(entry.moves), entry.examples.isEmpty ? "–" : entry.examples.joined(separator: ", "),
    ]
  }

  /// `deflect: "Have you tried restarting it?" (12/40); …`: each move's kind and line, as
  /// `compare` names them, and flagged out of all the agent's contacts making it.
  static func moves(_ moves: [MoveFrequency]) -> String {
    moves.isEmpty
      ? "–"
      : moves.map { "\(RankingRenderer.moveLabel($0)): \(RankingRenderer.line($0)) (\($0.flagged)/\($0.contacts))" }
        .joined(separator: "; ")
  }

  /// The sentences under a provider's table: who is not ranked, and who is not shown.
  static func providerNotes(_ provider: AgentCoachingReport.Provider, limit: Int, minimum: Int) -> [String] {
    var notes: [String] = []
    if provider.ranked > provider.entries.count {
      notes.append("\(provider.entries.count) of \(provider.ranked) ranked agents shown (--coaching \(limit)).")
    }
    if provider.ranked == 0 { notes.append("No agent has \(minimum) contacts with agent text, so none is ranked.") }
    if provider.tooFew > 0 {
      notes.append(
        "\(provider.tooFew) agent\(provider.tooFew == 1 ? "" : "s") with fewer than \(minimum) contacts with agent "
          + "text \(provider.tooFew == 1 ? "is" : "are") not ranked.")
    }
    if provider.unattributedContacts > 0 {
      notes.append("\(provider.unattributedContacts) contacts name no agent and are in no agent's figures.")
    }
    return notes
  }

  /// What the reader needs to read the tables.
  static func notes(_ agents: AgentCoachingReport) -> [String] {
    [
      "Ranked by the share of contacts with agent text left scripted and unresolved, highest first; agents whose "
        + "difference the data cannot tell (95% Newcombe interval including 0) share a rank, as compare ranks providers.",
      "Moves: library moves made, as flagged contacts / contacts making the move. Examples: the agent's worst "
        + "flagged contacts, in the flagged list's order.",
      BreakdownRows.agentsNote(named: agents.agentsNamed),
    ]
  }
}
