import CallAuditMetrics

/// The sentences every report format uses to say which measures could not be
/// computed, or only in part, and what each input could supply — so that a
/// measure nobody could feed is never shown as a zero.
enum AvailabilityNotes {
  /// A rate's short name in tables and notes.
  static func label(_ name: RateMeasure.Name) -> String {
    switch name {
    case .unresolved: "unresolved"
    case .fcr: "FCR"
    case .repeat: "repeat"
    case .scripted: "scripted"
    case .scriptedUnresolved: "scripted+unresolved"
    case .churnRisk: "churn risk"
    case .transfers: "transferred"
    case .escalated: "escalated"
    case .unanswered: "unanswered"
    case .shortCalls: "short calls"
    }
  }

  /// A measure key of ``InputCoverage/measures`` in words.
  static func label(measure key: String) -> String {
    if let name = RateMeasure.Name(rawValue: key) { return label(name) }
    return key == "handle_time" ? "handle time" : key == "csat" ? "CSAT" : key
  }

  /// Rates only call records can feed.
  static let callRates: Set<RateMeasure.Name> = [.unanswered, .shortCalls]

  /// The call rates no group of the report could compute: a report without
  /// call records leaves them out of its tables and notes (its inputs section
  /// says they could not be supplied), instead of a column of "not computed".
  static func hiddenRates(_ report: AnalysisReport) -> Set<RateMeasure.Name> {
    callRates.filter { name in
      !report.providers.contains { $0.groups.contains { $0.rate(name)?.isComputed == true } }
    }
  }

  /// The rates no group of any provider could compute, for one and the same
  /// reason, when the report has several providers: said once for the whole
  /// report ("not computed for any provider: escalated (no contact records
  /// whether it was escalated)") instead of once per provider. Call rates in
  /// `hidden` are left out (they get no column at all).
  static func sharedNotComputed(
    _ report: AnalysisReport, hidden: Set<RateMeasure.Name>
  ) -> (names: Set<RateMeasure.Name>, lines: [String]) {
    guard report.providers.count > 1 else { return ([], []) }
    let groups = report.providers.flatMap(\.groups)
    var items: [(name: String, reason: String)] = []
    var names: Set<RateMeasure.Name> = []
    for name in RateMeasure.Name.allCases where !hidden.contains(name) {
      let reasons = Set(groups.map { $0.rate(name)?.notComputed })
      guard reasons.count == 1, let reason = reasons.first ?? nil else { continue }
      items.append((label(name), reason))
      names.insert(name)
    }
    return (names, byReason(items).map { "\($0.names.joined(separator: ", ")) (\($0.reason))" })
  }

  /// One line per group and reason: "not computed for outsourced: scripted,
  /// scripted+unresolved (no transcript text in the asterisk-cdr-csv input)",
  /// then the partly computed rates the same way; `hidden` rates are left out.
  static func groupLines(_ provider: ProviderReport, hidden: Set<RateMeasure.Name> = []) -> [String] {
    var lines: [String] = []
    for group in provider.groups {
      let missing = group.notComputed.filter { !hidden.contains($0.name) }
        .compactMap { rate in rate.notComputed.map { (label(rate.name), $0) } }
      for (reason, names) in byReason(missing) {
        lines.append("not computed for \(group.sourcing.rawValue): \(names.joined(separator: ", ")) (\(reason))")
      }
      let partial = group.partial.compactMap { rate in rate.partial.map { (label(rate.name), $0) } }
      for (reason, names) in byReason(partial) {
        lines.append("partly computed for \(group.sourcing.rawValue): \(names.joined(separator: ", ")) (\(reason))")
      }
    }
    return lines
  }

  /// What an input (or a group of inputs) supplies, as the lines the terminal and
  /// Markdown reports list under it.
  static func inputLines(_ coverage: InputCoverage) -> [String] {
    let parts = inputParts(coverage)
    return ["\(coverage.contacts) contact\(coverage.contacts == 1 ? "" : "s"); supplies: \(parts.supplied)"]
      + parts.partly.map { "partly: \($0)" } + parts.not.map { "cannot supply: \($0)" }
  }

  /// What an input supplies, in three parts: the measures supplied in full, then
  /// "names (why)" for those supplied partly and for those not supplied, one
  /// entry per distinct reason.
  static func inputParts(_ coverage: InputCoverage) -> (supplied: String, partly: [String], not: [String]) {
    var supplied: [String] = []
    var partly: [(String, String)] = []
    var not: [(String, String)] = []
    for (measure, support) in coverage.support {
      switch support {
      case .supplied: supplied.append(label(measure: measure))
      case .partial(let why): partly.append((label(measure: measure), why))
      case .notSupplied(let why): not.append((label(measure: measure), why))
      }
    }
    func lines(_ items: [(String, String)]) -> [String] {
      byReason(items).map { "\($0.names.joined(separator: ", ")) (\($0.reason))" }
    }
    return (supplied.isEmpty ? "nothing" : supplied.joined(separator: ", "), lines(partly), lines(not))
  }

  /// The names sharing each reason, reasons in first-seen order.
  private static func byReason(_ items: [(name: String, reason: String)]) -> [(reason: String, names: [String])] {
    var reasons: [String] = []
    var names: [String: [String]] = [:]
    for item in items {
      if names[item.reason] == nil { reasons.append(item.reason) }
      names[item.reason, default: []].append(item.name)
    }
    return reasons.map { ($0, names[$0]!) }
  }
}
