import CallAuditMetrics
import CallAuditModel

/// The words and JSON every report uses for the filter a run applied
/// (``AnalysisReport/filters``), so the formats say the same thing.
enum FilterNotes {
  /// The filter as options: `--only-channel call --since 2025-03-01T00:00:00Z`.
  static func options(_ filter: ContactFilter) -> String {
    var parts: [String] = []
    for (option, names) in [
      ("--only-provider", filter.providers), ("--only-category", filter.categories),
      ("--only-channel", filter.channels), ("--only-site", filter.sites),
    ] {
      for name in names { parts.append("\(option) \(quoted(name))") }
    }
    if let since = filter.since { parts.append("--since \(since.iso8601)") }
    if let until = filter.until { parts.append("--until \(until.iso8601)") }
    return parts.joined(separator: " ")
  }

  /// One sentence: which filters, how many contacts were measured and how many each
  /// left out — "Filters --only-channel call: 120 of 300 contacts measured; 180 left
  /// out (channel 180)."
  static func sentence(_ summary: FilterSummary) -> String {
    let considered = summary.considered
    var text = "Filters \(options(summary.filter)): \(summary.measured) of \(considered) contact\(considered == 1 ? "" : "s") measured"
    text += "; \(summary.counts.total) left out"
    let reasons = ContactFilter.Reason.allCases.compactMap { reason -> String? in
      let count = summary.counts.count(reason)
      return count > 0 ? "\(words(reason)) \(count)" : nil
    }
    if !reasons.isEmpty { text += " (" + reasons.joined(separator: ", ") + ")" }
    return text + "."
  }

  /// What one input's accepted records became under the filter, or `nil` without one.
  static func inputPhrase(_ report: AnalysisReport, at index: Int) -> String? {
    guard report.filters != nil, index < report.inputCoverage.count, report.inputs[index].identicalTo == nil else {
      return nil
    }
    let leftOut = report.inputCoverage[index].leftOut
    guard leftOut > 0 else { return nil }
    return "\(leftOut) contact\(leftOut == 1 ? "" : "s") left out by the filters"
  }

  /// The `filters` member of the JSON reports (docs/json.md).
  static func json(_ summary: FilterSummary) -> JSONValue {
    let filter = summary.filter
    return .object([
      ("providers", .array(filter.providers.map(JSONValue.string))),
      ("categories", .array(filter.categories.map(JSONValue.string))),
      ("channels", .array(filter.channels.map(JSONValue.string))),
      ("sites", .array(filter.sites.map(JSONValue.string))),
      ("since", filter.since.map { .string($0.iso8601) } ?? .null),
      ("until", filter.until.map { .string($0.iso8601) } ?? .null),
      ("contacts", .int(summary.considered)),
      ("measured", .int(summary.measured)),
      ("left_out", .int(summary.counts.total)),
      ("left_out_by", .object(ContactFilter.Reason.allCases.map { ($0.key, .int(summary.counts.count($0))) })),
    ])
  }

  /// How a reason reads in the sentence.
  private static func words(_ reason: ContactFilter.Reason) -> String {
    switch reason {
    case .provider: "other providers"
    case .category: "other categories"
    case .channel: "other channels"
    case .site: "other sites"
    case .since: "before --since"
    case .until: "after --until"
    case .noTime: "without a time"
    }
  }

  private static func quoted(_ name: String) -> String {
    name.contains(" ") || name.isEmpty ? "'\(name)'" : name
  }
}
