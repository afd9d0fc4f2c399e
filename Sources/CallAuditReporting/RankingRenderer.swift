import CallAuditMetrics

/// Renders a ``ProviderRanking`` (`callaudit compare`) as text, Markdown or JSON.
public struct RankingRenderer: Sendable {
  /// Creates a renderer.
  public init() {}

  /// The ranking as terminal text.
  public func text(_ ranking: ProviderRanking, report: AnalysisReport) -> String {
    var out = UntrustedText.forTerminal(ranking.summary) + "\n\n"
    if let filters = report.filters { out += UntrustedText.forTerminal(FilterNotes.sentence(filters)) + "\n\n" }
    var table = TextTable([
      ("rank", .right), ("provider", .left), ("scripted+unresolved", .right), ("repeat", .right),
      ("churn risk", .right), ("clearly better than", .left),
    ])
    for entry in ranking.entries {
      table.append([
        Self.rankLabel(entry, in: ranking), UntrustedText.forTerminal(entry.provider),
        Self.rate(entry.scriptedUnresolved), Self.rate(entry.repeatContacts), Self.rate(entry.churnRisk),
        entry.clearlyBetterThan.isEmpty ? "–" : UntrustedText.forTerminal(entry.clearlyBetterThan.joined(separator: ", ")),
      ])
    }
    // With no provider ranked, the summary has said so; an empty table would only add headings.
    if !ranking.entries.isEmpty { out += table.render() }
    if let unranked = ranking.unrankedSentence {
      out += (ranking.entries.isEmpty ? "" : "\n") + UntrustedText.forTerminal(unranked) + "\n"
    }
    out += "\nRanked by the scripted-and-unresolved rate (95% Wilson intervals in brackets). Providers share a rank\n"
    out += "when the 95% Newcombe interval of their difference includes 0: the data cannot tell them apart.\n"
    if ranking.entries.contains(where: { !$0.moves.isEmpty }) {
      out += "\nThe generic moves behind each rate (flagged contacts / contacts that made the move):\n"
      for entry in ranking.entries where !entry.moves.isEmpty {
        out += "  \(UntrustedText.forTerminal(entry.provider))\n"
        for move in entry.moves {
          out += "    \(move.flagged)/\(move.contacts)  \(Self.moveLabel(move)): \(UntrustedText.forTerminal(Self.line(move)))\n"
        }
      }
    }
    // The sections `--by` and `--coaching` ask for, after the ranking; nothing without them.
    if report.breakdown != nil || report.agents != nil {
      // Those sections quote no flagged contact.
      out += TextReportRenderer().optionSections(report.cleanedForTerminal(shownFlagged: 0)) + "\n"
    }
    out += report.redaction.sentence + "\n"
    out += "Computed with: \(UntrustedText.forTerminal(report.configuration.summaryLine)).\n"
    return out
  }

  /// What the provider's agents said for a move: the mined line, the provider's own line for a
  /// library move, or — when none of its lines recurs — the library's example, marked as such.
  static func line(_ move: MoveFrequency) -> String {
    if move.mined { return move.text }
    if let own = move.providerLine { return own }
    return "like \"\(move.text)\" (the library's example)"
  }

  /// "deflect", "mined deflect", "mined script".
  static func moveLabel(_ move: MoveFrequency) -> String {
    let kind = move.kind?.rawValue ?? "script"
    return move.mined ? "mined \(kind)" : kind
  }

  /// The ranking as Markdown.
  public func markdown(_ ranking: ProviderRanking, report: AnalysisReport) -> String {
    var out = "# Which provider leaves customers scripted and unresolved least?\n\n"
    out += MarkdownReportRenderer.escape(ranking.summary) + "\n\n"
    if let filters = report.filters { out += MarkdownReportRenderer.escape(FilterNotes.sentence(filters)) + "\n\n" }
    if !ranking.entries.isEmpty {
      out += "| rank | provider | scripted + unresolved | repeat | churn risk | clearly better than |\n"
      out += "|--:|---|--:|--:|--:|---|\n"
    }
    for entry in ranking.entries {
      let cells = [
        Self.rankLabel(entry, in: ranking), MarkdownReportRenderer.escape(entry.provider),
        Self.rate(entry.scriptedUnresolved), Self.rate(entry.repeatContacts), Self.rate(entry.churnRisk),
        entry.clearlyBetterThan.isEmpty ? "–" : MarkdownReportRenderer.escape(entry.clearlyBetterThan.joined(separator: ", ")),
      ]
      out += "| " + cells.joined(separator: " | ") + " |\n"
    }
    if let unranked = ranking.unrankedSentence {
      out += (ranking.entries.isEmpty ? "" : "\n") + MarkdownReportRenderer.escape(unranked) + "\n"
    }
    out += "\nRanked by the scripted-and-unresolved rate (95% Wilson intervals in brackets). Providers share a rank "
    out += "when the 95% Newcombe interval of their difference includes 0.\n\n"
    if ranking.entries.contains(where: { !$0.moves.isEmpty }) {
      out += "## The generic moves behind each rate\n\n| provider | move | flagged contacts | contacts | line |\n|---|---|--:|--:|---|\n"
      for entry in ranking.entries {
        for move in entry.moves {
          out += "| \(MarkdownReportRenderer.escape(entry.provider)) | \(Self.moveLabel(move)) | \(move.flagged) | \(move.contacts) | "
          out += "\(MarkdownReportRenderer.escape(Self.line(move))) |\n"
        }
      }
      out += "\n"
    }
    if report.breakdown != nil || report.agents != nil { out += MarkdownReportRenderer().optionSections(report) + "\n" }
    out += report.redaction.sentence + "\n"
    out += "Computed with: \(MarkdownReportRenderer.escape(report.configuration.summaryLine)).\n"
    return out
  }

  /// The ranking as the `callaudit.compare/1` JSON document (docs/json.md).
  public func json(_ ranking: ProviderRanking, report: AnalysisReport) -> String {
    let analysis = JSONReportRenderer().document(report)
    var inputs: JSONValue = .array([])
    var redaction: JSONValue = .null
    var settings: JSONValue = .null
    // `breakdowns` and `agents` come only with `--by` and `--coaching`, as in the analysis report.
    var optional: [(String, JSONValue)] = []
    if case .object(let members) = analysis {
      inputs = members.first { $0.0 == "inputs" }?.1 ?? inputs
      redaction = members.first { $0.0 == "redaction" }?.1 ?? redaction
      settings = members.first { $0.0 == "settings" }?.1 ?? settings
      optional = members.filter { $0.0 == "breakdowns" || $0.0 == "agents" }
    }
    let entries: [JSONValue] = ranking.entries.map { entry in
      .object([
        ("provider", .string(entry.provider)),
        ("rank", .int(entry.rank)),
        ("tied", .bool(ranking.entries.contains { $0.rank == entry.rank && $0.provider != entry.provider })),
        ("scripted_unresolved_rate", entry.scriptedUnresolved.value.map(JSONValue.number) ?? .null),
        ("ci95", Self.interval(entry.scriptedUnresolved)),
        ("scripted_unresolved", JSONReportRenderer.rate(entry.scriptedUnresolved)),
        ("repeat", JSONReportRenderer.rate(entry.repeatContacts)),
        ("churn_risk", JSONReportRenderer.rate(entry.churnRisk)),
        ("clearly_better_than", .array(entry.clearlyBetterThan.sorted().map(JSONValue.string))),
        ("tied_with", .array(entry.tiedWith.sorted().map(JSONValue.string))),
        ("moves", .array(entry.moves.map(JSONReportRenderer.move))),
      ])
    }
    // `filters` only when a filter was given, so a ranking without one keeps its bytes.
    return JSONValue.object([
      ("schema", .string("callaudit.compare/1")),
      ("inputs", inputs),
      ("redaction", redaction),
      ("settings", settings),
    ] + (report.filters.map { [("filters", FilterNotes.json($0))] } ?? []) + [
      ("summary", .string(ranking.summary)),
      ("best", .array(ranking.best.map(JSONValue.string))),
      ("ranking", .array(entries)),
      ("minimum_contacts", .int(ranking.minimumContacts)),
      ("not_ranked", .array(ranking.unranked.map { entry in
        .object([("provider", .string(entry.provider)), ("contacts_with_agent_text", .int(entry.measured))])
      })),
    ] + optional).serialized()
  }

  private static func interval(_ proportion: Proportion) -> JSONValue {
    proportion.wilsonInterval().map { .array([.number($0.lowerBound), .number($0.upperBound)]) } ?? .null
  }

  /// `1`, or `=1` when the rank is shared.
  static func rankLabel(_ entry: ProviderRanking.Entry, in ranking: ProviderRanking) -> String {
    let shared = ranking.entries.contains { $0.rank == entry.rank && $0.provider != entry.provider }
    return (shared ? "=" : "") + String(entry.rank)
  }

  /// A scripted-and-unresolved proportion as the text report prints a rate.
  static func rate(_ proportion: Proportion) -> String {
    TextReportRenderer.rate(RateMeasure(name: .scriptedUnresolved, proportion: proportion))
  }
}
