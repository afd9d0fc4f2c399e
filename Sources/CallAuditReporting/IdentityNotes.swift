import CallAuditMetrics

/// The words every report uses for contacts read more than once
/// (``InputCoverage/duplicates``, ``InputCoverage/updated``, ``InputSummary/identicalTo``),
/// so the five formats say the same thing.
enum IdentityNotes {
  /// The run's totals, or `nil` when every contact was read once:
  /// "800 distinct contacts: 800 duplicate records counted once, 2 updated versions".
  static func runPhrase(_ report: AnalysisReport) -> String? {
    let duplicates = report.inputCoverage.reduce(0) { $0 + $1.duplicates }
    let updated = report.inputCoverage.reduce(0) { $0 + $1.updated }
    guard duplicates + updated > 0 else { return nil }
    // Contacts a filter left out are distinct contacts too (0 without a filter).
    let contacts = report.inputCoverage.reduce(0) { $0 + $1.contacts + $1.leftOut }
    return "\(contacts) distinct contact\(contacts == 1 ? "" : "s"): " + counts(duplicates: duplicates, updated: updated)
  }

  /// What became of one input's accepted records, or `nil` when all were new.
  static func inputPhrase(_ report: AnalysisReport, at index: Int) -> String? {
    let input = report.inputs[index]
    if let earlier = input.identicalTo, earlier < report.inputs.count {
      return "identical to \(report.inputs[earlier].path): its \(input.accepted) record\(input.accepted == 1 ? " is a duplicate" : "s are duplicates"), not measured again"
    }
    guard index < report.inputCoverage.count else { return nil }
    let coverage = report.inputCoverage[index]
    guard coverage.duplicates + coverage.updated > 0 else { return nil }
    return "of the accepted records, " + counts(duplicates: coverage.duplicates, updated: coverage.updated)
  }

  /// Whether the input's coverage can be described: not for an input identical to
  /// an earlier one, which was not read again.
  static func showsCoverage(_ report: AnalysisReport, at index: Int) -> Bool {
    report.inputs[index].identicalTo == nil && index < report.inputCoverage.count
  }

  private static func counts(duplicates: Int, updated: Int) -> String {
    var parts: [String] = []
    if duplicates > 0 {
      parts.append("\(duplicates) duplicate\(duplicates == 1 ? " was" : "s were") counted once")
    }
    if updated > 0 {
      parts.append(
        "\(updated) \(updated == 1 ? "was an updated version" : "were updated versions") of a contact read before (the latest is measured)")
    }
    return parts.joined(separator: "; ")
  }
}
