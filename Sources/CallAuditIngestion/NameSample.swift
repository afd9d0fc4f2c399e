/// A few names out of many, for one note: the first ``shownLimit``, each
/// clipped to ``characterLimit`` characters, then how many more there were.
///
/// Names come from the input (column headers, element names), so a note that
/// copied them all would be as large as the input: a 60 MB header line would
/// become a 60 MB line in the report. Only the shown names are kept; the rest
/// are counted.
package struct NameSample {
  /// Names shown at most.
  package static let shownLimit = 5
  /// Characters shown of one name at most, the ellipsis included.
  package static let characterLimit = 40

  /// The names shown, clipped.
  package private(set) var shown: [String] = []
  /// Names added beyond those shown.
  package private(set) var more = 0

  /// Whether no name was added.
  package var isEmpty: Bool { shown.isEmpty }

  /// Adds one name: kept (clipped) while fewer than ``shownLimit`` are, else counted.
  package mutating func add(_ name: some StringProtocol) {
    if shown.count < Self.shownLimit {
      shown.append(Self.clipped(name))
    } else {
      more += 1
    }
  }

  /// `a, b, c`, or `a, b, c, d, e and 12 more`; `decorate` wraps each shown name.
  package func text(_ decorate: (String) -> String = { $0 }) -> String {
    shown.map(decorate).joined(separator: ", ") + (more > 0 ? " and \(more) more" : "")
  }

  /// `name` cut to ``characterLimit`` characters, ending in `…` when cut.
  /// Costs no more than the limit, however long the name.
  package static func clipped(_ name: some StringProtocol) -> String {
    guard let cut = name.index(name.startIndex, offsetBy: characterLimit, limitedBy: name.endIndex),
      cut != name.endIndex
    else { return String(name) }
    return String(name[..<name.index(before: cut)]) + "…"
  }
}
