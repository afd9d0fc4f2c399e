import CallAuditMetrics

/// The audit part of an HTML report: this run, the limits it broke, what
/// changed since the last run, and the trend over runs.
///
/// Hooks: `section#audit[data-outcome]`, `li.breach[data-provider][data-key]` (and
/// `[data-site]` on a site's breach),
/// `table.changes tr[data-provider][data-rate]`, `figure.trend-chart`.
enum HTMLAuditSection {
  /// The rates charted over runs, the headline ones first.
  static let trendRates: [RateMeasure.Name] = [.scriptedUnresolved, .repeat, .unresolved, .churnRisk]

  static func writeRun(_ digest: AuditDigest, to w: inout HTMLWriter) {
    let run = digest.run
    var summary = "Run #\(run.id) covers \(HTMLFormat.plural(run.contacts, "contact"))"
    if let window = run.window {
      summary += " that started from \(window.lowerBound.iso8601) to \(window.upperBound.iso8601)"
    }
    summary += "; it added \(run.newContacts) new and updated \(run.updatedContacts) stored "
      + "from \(HTMLFormat.plural(run.filesIngested, "file")) (\(run.filesSkipped) skipped as already read)."
    w.element("p", text: summary)
    if digest.breaches.isEmpty {
      w.element("p", [HTMLAttribute("class", "all-met")], text: "All thresholds are met.")
    } else {
      w.element("p", text: "Thresholds broken:")
      w.element("ul", [HTMLAttribute("class", "breaches")]) { w in
        for breach in digest.breaches {
          w.element("li", [
            HTMLAttribute("class", "breach"), HTMLAttribute("data-provider", breach.provider),
          ] + (breach.site.map { [HTMLAttribute("data-site", $0)] } ?? []) + [
            HTMLAttribute("data-key", breach.key),
          ], text: breach.message)
        }
      }
    }
    if !digest.notJudged.isEmpty {
      w.element("details") { w in
        w.element("summary", text: "Limits not judged (too few contacts)")
        w.element("ul") { w in for line in digest.notJudged { w.element("li", text: line) } }
      }
    }
    writeChanges(digest, to: &w)
  }

  static func writeTrend(_ digest: AuditDigest, to w: inout HTMLWriter) {
    let runs = digest.earlier + [digest.run]
    guard runs.count > 1 else {
      w.element("p", text: "This is the first run in the history; the trend starts with the next one.")
      return
    }
    w.element("div", [HTMLAttribute("class", "charts")]) { w in
      for rate in trendRates { HTMLTrendChart(rate: rate, runs: runs).write(to: &w) }
    }
  }

  private static func writeChanges(_ digest: AuditDigest, to w: inout HTMLWriter) {
    guard let previous = digest.previous else { return }
    let verdictChanges = digest.run.providers.compactMap { provider -> (String, OutsourcingVerdict, OutsourcingVerdict)? in
      guard let now = provider.verdicts[.scriptedUnresolved],
        let then = previous.provider(provider.name)?.verdicts[.scriptedUnresolved], now != then
      else { return nil }
      return (provider.name, then, now)
    }
    if !verdictChanges.isEmpty {
      w.element("ul", [HTMLAttribute("class", "verdict-changes")]) { w in
        for (provider, then, now) in verdictChanges {
          w.element("li", [HTMLAttribute("data-provider", provider), HTMLAttribute("data-verdict", now.rawValue)],
                    text: "\(provider): outsourcing verdict changed from \(then.rawValue) to \(now.rawValue) since run #\(previous.id).")
        }
      }
    }
    w.element("table", [HTMLAttribute("class", "changes")]) { w in
      w.element("caption", text: "Since run #\(previous.id)")
      w.element("thead") { w in
        w.element("tr") { w in
          for heading in ["Provider", "Measure", "Then", "Now", "Change"] { w.element("th", text: heading) }
        }
      }
      w.element("tbody") { w in
        for provider in digest.run.providers {
          for rate in trendRates {
            guard let now = provider.rates[rate]?.value else { continue }
            let then = previous.provider(provider.name)?.rates[rate]?.value
            w.element("tr", [HTMLAttribute("data-provider", provider.name), HTMLAttribute("data-rate", rate.rawValue)]) { w in
              w.element("td", text: provider.name)
              w.element("td", text: HTMLLabels.title(rate))
              w.element("td", text: then.map(HTMLFormat.percent) ?? "—")
              w.element("td", text: HTMLFormat.percent(now))
              w.element("td", text: then.map { RateChange.points(now - $0) } ?? "new")
            }
          }
        }
      }
    }
  }
}

/// How a change between runs is written: in percentage points, signed.
enum RateChange {
  /// `+1.2 pp`, `−0.4 pp` or `±0.0 pp`.
  static func points(_ difference: Double) -> String {
    let tenths = Int((abs(difference) * 1000).rounded())
    let sign = tenths == 0 ? "±" : difference > 0 ? "+" : "−"
    return "\(sign)\(tenths / 10).\(tenths % 10) pp"
  }
}
