/// The answer first: one card per provider with the outsourcing verdict as a
/// coloured word, the one-sentence summary, the adjusted and crude risk ratios
/// with their intervals, and a note when the two differ materially.
enum HTMLVerdictCards {
  /// Writes the cards' grid (`class="cards"`), one `<article class="verdict-card">` each.
  static func write(_ providers: [ProviderReport], to w: inout HTMLWriter) {
    w.element("div", [HTMLAttribute("class", "cards")]) { w in
      for (index, provider) in providers.enumerated() {
        writeCard(provider, index: index, to: &w)
        w.newline()
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
      w.element("p", [HTMLAttribute("class", "summary")], text: OutsourcingSentence.make(provider.name, provider.outsourcing))
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
            + "and lies \(HTMLLabels.position(adjusted.position)). The two arms handle a different mix of issues, "
            + "so the adjusted figure is the one to read.")
        }
      }
      if !provider.alsoCompared.isEmpty {
        w.element("ul", [HTMLAttribute("class", "also")]) { w in
          for other in provider.alsoCompared {
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
