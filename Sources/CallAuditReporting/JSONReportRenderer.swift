import CallAuditMetrics
import CallAuditModel

/// Renders an ``AnalysisReport`` as the `callaudit.report/1` JSON document (docs/json.md).
///
/// Providers and groups come sorted by name and numbers are rounded to six
/// decimals, so the same contacts give the same bytes whatever the input order.
public struct JSONReportRenderer: Sendable {
  /// Threads turning flagged contacts into bytes; the bytes are the same whatever their number.
  public var jobs: Int

  /// Creates a renderer that writes the flagged contacts on up to `jobs` threads.
  public init(jobs: Int = 1) {
    self.jobs = max(1, jobs)
  }

  /// The report as JSON text.
  public func render(_ report: AnalysisReport) -> String {
    var text: [UInt8] = []
    render(report, bytes: { text.append(contentsOf: $0) })
    return String(decoding: text, as: UTF8.self)
  }

  /// Writes the report as JSON text, piece by piece; see ``render(_:bytes:)``.
  public func render<Failure: Error>(
    _ report: AnalysisReport, to write: (String) throws(Failure) -> Void
  ) throws(Failure) {
    try render(report, bytes: { bytes throws(Failure) in try write(String(decoding: bytes, as: UTF8.self)) })
  }

  /// Writes the report as UTF-8 JSON, piece by piece: the flagged contacts, which
  /// grow with the input, are turned into bytes a block at a time (on up to ``jobs``
  /// threads, handed over in order), so the whole document never sits in memory. The
  /// bytes equal `document(report).serialized()`.
  ///
  /// Each piece is valid only during the call.
  public func render<Failure: Error>(
    _ report: AnalysisReport, bytes write: ([UInt8]) throws(Failure) -> Void
  ) throws(Failure) {
    // The summary members, then the object reopened to append "flagged" as its
    // last member (see `JSONValue.write(to:indent:)` for the layout).
    var piece: [UInt8] = []
    JSONValue.object(summaryMembers(report)).write(to: &piece, indent: 0)
    piece.removeLast(2)  // "\n}"
    guard !report.flagged.isEmpty else {
      piece.append(contentsOf: ",\n  \"flagged\": []\n}\n".utf8)
      try write(piece)
      return
    }
    try write(piece)
    piece.removeAll(keepingCapacity: true)
    piece.append(contentsOf: ",\n  \"flagged\": [".utf8)
    try write(piece)
    // Blocks of contacts rendered on `jobs` threads, written in order as each is ready.
    let contacts = report.flagged
    try contacts.forEachBlock(jobs: jobs) { [self] positions in
      var block: [UInt8] = []
      for position in positions {
        block.append(contentsOf: position == 0 ? "\n    ".utf8 : ",\n    ".utf8)
        writeFlagged(contacts[position], indent: 4, to: &block)
      }
      return block
    } deliver: { block throws(Failure) in
      try write(block)
    }
    piece.removeAll(keepingCapacity: true)
    piece.append(contentsOf: "\n  ]\n}\n".utf8)
    try write(piece)
  }

  /// The report as a JSON value, for callers that add to it.
  public func document(_ report: AnalysisReport) -> JSONValue {
    .object(summaryMembers(report) + [("flagged", .array(report.flagged.map(flagged)))])
  }

  /// Every member of the document but the list of flagged contacts.
  private func summaryMembers(_ report: AnalysisReport) -> [(String, JSONValue)] {
    // Keys for what an option asks for (`--by`, a filter; each input's `left_out`) come only
    // with it, so that a report without it keeps its bytes.
    let breakdown: [(String, JSONValue)] = report.breakdown.map { [("breakdowns", Self.breakdown($0))] } ?? []
    let agents: [(String, JSONValue)] = report.agents.map { [("agents", Self.agents($0))] } ?? []
    return [
      ("schema", .string(AnalysisReport.schema)),
      ("settings", settings(report.configuration)),
    ] + (report.filters.map { [("filters", FilterNotes.json($0))] } ?? []) + [
      ("redaction", .object([
        ("applied", .bool(report.redaction.applied)),
        ("replaced", .object(report.redaction.replacements.map { ($0.kind, .int($0.count)) })),
      ])),
      ("inputs", .array(report.inputs.enumerated().map { index, summary in
        input(
          summary, coverage: index < report.inputCoverage.count ? report.inputCoverage[index] : nil,
          identical: summary.identicalTo.flatMap { $0 < report.inputs.count ? report.inputs[$0].path : nil },
          filtered: report.filters != nil)
      })),
      ("providers", .array(report.providers.map(provider))),
      ("scripts", .array(report.scripts.map { script in
        .object([
          ("provider", .string(script.provider)), ("text", .string(script.text)), ("customers", .int(script.customers)),
          ("known", .bool(script.known)), ("kind", script.kind.map { .string($0.rawValue) } ?? .null),
          ("carries_data", .bool(script.carriesData)),
        ])
      })),
      ("flagged_total", .int(report.flaggedTotal)),
    ] + breakdown + agents
  }

  private func settings(_ configuration: AnalysisConfiguration) -> JSONValue {
    .object([
      ("repeat_window_seconds", .int(Int(configuration.repeatWindowSeconds))),
      ("script_threshold", .number(configuration.scriptThreshold)),
      ("minimum_arm_contacts", .int(configuration.minimumArmContacts)),
      ("margin", .array([.number(configuration.margin.low), .number(configuration.margin.high)])),
      ("transfer_gap_seconds", .int(Int(configuration.transferGapSeconds))),
      ("short_call_seconds", .int(configuration.shortCallSeconds)),
      ("non_resolving_codes", .array(configuration.resolutionPolicy.nonResolvingCodes.sorted().map(JSONValue.string))),
    ])
  }

  private func input(_ summary: InputSummary, coverage: InputCoverage?, identical: String?, filtered: Bool) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("path", .string(summary.path)),
      ("format", summary.format.map { .string($0.rawValue) } ?? .null),
      ("compressed", .bool(summary.compressed)),
      ("records", .int(summary.records)),
      ("accepted", .int(summary.accepted)),
      ("rejected", .int(summary.rejected)),
      ("duplicates", coverage.map { .int($0.duplicates) } ?? .null),
      ("updated", coverage.map { .int($0.updated) } ?? .null),
      ("identical_to", identical.map(JSONValue.string) ?? .null),
      ("problems", .array(summary.problems.map { .object([("line", .int($0.line)), ("message", .string($0.message))]) })),
      ("problems_total", .int(summary.problemCount)),
      ("notes", .array(summary.notes.map(JSONValue.string))),
      ("stopped", summary.stoppedBy.map { .string($0.description) } ?? .null),
      ("contacts", coverage.map { .int($0.contacts) } ?? .null),
      ("metrics", coverage.map(Self.metrics) ?? .null),
      ("skipped", summary.skipped.map(JSONValue.string) ?? .null),
      ("evidence", coverage.map { coverage in
        .object([("unresolved", .array(coverage.evidence.map(JSONValue.string)))])
      } ?? .null),
    ]
    if filtered { members.append(("left_out", coverage.map { .int($0.leftOut) } ?? .null)) }
    return .object(members)
  }

  /// Which measures an input could supply: `supplied` keys, then `partial` and
  /// `not_supplied` as key → reason.
  private static func metrics(_ coverage: InputCoverage) -> JSONValue {
    var supplied: [JSONValue] = []
    var partial: [(String, JSONValue)] = []
    var notSupplied: [(String, JSONValue)] = []
    for (measure, support) in coverage.support {
      switch support {
      case .supplied: supplied.append(.string(measure))
      case .partial(let why): partial.append((measure, .string(why)))
      case .notSupplied(let why): notSupplied.append((measure, .string(why)))
      }
    }
    return .object([("supplied", .array(supplied)), ("partial", .object(partial)), ("not_supplied", .object(notSupplied))])
  }

  private func provider(_ report: ProviderReport) -> JSONValue {
    let sites: [(String, JSONValue)] = report.sites.map { [("sites", .array($0.map(site)))] } ?? []
    return .object([
      ("provider", .string(report.name)),
      ("contacts", .int(report.contacts)),
      ("groups", .array(report.groups.map(group))),
      ("outsourcing", comparison(report.outsourcing, sentence: OutsourcingSentence.make(report.name, report.outsourcing))),
      ("also", .array(report.alsoCompared.map { comparison($0, sentence: OutsourcingSentence.make(report.name, $0)) })),
      ("moves", .array(report.moves.map(Self.move))),
    ] + sites)
  }

  /// A generic move as `{ "kind", "text", "mined", "contacts", "flagged" }`.
  static func move(_ move: MoveFrequency) -> JSONValue {
    .object([
      ("kind", move.kind.map { .string($0.rawValue) } ?? .null), ("text", .string(move.text)),
      ("provider_line", move.providerLine.map { .string($0) } ?? .null), ("mined", .bool(move.mined)),
      ("contacts", .int(move.contacts)), ("flagged", .int(move.flagged)),
    ])
  }

  func comparison(_ result: OutsourcingResult, sentence: String) -> JSONValue {
    let c = result.comparison
    return .object([
      ("metric", .string(result.metric.rawValue)),
      ("verdict", .string(c.verdict.rawValue)),
      ("no_comparison_reason", result.noComparison.map { .string($0.code) } ?? .null),
      ("risk_ratio", c.adjusted.map { .number($0.ratio) } ?? .null),
      ("ci95", Self.interval(c.adjusted)),
      ("crude_risk_ratio", c.crude.map { .number($0.ratio) } ?? .null),
      ("crude_ci95", Self.interval(c.crude)),
      ("crude_and_adjusted_disagree", .bool(c.crudeAndAdjustedDisagree)),
      ("crude_differs_materially", .bool(c.crudeDiffersMaterially)),
      ("outsourced", Self.rate(c.exposed)),
      ("in_house", Self.rate(c.unexposed)),
      ("stratified_by", .string(result.stratifiedBy)),
      ("summary", .string(sentence)),
      ("strata", .array(c.strata.map { stratum in
        .object([
          ("stratum", .string(stratum.label)),
          ("outsourced_events", .int(stratum.counts.exposedEvents)),
          ("outsourced_contacts", .int(stratum.counts.exposedTotal)),
          ("in_house_events", .int(stratum.counts.unexposedEvents)),
          ("in_house_contacts", .int(stratum.counts.unexposedTotal)),
          ("risk_ratio", stratum.riskRatio.map { .number($0.ratio) } ?? .null),
          ("ci95", Self.interval(stratum.riskRatio)),
          ("in_adjusted", .bool(stratum.contributesToAdjusted)),
        ])
      })),
    ])
  }

  private static func interval(_ estimate: RiskRatioEstimate?) -> JSONValue {
    estimate.map { .array([.number($0.interval.lowerBound), .number($0.interval.upperBound)]) } ?? .null
  }

  /// The contact as a value, for ``document(_:)``; `writeFlagged` writes the same bytes without
  /// building it (JSONStreamingTests compares the two).
  func flagged(_ contact: FlaggedContact) -> JSONValue {
    let m = contact.measure
    var evidence: [JSONValue] = contact.scriptLines.map {
      .object([("kind", .string("script")), ("text", .string($0))])
    }
    if let words = contact.customerWords {
      evidence.append(.object([("kind", .string("customer")), ("text", .string(words))]))
    }
    if case .repeated(let id) = m.repeatStatus {
      evidence.append(.object([("kind", .string("repeat")), ("contact_id", .string(id))]))
    }
    if let words = contact.churnWords {
      evidence.append(.object([("kind", .string("churn")), ("text", .string(words))]))
    }
    for move in contact.moves {
      evidence.append(.object([("kind", .string("move")), ("move", .string(move.kind.rawValue)), ("text", .string(move.example))]))
    }
    if let labels = contact.vendorLabels {
      evidence.append(.object([("kind", .string("vendor")), ("text", .string(labels))]))
    }
    return .object([
      ("contact_id", .string(m.contactID)),
      ("provider", .string(m.provider)),
      ("sourcing", .string(m.sourcing.rawValue)),
      ("category", m.category.map(JSONValue.string) ?? .null),
      ("reasons", .array(m.unresolvedReasons.map { .string($0.rawValue) })),
      ("script_score", m.scriptScore.map(JSONValue.number) ?? .null),
      ("lost", .bool(m.lost)),
      ("outcome", m.outcome.map { .string($0.rawValue) } ?? .null),
      ("evidence", .array(evidence)),
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
      ("repeats", .int(group.repeats)),
      ("censored", .int(group.censored)),
      ("repeat_not_measurable", .int(group.repeatNotMeasurable)),
      ("script_measured", .int(group.scriptMeasured)),
      ("mean_script_score", group.meanScriptScore.map(JSONValue.number) ?? .null),
      ("scripted", .int(group.scripted)),
      ("scripted_unresolved", .int(group.scriptedUnresolved)),
      ("churn_risk", .int(group.churnRisk)),
      ("lost", .int(group.lost)),
      ("transcript_contacts", .int(group.transcriptContacts)),
      ("unanswered", .int(group.unanswered)),
      ("answer_known", .int(group.answerKnown)),
      ("short_calls", .int(group.shortCalls)),
      ("handle_seconds", group.handleTime.map {
        .object([("count", .int($0.count)), ("median", .int($0.median)), ("p90", .int($0.p90))])
      } ?? .null),
      ("csat", group.csat.map { .object([("count", .int($0.count)), ("mean", .number($0.mean))]) } ?? .null),
      ("rates", .object(group.rates.map { ($0.name.rawValue, Self.rate($0)) })),
      ("outcomes", .object(ConversationOutcome.allCases.map { ($0.rawValue, .int(group.outcomes[$0] ?? 0)) })),
    ])
  }

  /// A group's rate: ``rate(_:)-(Proportion)`` plus `not_computed` (why it has no
  /// value: the inputs could not supply it) and `partial` (what part of its
  /// definition some contacts could not feed), each a sentence or null.
  static func rate(_ measure: RateMeasure) -> JSONValue {
    guard case .object(var members) = rate(measure.proportion) else { return .null }
    members.append(("not_computed", measure.notComputed.map(JSONValue.string) ?? .null))
    members.append(("partial", measure.partial.map(JSONValue.string) ?? .null))
    return .object(members)
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
