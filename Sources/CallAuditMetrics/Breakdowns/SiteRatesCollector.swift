import CallAuditModel

/// Counts each site's contacts — a provider's contacts handled at one site, whatever
/// their sourcing — by the rules of a provider's sourcing groups (``GroupTally``), so
/// that a site's rates mean exactly what the provider's do, every rate included. An
/// audit whose limits name sites asks for it (``AnalysisConfiguration/siteRates``,
/// docs/cron.md); `--by site` does not, as its cells carry the headline rates only.
///
/// Merges exactly, in any order, as the group tallies do.
package struct SiteRatesCollector: Sendable, Codable {
  private struct Site: Sendable, Codable {
    var tally = GroupTally()
    var outsourced = 0
    var inHouse = 0

    mutating func add(_ record: ContactRecord, _ measure: ContactMeasure, transferDetected: Bool, shortCallSeconds: Int) {
      tally.add(record, measure, transferDetected: transferDetected, shortCallSeconds: shortCallSeconds)
      switch record.sourcing {
      case .outsourced: outsourced += 1
      case .inHouse: inHouse += 1
      case .unknown: break
      }
    }

    mutating func merge(_ other: Site) {
      tally.merge(other.tally)
      outsourced += other.outsourced
      inHouse += other.inHouse
    }
  }

  /// Per provider, per site index (-1 for the contacts that name no site).
  private var sites: [Int32: [Int32: Site]] = [:]

  package init() {}

  /// Counts one measured contact as its provider's group tally counts it.
  package mutating func add(
    _ record: ContactRecord, _ measure: ContactMeasure, transferDetected: Bool, shortCallSeconds: Int
  ) {
    // In place: a copy taken out and written back would copy the tally's tables every contact.
    sites[record.provider, default: [:]][record.site, default: Site()]
      .add(record, measure, transferDetected: transferDetected, shortCallSeconds: shortCallSeconds)
  }

  /// Adds another collector's counts, kept with the same name indices.
  package mutating func merge(_ other: SiteRatesCollector) {
    for (provider, theirs) in other.sites {
      for (index, site) in theirs {
        sites[provider, default: [:]][index, default: Site()].merge(site)
      }
    }
  }

  /// The sites of `provider`, in name order, the contacts naming none last.
  package func rates(of provider: Int32, sites names: NameTable, inputs: InputNames) -> [SiteRates] {
    (sites[provider] ?? [:]).map { index, site in
      SiteRates(
        site: index >= 0 ? names[index] : nil, contacts: site.tally.contacts, outsourced: site.outsourced,
        inHouse: site.inHouse, rates: site.tally.rates(names: inputs))
    }.sorted { SiteComparison.siteOrder($0.site, $1.site) }
  }
}
