import CallAuditMetrics

/// Under the provider verdicts, with `--by site`: each outsourced site of a provider
/// with two or more against its in-house contacts, as the text report says it
/// (``SiteSentence``): "the harm is at Manila …; Pune is not shown to differ".
///
/// Hooks: `div.site-verdicts[data-provider]`, `li[data-site][data-verdict]`.
enum HTMLSiteVerdicts {
  /// Whether some provider has sites to list.
  static func hasAny(_ providers: [ProviderReport]) -> Bool {
    providers.contains { !SiteSentence.listed($0).isEmpty }
  }

  /// Writes one block per provider with sites listed.
  static func write(_ providers: [ProviderReport], to w: inout HTMLWriter) {
    for provider in providers {
      let sites = SiteSentence.listed(provider)
      guard !sites.isEmpty else { continue }
      w.newline()
      w.element("div", [HTMLAttribute("class", "site-verdicts"), HTMLAttribute("data-provider", provider.name)]) { w in
        w.element("h3", text: "\(provider.name): each outsourced site against in-house")
        w.element("ul", [HTMLAttribute("class", "sites")]) { w in
          for site in sites {
            let verdict = site.outsourcing.comparison.verdict
            w.element("li", [
              HTMLAttribute("data-site", SiteSentence.name(site)), HTMLAttribute("data-verdict", verdict.rawValue),
            ]) { w in
              w.element("span", [HTMLAttribute("class", "badge")], text: verdict.rawValue)
              w.text(" ")
              w.element("span", [HTMLAttribute("class", "summary")], text: SiteSentence.make(site))
              w.element("span", [HTMLAttribute("class", "meta site-figures")],
                        text: " (" + HTMLFormat.plural(site.contacts, "contact") + ")")
            }
          }
        }
        w.element("p", [HTMLAttribute("class", "meta")],
                  text: "Each site is compared with all of \(provider.name)'s in-house contacts, within the same issue categories, "
                    + "as the provider's verdict is.")
      }
    }
  }
}
