import CallAuditModel

/// Names the inputs that contacts came from, for the sentences that say why a
/// measure could not be computed ("no transcript text in the asterisk-cdr-csv input").
package struct InputNames {
  /// Per input index: its format's name, else its path; `nil` past the known inputs.
  private let names: [String]

  /// Names taken from the summaries, in input order.
  package init(_ inputs: [InputSummary]) {
    names = inputs.map { $0.format?.rawValue ?? $0.path }
  }

  /// "the freeswitch-cdr-csv input", "the asterisk-cdr-csv and freeswitch-xml-cdr
  /// inputs", or "these contacts" when an input is not known. Formats name the
  /// inputs rather than paths: they say why the text is missing.
  package func describe(_ sources: Set<Int32>) -> String {
    guard !sources.isEmpty, sources.allSatisfy({ Int($0) < names.count }) else { return "these contacts" }
    // Sorted by name, not input order, so the report does not depend on the
    // order the inputs were given in.
    let distinct = Set(sources.map { names[Int($0)] }).sorted()
    let list = distinct.count <= 2
      ? distinct.joined(separator: " and ")
      : distinct.dropLast().joined(separator: ", ") + " and " + distinct.last!
    return "the \(list) input\(sources.count == 1 ? "" : "s")"
  }
}
