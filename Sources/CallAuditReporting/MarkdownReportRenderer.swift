import CallAuditMetrics

/// Renders an ``AnalysisReport`` as Markdown for a ticket, wiki page or pull
/// request: the same content as the terminal report.
///
/// Text from exports is escaped so it renders as the words it is: no HTML,
/// links, emphasis or table breaks can be smuggled in.
public struct MarkdownReportRenderer: Sendable {
  /// Flagged contacts quoted.
  public static let flaggedShown = 10

  /// Creates a renderer.
  public init() {}

  /// The report as Markdown.
  public func render(_ report: AnalysisReport) -> String {
    let records = report.inputs.reduce(0) { $0 + $1.records }
    let accepted = report.inputs.reduce(0) { $0 + $1.accepted }
    var out = "# callaudit report\n\n"
    out += "\(report.inputCountText), \(records) records: "
    out += "\(accepted) accepted, \(report.rejectedRecords) rejected. "
    if let identity = IdentityNotes.runPhrase(report) { out += Self.escape(identity) + ". " }
    if let filters = report.filters { out += Self.escape(FilterNotes.sentence(filters)) + " " }
    out += "\(report.redaction.sentence)\n\n## Verdicts\n\n"
    for entry in VerdictList.entries(report.providers) {
      switch entry {
      case .provider(let provider):
        out += "- **\(provider.outsourcing.comparison.verdict.rawValue)** — "
        out += Self.escape(OutsourcingSentence.make(provider.name, provider.outsourcing)) + "\n"
        for site in SiteSentence.listed(provider) {
          out += "  - **\(site.outsourcing.comparison.verdict.rawValue)** — " + Self.escape(SiteSentence.make(site)) + "\n"
        }
      case .group(let sentence, _, _):
        out += "- **\(OutsourcingVerdict.noComparison.rawValue)** — " + Self.escape(sentence) + "\n"
      }
    }
    let hidden = AvailabilityNotes.hiddenRates(report)
    let callRates = [RateMeasure.Name.unanswered, .shortCalls].filter { !hidden.contains($0) }
    let shared = AvailabilityNotes.sharedNotComputed(report, hidden: hidden)
    if !shared.lines.isEmpty {
      out += "\nNot computed for any provider: " + Self.escape(shared.lines.joined(separator: "; ")) + "\n"
    }
    for provider in report.providers {
      out += "\n## \(Self.escape(provider.name)) (\(provider.contacts) contacts)\n\n"
      out += "| sourcing | contacts | unresolved | FCR | repeat | scripted | scripted + unresolved | churn risk | transferred | escalated | handle median / p90 | CSAT |"
      out += callRates.map { " \(AvailabilityNotes.label($0)) |" }.joined() + "\n"
      out += "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|" + String(repeating: "--:|", count: callRates.count) + "\n"
      for group in provider.groups {
        let cells = [
          group.sourcing.rawValue, String(group.contacts),
          TextReportRenderer.rate(group.rate(.unresolved)), TextReportRenderer.rate(group.rate(.fcr)),
          TextReportRenderer.rate(group.rate(.repeat)), TextReportRenderer.rate(group.rate(.scripted)),
          TextReportRenderer.rate(group.rate(.scriptedUnresolved)), TextReportRenderer.rate(group.rate(.churnRisk)),
          TextReportRenderer.rate(group.rate(.transfers)), TextReportRenderer.rate(group.rate(.escalated)),
          group.handleTime.map {
            "\(TextReportRenderer.duration($0.median)) / \(TextReportRenderer.duration($0.p90))"
          } ?? "–",
          group.csat.map { TextReportRenderer.decimal($0.mean, places: 2) } ?? "–",
        ] + callRates.map { TextReportRenderer.rate(group.rate($0)) }
        out += "| " + cells.joined(separator: " | ") + " |\n"
      }
      out += "\n"
      let notes = AvailabilityNotes.groupLines(provider, hidden: hidden.union(shared.names))
      for line in notes { out += "- " + Self.escape(line) + "\n" }
      if !notes.isEmpty { out += "\n" }
      for other in provider.alsoCompared where !VerdictList.repeatsHeadline(other, of: provider) {
        out += "- " + Self.escape(OutsourcingSentence.make(provider.name, other)) + "\n"
      }
    }
    out += optionSections(report)
    if !report.flagged.isEmpty {
      out += "\n## Worst flagged contacts\n\n\(report.flaggedTotal) contacts were scripted and unresolved"
      out += report.flaggedTotal > Self.flaggedShown ? "; the ten worst:\n" : ":\n"
      for contact in report.flagged.prefix(Self.flaggedShown) {
        let m = contact.measure
        out += "\n### \(Self.escape(m.contactID)) — \(Self.escape(m.provider)), \(m.sourcing.rawValue)"
        out += ", \(Self.escape(m.category ?? "no category"))"
        out += m.scriptScore.map { ", \(TextReportRenderer.percent($0)) script" } ?? ""
        out += m.lost ? ", **lost**\n\n" : "\n\n"
        for line in contact.scriptLines.prefix(5) { out += "- agent read: “\(Self.escape(line))”\n" }
        if let words = contact.customerWords { out += "- customer: “\(Self.escape(words))”\n" }
        if case .repeated(let id) = m.repeatStatus { out += "- then: came back as \(Self.escape(id))\n" }
        if let words = contact.churnWords, words != contact.customerWords {
          out += "- leaving: “\(Self.escape(words))”\n"
        }
        if let labels = contact.vendorLabels { out += "- vendor: \(Self.escape(labels))\n" }
      }
    }
    out += "\n## Inputs\n\n| file | format | records | accepted | duplicates | updated | rejected | stopped |\n"
    out += "|---|---|--:|--:|--:|--:|--:|---|\n"
    let inputs = InputGroups(report)
    for group in inputs.groups {
      out += "| \(group.inputs) inputs | \(group.format) | \(group.records) | \(group.accepted) | "
      out += "\(group.coverage.duplicates) | \(group.coverage.updated) | 0 |  |\n"
    }
    for index in inputs.listed {
      let input = report.inputs[index]
      let format =
        input.skipped != nil ? "skipped" : (input.format?.rawValue ?? "unknown") + (input.compressed ? ", gzip" : "")
      let coverage = index < report.inputCoverage.count ? report.inputCoverage[index] : InputCoverage()
      out += "| \(Self.escape(input.path)) | \(format) | \(input.records) | \(input.accepted) | "
      out += "\(coverage.duplicates) | \(coverage.updated) | \(input.rejected) | "
      out += (input.stoppedBy.map { Self.escape($0.description) } ?? "") + " |\n"
    }
    for group in inputs.groups {
      out += "\n\(Self.escape(InputGroups.headline(group))):\n\n"
      for line in AvailabilityNotes.inputLines(group.coverage) { out += "- \(Self.escape(line))\n" }
    }
    for index in inputs.listed {
      let input = report.inputs[index]
      if let reason = input.skipped {
        out += "\n\(Self.escape(input.path)):\n\n- skipped: \(Self.escape(reason))\n"
        continue
      }
      let coverage = IdentityNotes.showsCoverage(report, at: index) ? report.inputCoverage[index] : nil
      guard coverage != nil || input.identicalTo != nil || !input.problems.isEmpty || !input.notes.isEmpty else { continue }
      out += "\n\(Self.escape(input.path)):\n\n"
      if let identity = IdentityNotes.inputPhrase(report, at: index) { out += "- \(Self.escape(identity))\n" }
      if let filtered = FilterNotes.inputPhrase(report, at: index) { out += "- \(Self.escape(filtered))\n" }
      if let coverage {
        for line in AvailabilityNotes.inputLines(coverage) { out += "- \(Self.escape(line))\n" }
      }
      for problem in input.problems { out += "- line \(problem.line): \(Self.escape(problem.message))\n" }
      if input.problemCount > input.problems.count {
        out += "- … and \(input.problemCount - input.problems.count) more\n"
      }
      for note in input.notes { out += "- note: \(Self.escape(note))\n" }
    }
    out += "\nRates show the 95% Wilson interval in brackets; definitions are in docs/metrics.md.\n"
    out += "Computed with: \(Self.escape(report.configuration.summaryLine)).\n"
    return out
  }

  /// The sections options ask for — the breakdown (`--by`) and the agents for coaching
  /// (`--coaching`); empty without them.
  func optionSections(_ report: AnalysisReport) -> String {
    var out = ""
    if let breakdown = report.breakdown { out += self.breakdown(breakdown) }
    if let agents = report.agents { out += self.agents(agents) }
    return out
  }

  /// Cells of a breakdown shown per provider; JSON lists them all.
  public static let breakdownCellsShown = 100

  /// The breakdown section: per provider, a table of its cells.
  private func breakdown(_ breakdown: BreakdownReport) -> String {
    var out = "\n## \(BreakdownRows.title(breakdown))\n\n"
    for note in BreakdownRows.notes(breakdown) { out += "- \(Self.escape(note))\n" }
    let header = BreakdownRows.header(breakdown)
    for (provider, cells) in BreakdownRows.byProvider(breakdown) {
      out += "\n### \(Self.escape(provider))\n\n| " + header.joined(separator: " | ") + " |\n|"
      out += header.indices.map { BreakdownRows.isNumeric($0, of: breakdown) ? "--:|" : "---|" }.joined() + "\n"
      for cell in cells.prefix(Self.breakdownCellsShown) {
        out += "| " + BreakdownRows.row(cell).map(Self.escape).joined(separator: " | ") + " |\n"
      }
      if cells.count > Self.breakdownCellsShown {
        out += "\n… and \(cells.count - Self.breakdownCellsShown) more cells (`--format json` lists them all).\n"
      }
    }
    return out
  }

  /// The agents-for-coaching section: per provider, a table of its highest-ranked agents.
  private func agents(_ agents: AgentCoachingReport) -> String {
    var out = "\n## \(AgentCoachingRows.title)\n\n"
    for note in AgentCoachingRows.notes(agents) { out += "- \(Self.escape(note))\n" }
    let header = AgentCoachingRows.header
    for provider in agents.providers {
      out += "\n### \(Self.escape(provider.provider))\n\n"
      if !provider.entries.isEmpty {
        out += "| " + header.joined(separator: " | ") + " |\n|"
        out += header.indices.map { AgentCoachingRows.isNumeric($0) ? "--:|" : "---|" }.joined() + "\n"
        for entry in provider.entries {
          out += "| " + AgentCoachingRows.row(entry).map(Self.escape).joined(separator: " | ") + " |\n"
        }
        out += "\n"
      }
      for note in AgentCoachingRows.providerNotes(provider, limit: agents.limit, minimum: agents.minimumContacts) {
        out += "- \(Self.escape(note))\n"
      }
    }
    return out
  }

  /// Text made inert in Markdown: on one line, HTML characters as entities,
  /// Markdown punctuation backslash-escaped, and nothing GitHub-style
  /// renderers would turn into a link by themselves (docs/security.md):
  ///
  /// - the colon of `://` is escaped (`https\://…`), so no URL is linked;
  /// - the dot of `www.` is escaped (`www\.example.com`);
  /// - an `@` not followed by a blank is followed by an invisible word joiner
  ///   (`&#x2060;`), so no e-mail address is linked.
  ///
  /// Rendered, the text reads exactly as it was: escapes do not show, and
  /// the word joiner has no width.
  public static func escape(_ text: String) -> String {
    var out = ""
    let characters = Array(UntrustedText.forTerminal(text))
    for (index, character) in characters.enumerated() {
      let next = index + 1 < characters.count ? characters[index + 1] : nil
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\\", "`", "*", "_", "[", "]", "|", "#", "~":
        out += "\\" + String(character)
      case ":" where next == "/" && index + 2 < characters.count && characters[index + 2] == "/":
        out += "\\:"
      case "." where index >= 3 && characters[(index - 3)..<index].allSatisfy { $0 == "w" || $0 == "W" }:
        out += "\\."
      case "@" where next.map { !$0.isWhitespace } ?? false:
        out += "@&#x2060;"
      default: out.append(character)
      }
    }
    return out
  }
}
