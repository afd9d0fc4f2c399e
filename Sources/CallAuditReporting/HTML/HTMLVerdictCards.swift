import CallAuditMetrics

/// The answer first: one card per provider with the outsourcing verdict as a
/// coloured word, the one-sentence summary, the adjusted and crude risk ratios
/// with their intervals, and a note when the two differ materially. Cards
/// come most severe first; providers without a comparison for a reason they
/// share get one card between them (``VerdictList``).
enum HTMLVerdictCards {
  /// Writes the cards' grid (`class="cards"`): one `<article class="verdict-card">`
  /// per provider, and one `<article class="verdict-card-group">` per reason
  /// several providers have no comparison for.
  static func write(_ providers: [ProviderReport], to w: inout HTMLWriter) {
    let ids = Dictionary(providers.enumerated().map { ($1.name, $0 + 1) }, uniquingKeysWith: { first, _ in first })
    w.element("div", [HTMLAttribute("class", "cards")]) { w in
      for entry in VerdictList.entries(providers) {
        switch entry {
        case .provider(let provider): writeCard(provider, index: (ids[provider.name] ?? 1) - 1, to: &w)
        case .group(let sentence, let reason, let names): writeGroup(sentence, reason: reason, providers: names, to: &w)
        }
        w.newline()
      }
    }
  }

  /// One card for the providers without a comparison for the same reason.
  private static func writeGroup(_ sentence: String, reason: NoComparisonReason, providers: [String], to w: inout HTMLWriter) {
    w.element("article", [
      HTMLAttribute("class", "verdict-card-group"), HTMLAttribute("data-verdict", OutsourcingVerdict.noComparison.rawValue),
      HTMLAttribute("data-reason", reason.code), HTMLAttribute("data-providers", providers.count),
    ]) { w in
      w.element("h3", text: HTMLFormat.plural(providers.count, "provider") + " without a comparison")
      w.element("p") { w in
        w.element("span", [HTMLAttribute("class", "badge")], text: OutsourcingVerdict.noComparison.rawValue)
        w.text(" ")
        w.element("span", [HTMLAttribute("class", "verdict-word")], text: HTMLLabels.heading(.noComparison))
      }
      w.element("p", [HTMLAttribute("class", "summary")], text: sentence)
      w.element("details") { w in
        w.element("summary", text: "Which providers")
        w.element("p", [HTMLAttribute("class", "provider-names")], text: providers.joined(separator: ", "))
      }
    }
  }

  private static func writeCard(_ provider: ProviderReport, index: Int, to w: inout HTMLWriter) {
    let c = provider.outsourcing.comparison
    w.element("article", [
      HTMLAttribute("class", "verdict-card"), HTMLAttribute("id", "provider-\(index + 1)"),
      HTMLAttribute("data-provider", provider.name), HTMLAttribute("data-verdict", c.verdict.rawValue),
    ]) { w in
      w.element("h3", text: provider.name)
      w.element("p") { w in
        w.element("span", [HTMLAttribute("class", "badge")], text: c.verdict.rawValue)
        w.text(" ")
        w.element("span", [HTMLAttribute("class", "verdict-word")], text: HTMLLabels.heading(c.verdict))
      }
      // The crude ratio, when it differs materially, is in the note below.
      w.element("p", [HTMLAttribute("class", "summary")],
                text: OutsourcingSentence.make(provider.name, provider.outsourcing, explainingCrude: false))
      w.element("dl", [HTMLAttribute("class", "figures")]) { w in
        figure("Adjusted risk ratio", HTMLFormat.estimate(c.adjusted), field: "adjusted", to: &w)
        figure("Crude risk ratio", HTMLFormat.estimate(c.crude), field: "crude", to: &w)
        figure("Outsourced", armText(c.exposed), field: "outsourced", to: &w)
        figure("In-house", armText(c.unexposed), field: "in-house", to: &w)
        figure("Stratified by", provider.outsourcing.stratifiedBy, field: "stratified-by", to: &w)
        figure("Contacts", String(provider.contacts), field: "contacts", to: &w)
      }
      if c.crudeDiffersMaterially, let crude = c.crude, let adjusted = c.adjusted {
        w.element("p", [HTMLAttribute("class", "note disagree-note")]) { w in
          w.element("strong", text: "Crude and adjusted differ. ")
          w.text("Unadjusted, the ratio is \(HTMLFormat.estimate(crude)) and its interval lies "
            + "\(HTMLLabels.position(crude.position)); after adjusting for issue mix it is \(HTMLFormat.estimate(adjusted)) "
            + "and lies \(HTMLLabels.position(adjusted.position))"
            + (c.crudeVerdict != c.verdict ? "; read unadjusted, the verdict would be \(c.crudeVerdict.rawValue)" : "")
            + ". The two arms handle a different mix of issues, so the adjusted figure is the one to read.")
        }
      }
      if provider.alsoCompared.contains(where: { !VerdictList.repeatsHeadline($0, of: provider) }) {
        w.element("ul", [HTMLAttribute("class", "also")]) { w in
          for other in provider.alsoCompared where !VerdictList.repeatsHeadline(other, of: provider) {
            let verdict = other.comparison.verdict.rawValue
            w.element("li", [HTMLAttribute("data-metric", other.metric.rawValue), HTMLAttribute("data-verdict", verdict)]) { w in
              w.element("span", [HTMLAttribute("class", "badge")], text: verdict)
              w.text(" " + OutsourcingSentence.make(provider.name, other))
            }
          }
        }
      }
    }
  }

  private static func figure(_ term: String, _ value: String, field: String, to w: inout HTMLWriter) {
    w.element("dt", text: term)
    w.element("dd", [HTMLAttribute("data-field", field)], text: value)
  }

  private static func armText(_ proportion: Proportion) -> String {
    proportion.trials > 0 ? HTMLFormat.rate(proportion) + " · " + HTMLFormat.counts(proportion) : "no contacts"
  }
}
