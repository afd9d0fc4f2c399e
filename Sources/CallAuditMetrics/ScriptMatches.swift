/// The script each agent sentence of one contact matches, each looked up at most once.
///
/// Measuring a contact asks the script library about its sentences up to three times: for
/// the reply (its own sentences), for a flagged contact's evidence (every sentence, settled
/// moves included) and for the move lines (the settled moves). Each question is an LSH
/// probe, the costliest step of measuring, and the answer cannot change in between.
///
/// Scratch space: one value serves contact after contact (``start(_:)``), so measuring
/// allocates nothing for it once the longest reply has been seen.
package struct ScriptMatches {
  /// Per sentence: ``unknown``, ``noScript``, or the script's id.
  private var ids: [Int] = []

  private static let unknown = -2
  private static let noScript = -1

  package init() {}

  /// Forgets the last contact's answers, for a contact of `sentences` agent sentences.
  /// - Complexity: O(`sentences`).
  package mutating func start(_ sentences: Int) {
    ids.removeAll(keepingCapacity: true)
    ids.append(contentsOf: repeatElement(Self.unknown, count: sentences))
  }

  /// The script sentence `position` matches: `lookup`'s answer, asked only the first time.
  package mutating func script(at position: Int, lookup: () -> Int?) -> Int? {
    let known = ids[position]
    if known != Self.unknown { return known == Self.noScript ? nil : known }
    let id = lookup()
    ids[position] = id ?? Self.noScript
    return id
  }
}
