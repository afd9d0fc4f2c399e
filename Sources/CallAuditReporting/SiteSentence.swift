import CallAuditMetrics

/// The sentence that states one outsourced site's verdict against its provider's
/// in-house contacts (``SiteComparison``), shown under the provider's verdict.
enum SiteSentence {
  /// E.g. "Manila: 3.10× (2.40–4.00) as likely as in-house to end scripted and
  /// unresolved, after adjusting for issue mix: beyond the 1.25× margin, so the harm
  /// is at Manila."
  static func make(_ comparison: SiteComparison, _ result: OutsourcingResult? = nil) -> String {
    let result = result ?? comparison.outsourcing
    let site = name(comparison)
    let c = result.comparison
    guard c.verdict != .noComparison, let adjusted = c.adjusted else {
      return "\(site): no comparison with in-house on \(result.metric.label): \(reason(result, site: site))."
    }
    let margin = result.margin
    let upper = adjusted.interval.upperBound
    let high = "the \(PracticalMargin.format(margin.high))× margin", low = "the \(PracticalMargin.format(margin.low))× margin"
    var text = "\(site): \(OutsourcingSentence.ratio(adjusted.ratio))× "
      + "(\(OutsourcingSentence.ratio(adjusted.interval.lowerBound))–\(OutsourcingSentence.ratio(upper))) "
      + "as likely as in-house to \(result.metric.phrase), after adjusting for issue mix"
    switch c.verdict {
    case .hurting: text += ": beyond \(high), so the harm is at \(site)."
    case .worseButSmall: text += ": worse than in-house, but within \(high), so the harm at \(site) is real but small."
    case .inconclusive: text += ": the data cannot tell yet; they allow up to \(OutsourcingSentence.ratio(upper))×, beyond \(high)."
    case .notHurting: text += ": the data rule out harm beyond \(high), so \(site) is not shown to differ from in-house."
    case .better: text += ": fewer bad outcomes than in-house, beyond \(low)."
    case .noComparison: text += "."
    }
    return text
  }

  /// The sites the text, Markdown and HTML reports list under a provider's verdict: all
  /// of them when it has two or more outsourced sites; none when it has one, whose
  /// comparison is the provider's own (JSON still gives it).
  static func listed(_ provider: ProviderReport) -> [SiteComparison] {
    let sites = provider.sites ?? []
    return sites.count > 1 ? sites : []
  }

  /// The site's name, or what stands for outsourced contacts that name none.
  static func name(_ comparison: SiteComparison) -> String {
    comparison.site ?? "outsourced contacts naming no site"
  }

  /// Why a site has no comparison, with its numbers (no capital, no full stop).
  private static func reason(_ result: OutsourcingResult, site: String) -> String {
    let c = result.comparison
    switch result.noComparison {
    case .oneArm:
      return "the provider has no in-house contacts to compare with"
    case .notMeasured(let outsourced, let inHouse):
      return outsourced != nil && inHouse != nil
        ? "no contact there or in-house could be measured for it"
        : outsourced != nil ? "none of its \(result.arms.outsourced) contacts could be measured for it"
        : "no in-house contact could be measured for it"
    case .smallArm:
      return "\(c.exposed.trials) contacts there and \(c.unexposed.trials) in-house could be measured, "
        + "fewer than the \(result.minimumArm) each side needs"
    case .noSharedStratum:
      return "it and in-house never handle the same issue category (\(result.stratifiedBy))"
    case .tooFewEvents(let outsourced, let inHouse):
      return "the events are too few to estimate a ratio (\(outsourced) there, \(inHouse) in-house, "
        + "in the issue categories both handle)"
    case .noSourcing, nil:
      return "\(c.exposed.trials) contacts there and \(c.unexposed.trials) in-house could be measured"
    }
  }
}
