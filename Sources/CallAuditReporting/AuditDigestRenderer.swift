import CallAuditMetrics

/// Renders the audit part of a report — the run, its breaches, the changes
/// since the last run and the trend — as text lines, Markdown, or JSON.
public struct AuditDigestRenderer: Sendable {
  /// The rates shown in the change table, the headline ones first.
  static let rates = HTMLAuditSection.trendRates

  /// Creates a renderer.
  public init() {}

  /// Plain text for the terminal and the `text` report.
  public func text(_ digest: AuditDigest) -> String {
    var lines: [String] = []
    let run = digest.run
    var head = "callaudit audit run #\(run.id): \(run.contacts) contacts in the window"
    if let window = run.window { head += " (\(window.lowerBound.iso8601) to \(window.upperBound.iso8601))" }
    lines.append(head)
    lines.append(
      "  \(run.filesIngested) file(s) read, \(run.filesSkipped) skipped as already read; "
        + "\(run.newContacts) new contacts, \(run.updatedContacts) updated")
    lines.append(digest.breaches.isEmpty ? "  all thresholds met" : "  \(digest.breaches.count) threshold(s) broken:")
    lines += digest.breaches.map { "    \($0.message)" }
    lines += digest.notJudged.map { "  \($0)" }
    if let previous = digest.previous {
      lines.append("  since run #\(previous.id):")
      for provider in run.providers {
        let changes = Self.rates.compactMap { rate -> String? in
          guard let now = provider.rates[rate]?.value else { return nil }
          guard let then = previous.provider(provider.name)?.rates[rate]?.value else {
            return "\(rate.rawValue) \(HTMLFormat.percent(now)) (new)"
          }
          return "\(rate.rawValue) \(HTMLFormat.percent(now)) (\(RateChange.points(now - then)))"
        }
        lines.append("    \(provider.name): " + changes.joined(separator: ", "))
        let verdictNow = provider.verdicts[.scriptedUnresolved]
        let verdictThen = previous.provider(provider.name)?.verdicts[.scriptedUnresolved]
        if let verdictNow, let verdictThen, verdictNow != verdictThen {
          lines.append("      outsourcing verdict changed: \(verdictThen.rawValue) → \(verdictNow.rawValue)")
        }
      }
    } else {
      lines.append("  first run in this history: no trend yet")
    }
    return lines.map(UntrustedText.forTerminal).joined(separator: "\n") + "\n"
  }

  /// The same as Markdown, for the `markdown` report.
  public func markdown(_ digest: AuditDigest) -> String {
    // An indented code block: nothing in a provider's name can end it early.
    let body = text(digest).split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")
    return "## This audit run\n\n" + body + "\n\n"
  }

  /// The `audit` object added to the JSON report (docs/json.md).
  public func json(_ digest: AuditDigest) -> JSONValue {
    .object([
      ("run", snapshot(digest.run)),
      ("window_inputs", digest.windowInputs.map(JSONValue.int) ?? .null),
      ("breaches", .array(digest.breaches.map { breach in
        // `site` only on a site's breach, so that audits without site limits keep their bytes.
        .object(
          [("provider", breach.provider.isEmpty ? .null : .string(breach.provider))]
            + (breach.site.map { [("site", JSONValue.string($0))] } ?? [])
            + [("key", .string(breach.key)), ("message", .string(breach.message))])
      })),
      ("not_judged", .array(digest.notJudged.map(JSONValue.string))),
      ("earlier_runs", .array(digest.earlier.map(snapshot))),
    ])
  }

  private func snapshot(_ run: RunSnapshot) -> JSONValue {
    .object([
      ("id", .int(Int(run.id))),
      ("started_at", .string(run.startedAt.iso8601)),
      ("window_start", run.window.map { .string($0.lowerBound.iso8601) } ?? .null),
      ("window_end", run.window.map { .string($0.upperBound.iso8601) } ?? .null),
      ("contacts", .int(run.contacts)),
      ("new_contacts", .int(run.newContacts)),
      ("updated_contacts", .int(run.updatedContacts)),
      ("files_ingested", .int(run.filesIngested)),
      ("files_skipped", .int(run.filesSkipped)),
      ("providers", .array(run.providers.map { provider in
        .object([
          ("name", .string(provider.name)),
          ("contacts", .int(provider.contacts)),
          ("rates", rates(provider.rates)),
          ("verdicts", verdicts(provider.verdicts)),
        ] + (provider.sites.isEmpty ? [] : [("sites", .array(provider.sites.map(site)))]))
      })),
    ])
  }

  /// A site's figures, present only when the audit's limits name sites.
  private func site(_ site: SiteSnapshot) -> JSONValue {
    .object([
      ("name", .string(site.name)),
      ("contacts", .int(site.contacts)),
      ("outsourced", .int(site.outsourced)),
      ("rates", rates(site.rates)),
      ("verdicts", verdicts(site.verdicts)),
    ])
  }

  private func rates(_ rates: [RateMeasure.Name: Proportion]) -> JSONValue {
    .object(RateMeasure.Name.allCases.compactMap { name in
      rates[name].map { (name.rawValue, .object([("events", .int($0.events)), ("trials", .int($0.trials))])) }
    })
  }

  private func verdicts(_ verdicts: [OutsourcingResult.Metric: OutsourcingVerdict]) -> JSONValue {
    .object(OutsourcingResult.Metric.allCases.compactMap { metric in
      verdicts[metric].map { (metric.rawValue, .string($0.rawValue)) }
    })
  }
}
