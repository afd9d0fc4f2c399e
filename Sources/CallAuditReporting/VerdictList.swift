import CallAuditMetrics

/// The verdict lines every report opens with, in one order for every format:
/// the providers whose outsourced and in-house contacts were compared, most
/// severe verdict first (``OutsourcingVerdict/severity``; within a verdict,
/// the larger adjusted ratio first, then by name), then the providers without
/// a comparison — a provider whose reason is its own keeps its sentence, and
/// providers sharing a reason share one line, so a file of a hundred accounts
/// whose sourcing nobody gave reads as one line, not a hundred.
enum VerdictList {
  /// One line of the list.
  enum Entry {
    /// A provider's own verdict sentence.
    case provider(ProviderReport)
    /// Several providers without a comparison for the same reason: the line
    /// that says it, the reason, and the providers, by name.
    case group(sentence: String, reason: NoComparisonReason, providers: [String])
  }

  /// The lines for `providers` (in any order).
  static func entries(_ providers: [ProviderReport]) -> [Entry] {
    let compared = providers.filter { $0.outsourcing.noComparison == nil }.sorted(by: moreSevere)
    var entries = compared.map(Entry.provider)
    // Reasons in the order of their first provider by name.
    var keys: [String] = []
    var byKey: [String: [ProviderReport]] = [:]
    for provider in providers.sorted(by: { $0.name < $1.name }) {
      guard let reason = provider.outsourcing.noComparison else { continue }
      let key = groupKey(reason)
      if byKey[key] == nil { keys.append(key) }
      byKey[key, default: []].append(provider)
    }
    for key in keys {
      let sharing = byKey[key]!
      if sharing.count == 1 {
        entries.append(.provider(sharing[0]))
      } else {
        let names = sharing.map(\.name), first = sharing[0].outsourcing
        entries.append(.group(sentence: sentence(first.noComparison!, names: names, metric: first), reason: first.noComparison!, providers: names))
      }
    }
    return entries
  }

  /// Reasons with the same key share a line: the same kind, and for the kinds
  /// whose words depend on it, the same arm or the same missing data (event
  /// counts differ from provider to provider and are left to each provider's section).
  private static func groupKey(_ reason: NoComparisonReason) -> String {
    switch reason {
    case .oneArm(let present): "\(reason.code) \(present.rawValue)"
    case .notMeasured(let outsourced, let inHouse): "\(reason.code)\u{1}\(outsourced ?? "")\u{1}\(inHouse ?? "")"
    default: reason.code
    }
  }

  /// Whether `a`'s verdict comes before `b`'s.
  static func moreSevere(_ a: ProviderReport, _ b: ProviderReport) -> Bool {
    let x = a.outsourcing.comparison, y = b.outsourcing.comparison
    if x.verdict.severity != y.verdict.severity { return x.verdict.severity < y.verdict.severity }
    let rx = x.adjusted?.ratio ?? 0, ry = y.adjusted?.ratio ?? 0
    if rx != ry { return rx > ry }
    return a.name < b.name
  }

  /// Whether a provider's other comparison (`also`) adds nothing to its
  /// headline one: both fail for the same reason, which the headline line says.
  static func repeatsHeadline(_ other: OutsourcingResult, of provider: ProviderReport) -> Bool {
    guard let reason = other.noComparison else { return false }
    return reason == provider.outsourcing.noComparison
  }

  /// The line of several providers without a comparison for `reason`.
  static func sentence(_ reason: NoComparisonReason, names: [String], metric: OutsourcingResult) -> String {
    let who = "\(names.count) providers (\(list(names)))"
    switch reason {
    case .noSourcing:
      return "No sourcing is known for \(who): give --sites to compare outsourced and in-house."
    case .oneArm(let present):
      return "No comparison for \(who): all their contacts of known sourcing are \(present.rawValue)."
    case .notMeasured(let outsourced, let inHouse):
      let why: String
      switch (outsourced, inHouse) {
      case (let o?, let i?) where o == i: why = "their contacts could not be measured for it (\(o))"
      case (let o?, let i?): why = "their contacts could not be measured for it (outsourced: \(o); in-house: \(i))"
      case (let o?, nil): why = "their outsourced contacts could not be measured for it (\(o))"
      case (nil, let i?): why = "their in-house contacts could not be measured for it (\(i))"
      case (nil, nil): why = "their contacts could not be measured for it"
      }
      return "No comparison on \(metric.metric.label) for \(who): \(why)."
    case .smallArm:
      return "No comparison for \(who): fewer than the \(metric.minimumArm) contacts each arm needs could be measured."
    case .noSharedStratum:
      return "No comparison for \(who): their outsourced and in-house contacts never share an issue category."
    case .tooFewEvents:
      return "No comparison on \(metric.metric.label) for \(who): the events are too few to estimate a ratio."
    }
  }

  /// `A, B and C`, or the first three and how many more.
  static func list(_ names: [String]) -> String {
    if names.count > 4 { return names.prefix(3).joined(separator: ", ") + " and \(names.count - 3) more" }
    return names.count <= 2 ? names.joined(separator: " and ") : names.dropLast().joined(separator: ", ") + " and " + names.last!
  }
}
