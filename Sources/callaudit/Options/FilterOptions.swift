import ArgumentParser
import CallAuditMetrics
import CallAuditModel

/// Which contacts are measured: `--only-provider`, `--only-category`, `--only-channel`,
/// `--only-site`, `--since`, `--until` (docs/metrics.md, "Filters").
///
/// The names say `only-` because `--provider` already names the provider of inputs
/// that carry none and `--sites` gives a file of sites: these keep contacts, they
/// name nothing.
struct FilterOptions: ParsableArguments {
  @Option(name: .customLong("only-provider"), help: ArgumentHelp(
    "Measure only this provider's contacts (repeatable; any of them). Names match without regard to case.",
    valueName: "name"))
  var providers: [String] = []

  @Option(name: .customLong("only-category"), help: ArgumentHelp(
    "Measure only contacts of this issue category (repeatable).", valueName: "name"))
  var categories: [String] = []

  @Option(name: .customLong("only-channel"), help: ArgumentHelp(
    "Measure only contacts on this channel: call, chat, email, … (repeatable).", valueName: "name"))
  var channels: [String] = []

  @Option(name: .customLong("only-site"), help: ArgumentHelp(
    "Measure only contacts handled at this site or team (repeatable).", valueName: "name"))
  var sites: [String] = []

  @Option(help: ArgumentHelp(
    "Measure only contacts opened at or after this UTC date (2025-03-01) or date-time (2025-03-01T08:00:00Z). Contacts without a time are left out.",
    valueName: "date"))
  var since: String?

  @Option(help: ArgumentHelp(
    "Measure only contacts opened at or before this UTC date (all of that day) or date-time. Contacts without a time are left out.",
    valueName: "date"))
  var until: String?

  func validate() throws {
    _ = try filter()
  }

  /// The filter these options give; `nil` when none is given.
  func filter() throws -> ContactFilter? {
    for (option, names) in [("--only-provider", providers), ("--only-category", categories), ("--only-channel", channels), ("--only-site", sites)] {
      if names.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
        throw ValidationError("\(option) needs a name, not an empty value.")
      }
    }
    let sinceTime = try since.map { text in
      guard let time = ContactFilter.Bound.since(text) else { throw Self.notADate("--since", text) }
      return time
    }
    let untilTime = try until.map { text in
      guard let time = ContactFilter.Bound.until(text) else { throw Self.notADate("--until", text) }
      return time
    }
    if let sinceTime, let untilTime, untilTime < sinceTime {
      throw ValidationError("--since \(since!) is later than --until \(until!), so no contact could be measured.")
    }
    let filter = ContactFilter(
      providers: providers, categories: categories, channels: channels, sites: sites, since: sinceTime, until: untilTime)
    return filter.isEmpty ? nil : filter
  }

  private static func notADate(_ option: String, _ text: String) -> ValidationError {
    ValidationError("\(option) '\(text)' is not an ISO 8601 date such as 2025-03-01 or date-time such as 2025-03-01T08:00:00Z.")
  }
}
