import CallAuditText

/// The script each agent sentence of one contact matches, each looked up at most once.
///
/// Measuring a contact asks the script library about its sentences up to three times: for
/// the reply (its own sentences), for a flagged contact's evidence (every sentence, settled
/// moves included) and for the move lines (the settled moves). Each question is an LSH
/// probe, the costliest step of measuring, and the answer cannot change in between.
///
/// Scratch space: one value serves contact after contact (``start(_:)``), so measuring
/// allocates nothing for it once the longest reply has been seen. It also keeps the
/// answers for fingerprints met in earlier contacts (``RecentScriptMatches``), so one value
/// serves one scoring context.
package struct ScriptMatches {
  /// Per sentence: ``unknown``, ``noScript``, or the script's id.
  private var ids: [Int] = []
  private var recent = RecentScriptMatches()

  private static let unknown = -2
  private static let noScript = -1

  package init() {}

  /// Forgets the last contact's answers, for a contact of `sentences` agent sentences.
  /// - Complexity: O(`sentences`).
  package mutating func start(_ sentences: Int) {
    ids.removeAll(keepingCapacity: true)
    ids.append(contentsOf: repeatElement(Self.unknown, count: sentences))
  }

  /// The script sentence `position`, of fingerprint `fingerprint`, matches in `provider`'s
  /// library: `lookup`'s answer, asked only the first time, and not at all when an earlier
  /// contact's sentence of the same fingerprint had it.
  package mutating func script(
    at position: Int, fingerprint: SentenceFingerprint, provider: Int, lookup: () -> Int?
  ) -> Int? {
    let known = ids[position]
    if known != Self.unknown { return known == Self.noScript ? nil : known }
    let id = recent.script(fingerprint, provider: provider, lookup: lookup)
    ids[position] = id ?? Self.noScript
    return id
  }
}
