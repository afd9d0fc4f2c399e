import CallAuditIngestion
import GRDB

/// The names under `thresholds.providers` checked against the history, after the night's
/// files are read so that a provider's or a site's first export can be named: a misspelt
/// provider would be judged by the default limits, and a misspelt site never judged.
enum ThresholdNames {
  /// What the configuration names that the history does not hold, one error per name,
  /// in line order; none when the history holds no contact yet.
  static func errors(of configuration: AuditConfiguration, in db: Database) throws -> [ConfigurationError] {
    let known = try ContactStore.providers(in: db)
    guard !known.isEmpty else { return [] }
    let thresholds = configuration.thresholds
    var errors: [ConfigurationError] = []
    for name in thresholds.providers.keys.sorted() where !known.contains(name) {
      let advice = advice(for: name, among: known, otherwise: "the history holds \(quoted(known)).")
      errors.append(
        ConfigurationError(
          file: configuration.path, line: thresholds.providerLines[name],
          message: "thresholds.providers names '\(name)', which is not a provider in the history, so its limits "
            + "would never be checked; \(advice)"))
    }
    let storedSites = thresholds.namesSites ? try ContactStore.sitesByProvider(in: db) : [:]
    for (provider, sites) in thresholds.sites.sorted(by: { $0.key < $1.key }) where known.contains(provider) {
      let stored = storedSites[provider] ?? []
      let storedNames = stored.map(\.name)
      for (name, site) in sites.sorted(by: { $0.key < $1.key }) {
        guard let found = stored.first(where: { $0.name == name }) else {
          let advice = advice(
            for: name, among: storedNames,
            otherwise: stored.isEmpty
              ? "its stored contacts name no site." : "its stored contacts name \(quoted(storedNames)).")
          errors.append(
            ConfigurationError(
              file: configuration.path, line: site.line,
              message: "thresholds.providers names the site '\(name)' of '\(provider)', which is not a site of "
                + "that provider in the history, so its limits would never be checked; \(advice)"))
          continue
        }
        // A site verdict compares a site's outsourced contacts with the provider's in-house
        // ones: a site none of whose contacts is outsourced can never have one.
        if !found.outsourced, let forbidden = site.limits.forbiddenVerdicts, !forbidden.isEmpty {
          errors.append(
            ConfigurationError(
              file: configuration.path, line: site.forbidVerdictLine ?? site.line,
              message: "'forbid_verdict' is set for the site '\(name)' of '\(provider)', but none of its stored "
                + "contacts was handled by outsourced staff, so it has no site verdict (a site verdict compares "
                + "an outsourced site with the provider's in-house contacts); limit its rates instead"))
        }
      }
    }
    return errors.sorted { ($0.line ?? 0) < ($1.line ?? 0) }
  }

  private static func quoted(_ names: [String]) -> String {
    names.map { "'\($0)'" }.joined(separator: ", ")
  }

  /// "did you mean" the closest of `names` to `name`, else `otherwise`.
  private static func advice(for name: String, among names: [String], otherwise: String) -> String {
    NameSuggestion.closest(to: name, among: names).map { "did you mean '\($0)'?" } ?? otherwise
  }
}
