import CallAuditMetrics

/// Renders an ``AnalysisReport`` as one self-contained HTML document: inline
/// CSS and SVG, no scripts, no fonts or images, nothing fetched (the page's
/// Content-Security-Policy forbids it as well).
///
/// The answer comes first — a verdict card per provider — then the evidence:
/// bar charts of every rate with Wilson intervals, a forest plot of the risk
/// ratios, the flagged contacts quoted, and what was read. Every string from
/// an export is escaped, and numbers are formatted deterministically, so the
/// same report always gives the same bytes.
///
/// Hooks for tests and tools: `article.verdict-card[data-verdict]`,
/// `article.verdict-card-group[data-reason][data-providers]`,
/// `figure.rate-chart[data-rate]` with `rect.bar`, `svg#forest-plot`,
/// `article.flagged[data-contact-id]`, `table.ranking tr[data-rank][data-tied]`,
/// `table.coaching tr[data-rank][data-agent]` (``HTMLCoachingSection``).
public struct HTMLReportRenderer: Sendable {
  /// Flagged contacts quoted.
  public static var flaggedShown: Int { HTMLFlaggedSection.limit }

  /// Creates a renderer.
  public init() {}

  /// The analysis report as one self-contained HTML document; an audit run's
  /// report adds the run, its breaches and the trend over earlier runs.
  public func render(_ report: AnalysisReport, audit: AuditDigest? = nil) -> String {
    let options = HTMLOptionSections(report, quotesFlagged: true)
    return HTMLPage.document(
      title: "callaudit — does outsourced customer service hurt customers?", kind: "analysis",
      extraStyle: options.extraStyle
    ) { w in
      w.element("header", [HTMLAttribute("class", "page")]) { w in
        w.element("h1", text: "Does outsourced customer service hurt customers?")
        writeOverview(report, audit: audit, to: &w)
        writeContents(
          (audit == nil ? [] : [("audit", "This run"), ("trend", "Trend")]) + [
            ("verdicts", "Verdicts"), ("rates", "Rates"), ("risk-ratios", "Risk ratios"),
          ] + options.contents + [
            ("flagged", "Flagged contacts"), ("groups", "All figures"), ("scripts", "Script lines"), ("inputs", "Inputs"),
          ], to: &w)
      }
      if let audit {
        section("audit", "This audit run", to: &w) { w in HTMLAuditSection.writeRun(audit, to: &w) }
        section("trend", "Trend over audit runs", to: &w) { w in HTMLAuditSection.writeTrend(audit, to: &w) }
      }
      section("verdicts", "Verdicts: outsourced against in-house", to: &w) { w in
        guard !report.providers.isEmpty else {
          w.element("p", text: "No contacts were read, so there is nothing to judge.")
          return
        }
        w.element("p", [HTMLAttribute("class", "meta")],
                  text: "Each provider's outsourced contacts are compared with its in-house contacts on ending scripted and unresolved, "
                    + "within the same issue categories (Mantel–Haenszel), so a site that receives the harder problems is not blamed for them.")
        HTMLVerdictCards.write(report.providers, to: &w)
        HTMLSiteVerdicts.write(report.providers, to: &w)
      }
      if !report.providers.isEmpty {
        section("rates", "Rates by provider and sourcing", to: &w) { w in
          let hidden = AvailabilityNotes.hiddenRates(report)
          HTMLRateCharts.write(
            report.providers, hidden: hidden, shared: AvailabilityNotes.sharedNotComputed(report, hidden: hidden), to: &w)
        }
        section("risk-ratios", "Risk ratios: outsourced ÷ in-house", to: &w) { w in writeForest(report, to: &w) }
      }
      options.write(to: &w, section: section)
      section("flagged", "Flagged contacts: scripted and unresolved", to: &w) { w in
        HTMLFlaggedSection.write(report, cells: options.cells, to: &w)
      }
      if !report.providers.isEmpty {
        section("groups", "All figures per provider and sourcing", to: &w) { w in HTMLGroupFigures.write(report.providers, to: &w) }
      }
      section("scripts", "Script lines found", to: &w) { w in HTMLScriptsSection.write(report.scripts, to: &w) }
      section("inputs", "Inputs", to: &w) { w in HTMLInputsSection.write(report, to: &w) }
      writeFooter(to: &w)
    }
  }

  /// The provider comparison (for someone choosing a provider) as one self-contained HTML document.
  ///
  /// With `--by` and `--coaching` it adds the breakdown and the agents for coaching, as
  /// the analysis page does, but quotes no flagged contact: rows, bars and points link to
  /// their table rows, and agents' examples are plain ids.
  public func render(ranking: ProviderRanking, report: AnalysisReport) -> String {
    let options = HTMLOptionSections(report, quotesFlagged: false)
    return HTMLPage.document(
      title: "callaudit — which provider leaves customers scripted and unresolved least?", kind: "comparison",
      extraStyle: options.extraStyle
    ) { w in
      w.element("header", [HTMLAttribute("class", "page")]) { w in
        w.element("h1", text: "Which provider leaves customers scripted and unresolved least?")
        writeOverview(report, to: &w)
        writeContents(
          [("ranking", "Ranking"), ("rates", "Rates"), ("verdicts", "Outsourcing")] + options.contents
            + [("inputs", "Inputs")], to: &w)
      }
      section("ranking", "Ranking", to: &w) { w in HTMLRankingSection.writeTable(ranking, to: &w) }
      if !ranking.entries.isEmpty {
        section("rates", "Rates by provider", to: &w) { w in HTMLRankingSection.writeCharts(ranking, to: &w) }
      }
      if !report.providers.isEmpty {
        section("verdicts", "Does outsourcing hurt customers at each provider?", to: &w) { w in
          HTMLVerdictCards.write(report.providers, to: &w)
          HTMLSiteVerdicts.write(report.providers, to: &w)
        }
      }
      options.write(to: &w, section: section)
      section("inputs", "Inputs", to: &w) { w in HTMLInputsSection.write(report, to: &w) }
      writeFooter(to: &w)
    }
  }

  private func section(_ id: String, _ title: String, to w: inout HTMLWriter, _ body: (inout HTMLWriter) -> Void) {
    w.newline()
    w.element("section", [HTMLAttribute("id", id)]) { w in
      w.element("h2", text: title)
      body(&w)
    }
  }

  private func writeOverview(_ report: AnalysisReport, audit: AuditDigest? = nil, to w: inout HTMLWriter) {
    let records = report.inputs.reduce(0) { $0 + $1.records }
    let accepted = report.inputs.reduce(0) { $0 + $1.accepted }
    let read = "\(report.inputCountText), \(HTMLFormat.plural(records, "record")): "
      + "\(accepted) accepted, \(report.rejectedRecords) rejected"
    // An audit measures the window of its history, not what this run read: say both.
    let covered = audit.map { audit in
      var text = "\(HTMLFormat.plural(audit.run.contacts, "contact")) in the window"
      if let inputs = audit.windowInputs { text += ", stored from \(HTMLFormat.plural(inputs, "input"))" }
      return text + " · this run read " + (report.inputs.isEmpty ? "no new input" : read)
    } ?? read
    w.element("p", [HTMLAttribute("class", "lede")],
              text: covered + " · \(HTMLFormat.plural(report.providers.count, "provider")) · "
                + "\(HTMLFormat.plural(report.flaggedTotal, "flagged contact"))")
    if let identity = IdentityNotes.runPhrase(report) {
      w.element("p", [HTMLAttribute("class", "meta identity")], text: identity + ".")
    }
    if let filters = report.filters {
      w.element("p", [HTMLAttribute("class", "meta filters")], text: FilterNotes.sentence(filters))
    }
    w.element("p", [
      HTMLAttribute("class", "meta redaction"), HTMLAttribute("data-redacted", report.redaction.applied ? "true" : "false"),
    ], text: report.redaction.sentence)
    let stopped = report.stoppedInputs.count
    if report.rejectedRecords > 0 || stopped > 0 {
      var parts: [String] = []
      if report.rejectedRecords > 0 { parts.append("\(HTMLFormat.plural(report.rejectedRecords, "record was", "records were")) rejected") }
      if stopped > 0 { parts.append("\(HTMLFormat.plural(stopped, "input", "inputs")) stopped before the end") }
      w.element("p", [HTMLAttribute("class", "warning")], text: parts.joined(separator: " and ") + "; see Inputs below.")
    }
  }

  private func writeContents(_ entries: [(id: String, title: String)], to w: inout HTMLWriter) {
    w.element("nav", [HTMLAttribute("class", "toc"), HTMLAttribute("aria-label", "Contents")]) { w in
      for entry in entries { w.element("a", [HTMLAttribute("href", "#" + entry.id)], text: entry.title) }
    }
  }

  private func writeForest(_ report: AnalysisReport, to w: inout HTMLWriter) {
    w.element("p", [HTMLAttribute("class", "meta")],
              text: "How much more likely an outsourced contact is to end scripted and unresolved than an in-house one, with 95% intervals. "
                + "◆ adjusted for issue mix (the verdict is read from it), □ crude, ● one issue stratum (grey: fewer than "
                + "\(report.configuration.minimumArmContacts) contacts in an arm). Solid line: no difference; dashed: the margin of "
                + "practical equivalence, \(report.configuration.margin): a ratio between them is too small to matter.")
    let plot = HTMLForestPlot(
      providers: report.providers, minimumArm: report.configuration.minimumArmContacts, margin: report.configuration.margin)
    if plot.providers.isEmpty {
      w.element("p", text: "No provider has a risk ratio to plot: see the verdicts above for why.")
    } else {
      w.element("figure", [HTMLAttribute("class", "forest-figure")]) { w in plot.write(to: &w) }
    }
    let left = report.providers.count - plot.providers.count
    if left > 0, !plot.providers.isEmpty {
      w.element("p", [HTMLAttribute("class", "meta")],
                text: "Not plotted: \(HTMLFormat.plural(left, "provider")) without any risk ratio (see the verdicts above for why).")
    }
    HTMLStrataTables.write(report.providers, minimumArm: report.configuration.minimumArmContacts, to: &w)
  }

  private func writeFooter(to w: inout HTMLWriter) {
    w.newline()
    w.element("footer") { w in
      w.text("Made by callaudit. Rates show the 95% Wilson interval; risk ratios the 95% Katz (crude) or Greenland–Robins "
        + "(adjusted) interval. Definitions and formulas: docs/metrics.md. This page loads nothing from the network.")
    }
  }
}
