import CallAuditMetrics
import CallAuditModel

/// Renders an ``AnalysisReport`` as readable terminal text: the verdicts first
/// (most severe first, providers without a comparison summarised; ``VerdictList``),
/// then each provider's table, then the worst flagged contacts quoted.
///
/// Text from exports is cleaned of control characters, so an export cannot
/// move the cursor or change colours in the reader's terminal.
public struct TextReportRenderer: Sendable {
  /// Whether to colour the verdicts with ANSI escapes.
  public var colour: Bool
  /// The terminal's width; tables wider than this are turned on their side.
  public var width: Int?

  /// Creates a renderer; plain and unbounded by default (files, pipes, tests).
  public init(colour: Bool = false, width: Int? = nil) {
    self.colour = colour
    self.width = width
  }

  /// Flagged contacts quoted.
  public static let flaggedShown = 5

  /// The report as text.
  public func render(_ report: AnalysisReport) -> String {
    let report = report.cleanedForTerminal(shownFlagged: Self.flaggedShown)
    var out = ""
    let records = report.inputs.reduce(0) { $0 + $1.records }
    let accepted = report.inputs.reduce(0) { $0 + $1.accepted }
    out += "callaudit — \(report.inputCountText), "
    out += "\(records) records: \(accepted) accepted, \(report.rejectedRecords) rejected\n"
    if let identity = IdentityNotes.runPhrase(report) { out += identity + ".\n" }
    if let filters = report.filters { out += UntrustedText.forTerminal(FilterNotes.sentence(filters)) + "\n" }
    out += report.redaction.sentence + "\n\n"
    for entry in VerdictList.entries(report.providers) {
      switch entry {
      case .provider(let provider):
        out += paint(provider.outsourcing.comparison.verdict) + " "
        out += OutsourcingSentence.make(provider.name, provider.outsourcing) + "\n"
        for site in SiteSentence.listed(provider) {
          out += "    " + paint(site.outsourcing.comparison.verdict) + " " + SiteSentence.make(site) + "\n"
        }
      case .group(let sentence, _, _):
        out += paint(.noComparison) + " " + sentence + "\n"
      }
    }
    let hidden = AvailabilityNotes.hiddenRates(report)
    let callRates = [RateMeasure.Name.unanswered, .shortCalls].filter { !hidden.contains($0) }
    let shared = AvailabilityNotes.sharedNotComputed(report, hidden: hidden)
    if !shared.lines.isEmpty { out += "\nNot computed for any provider: " + shared.lines.joined(separator: "; ") + "\n" }
    for provider in report.providers {
      out += "\n\(provider.name) — \(provider.contacts) contacts\n"
      var table = TextTable([
        ("sourcing", .left), ("contacts", .right), ("unresolved", .right), ("FCR", .right),
        ("repeat", .right), ("scripted", .right), ("scripted+unresolved", .right),
        ("churn risk", .right),
      ])
      var operations = TextTable([
        ("sourcing", .left), ("transferred", .right), ("escalated", .right),
        ("handle median / p90", .right), ("CSAT", .right), ("censored", .right),
      ] + callRates.map { (AvailabilityNotes.label($0), .right) })
      for group in provider.groups {
        table.append([
          group.sourcing.rawValue, String(group.contacts),
          Self.rate(group.rate(.unresolved)), Self.rate(group.rate(.fcr)),
          Self.rate(group.rate(.repeat)), Self.rate(group.rate(.scripted)),
          Self.rate(group.rate(.scriptedUnresolved)), Self.rate(group.rate(.churnRisk)),
        ])
        operations.append([
          group.sourcing.rawValue,
          Self.rate(group.rate(.transfers)), Self.rate(group.rate(.escalated)),
          group.handleTime.map { "\(Self.duration($0.median)) / \(Self.duration($0.p90))" } ?? "–",
          group.csat.map { Self.decimal($0.mean, places: 2) } ?? "–",
          String(group.censored),
        ] + callRates.map { Self.rate(group.rate($0)) })
      }
      out += table.render(fitting: width) + "\n" + operations.render(fitting: width)
      for line in AvailabilityNotes.groupLines(provider, hidden: hidden.union(shared.names)) { out += "  \(line)\n" }
      for other in provider.alsoCompared where !VerdictList.repeatsHeadline(other, of: provider) {
        out += "  " + OutsourcingSentence.make(provider.name, other) + "\n"
      }
    }
    out += optionSections(report)
    if !report.flagged.isEmpty {
      out += "\nWorst flagged contacts (\(report.flaggedTotal) scripted and unresolved in all)\n"
      for contact in report.flagged {
        let m = contact.measure
        let score = m.scriptScore.map { Self.percent($0) } ?? "–"
        out += "  \(m.contactID) · \(m.provider) · \(m.sourcing.rawValue) · \(m.category ?? "no category")"
        out += " · \(score) script\(m.lost ? " · LOST" : "")\n"
        for line in contact.scriptLines.prefix(3) { out += "    agent read: \"\(line)\"\n" }
        if let words = contact.customerWords { out += "    customer:   \"\(words)\"\n" }
        if case .repeated(let id) = m.repeatStatus { out += "    then:       came back as \(id)\n" }
        if let words = contact.churnWords, words != contact.customerWords {
          out += "    leaving:    \"\(words)\"\n"
        }
        if let labels = contact.vendorLabels { out += "    vendor:     \(labels)\n" }
      }
    }
    out += "\nInputs\n"
    let inputs = InputGroups(report)
    for group in inputs.groups {
      out += "  \(InputGroups.headline(group))\n"
      for line in AvailabilityNotes.inputLines(group.coverage) { out += "    \(line)\n" }
    }
    for index in inputs.listed {
      let input = report.inputs[index]
      if let reason = input.skipped {
        out += "  \(input.path): skipped: \(reason)\n"
        continue
      }
      let format = input.format?.rawValue ?? "unknown format"
      out += "  \(input.path) (\(format)\(input.compressed ? ", gzip" : "")): "
      out += "\(input.records) records, \(input.accepted) accepted, \(input.rejected) rejected\n"
      if let identity = IdentityNotes.inputPhrase(report, at: index) { out += "    \(identity)\n" }
      if let filtered = FilterNotes.inputPhrase(report, at: index) { out += "    \(filtered)\n" }
      if IdentityNotes.showsCoverage(report, at: index) {
        for line in AvailabilityNotes.inputLines(report.inputCoverage[index]) { out += "    \(line)\n" }
      }
      for problem in input.problems {
        out += "    \(input.path):\(problem.line): \(problem.message)\n"
      }
      if input.problemCount > input.problems.count {
        out += "    … and \(input.problemCount - input.problems.count) more problems\n"
      }
      for note in input.notes { out += "    note: \(note)\n" }
      if let stop = input.stoppedBy { out += "    stopped: \(UntrustedText.forTerminal(stop.description))\n" }
    }
    out += "\nRates show the 95% Wilson interval in brackets; definitions are in docs/metrics.md.\n"
    out += "Computed with: \(UntrustedText.forTerminal(report.configuration.summaryLine)).\n"
    return out
  }

  /// The sections options ask for — the breakdown (`--by`) and the agents for coaching
  /// (`--coaching`) — of a report already cleaned for the terminal; empty without them.
  func optionSections(_ report: AnalysisReport) -> String {
    var out = ""
    if let breakdown = report.breakdown { out += self.breakdown(breakdown) }
    if let agents = report.agents { out += self.agents(agents) }
    return out
  }

  /// Cells of a breakdown shown per provider; JSON lists them all.
  public static let breakdownCellsShown = 40

  /// The breakdown section: per provider, a table of its cells.
  private func breakdown(_ breakdown: BreakdownReport) -> String {
    var out = "\n\(BreakdownRows.title(breakdown))\n"
    for note in BreakdownRows.notes(breakdown) { out += "  \(note)\n" }
    let header = BreakdownRows.header(breakdown)
    for (provider, cells) in BreakdownRows.byProvider(breakdown) {
      out += "\n\(provider) — \(cells.count) cell\(cells.count == 1 ? "" : "s")\n"
      var table = TextTable(header.indices.map { column in
        (header[column], BreakdownRows.isNumeric(column, of: breakdown) ? .right : .left)
      })
      for cell in cells.prefix(Self.breakdownCellsShown) { table.append(BreakdownRows.row(cell)) }
      out += table.render(fitting: width)
      if cells.count > Self.breakdownCellsShown {
        out += "  … and \(cells.count - Self.breakdownCellsShown) more cells (--format json lists them all)\n"
      }
    }
    return out
  }

  /// The agents-for-coaching section: per provider, a table of its highest-ranked agents.
  private func agents(_ agents: AgentCoachingReport) -> String {
    var out = "\n\(AgentCoachingRows.title)\n"
    for note in AgentCoachingRows.notes(agents) { out += "  \(note)\n" }
    for provider in agents.providers {
      out += "\n\(provider.provider)\n"
      if !provider.entries.isEmpty {
        var table = TextTable(AgentCoachingRows.header.indices.map { column in
          (AgentCoachingRows.header[column], AgentCoachingRows.isNumeric(column) ? .right : .left)
        })
        for entry in provider.entries { table.append(AgentCoachingRows.row(entry)) }
        out += table.render(fitting: width)
      }
      for note in AgentCoachingRows.providerNotes(provider, limit: agents.limit, minimum: agents.minimumContacts) {
        out += "  \(note)\n"
      }
    }
    return out
  }

  private func paint(_ verdict: OutsourcingVerdict) -> String {
    let label = "[\(verdict.rawValue)]"
    guard colour else { return label }
    let code = switch verdict {
    case .hurting: "1;31"
    case .worseButSmall: "31"
    case .notHurting: "32"
    case .better: "36"
    case .inconclusive: "33"
    case .noComparison: "2"
    }
    return "\u{1B}[\(code)m\(label)\u{1B}[0m"
  }

  /// `23.4% [19.0–28.4]`; `not computed` when the inputs could not supply it
  /// (the notes under the table say why), `–` when nothing could be measured.
  static func rate(_ measure: RateMeasure?) -> String {
    guard let measure, let value = measure.proportion.value,
      let interval = measure.proportion.wilsonInterval()
    else { return measure?.notComputed != nil ? "not computed" : "–" }
    return "\(percent(value)) [\(percent(interval.lowerBound, sign: false))–\(percent(interval.upperBound))]"
  }

  static func percent(_ value: Double, sign: Bool = true) -> String {
    decimal(value * 100, places: 1) + (sign ? "%" : "")
  }

  /// A number with a fixed count of decimals, rounded half away from zero.
  static func decimal(_ value: Double, places: Int) -> String { DecimalText.fixed(value, places: places) }

  /// `4m 05s` for seconds.
  static func duration(_ seconds: Int) -> String {
    let minutes = seconds / 60, rest = seconds % 60
    return minutes > 0 ? "\(minutes)m \(rest < 10 ? "0" : "")\(rest)s" : "\(rest)s"
  }
}
