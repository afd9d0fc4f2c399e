/// An ordered list of phrase rules, matched together: the earliest match in the text wins,
/// and among matches starting at the same token the rule listed first.
///
/// An index from first-step words to the rules they can open means each token is looked up
/// once, instead of once per rule (the lists hold up to 20 rules and most tokens open none).
package struct PhraseRuleList: @unchecked Sendable {
  // @unchecked: the storage is written only in `init` and immutable afterwards.
  /// The rules, in order.
  package let rules: UnsafeBufferPointer<PhraseRule>
  /// Word hash → bit `i` set when rule `i`'s first step accepts the word.
  private let openers: StaticWordTable<UInt64>
  /// Bit `i` set when rule `i`'s first step also accepts numbers or ordinals.
  private let numericOpeners: UInt64

  /// The list of `rules`, in order (at most 64).
  package init(_ rules: [PhraseRule]) {
    precondition(rules.count <= 64, "a rule list is indexed by a 64-bit mask")
    var masks: [UInt64: UInt64] = [:]
    var numeric: UInt64 = 0
    for (index, rule) in rules.enumerated() {
      let first = rule.steps[0].words
      for hash in first.wordHashes { masks[hash, default: 0] |= 1 << UInt64(index) }
      if first.acceptsNumbers { numeric |= 1 << UInt64(index) }
    }
    self.rules = ImmortalStorage.copy(rules)
    openers = StaticWordTable(hashed: masks.map { ($0.key, $0.value) })
    numericOpeners = numeric
  }

  /// The earliest match in `tokens` (first-listed rule on a tie), as a token range.
  package func firstMatch(in tokens: UnsafeBufferPointer<SignalToken>) -> ClosedRange<Int>? {
    for start in tokens.indices {
      if let range = match(at: start, in: tokens) { return range }
    }
    return nil
  }

  /// The match starting at token `start` (first-listed rule on a tie), as a token range: for
  /// a caller reading several lists in one pass over the tokens, which asks only where
  /// ``openingWords`` or ``opensOnNumbers`` says a rule may start.
  @inline(__always)
  package func match(at start: Int, in tokens: UnsafeBufferPointer<SignalToken>) -> ClosedRange<Int>? {
    let token = tokens[start]
    // The rules whose first step accepts this token: by word, then by number.
    var candidates = token.hash != 0 ? openers.lookup(token.hash) ?? 0 : 0
    var numeric = numericOpeners & ~candidates
    while numeric != 0 {
      let index = numeric.trailingZeroBitCount
      numeric &= numeric - 1
      if rules[index].steps.baseAddress!.pointee.words.contains(token) { candidates |= 1 << UInt64(index) }
    }
    while candidates != 0 {
      let index = candidates.trailingZeroBitCount
      candidates &= candidates - 1
      // In place: a copy of the rule would cost more than most attempts (``PhraseRule/match(_:from:in:)``).
      if let range = PhraseRule.match(rules.baseAddress! + index, from: start, in: tokens) { return range }
    }
    return nil
  }

  /// The hashes of the words some rule's first step accepts (as ``StaticWordTable`` lists
  /// them), numbers and lexeme kinds aside.
  package var openingWords: [UInt64] { openers.hashes }

  /// Whether some rule's first step also accepts numbers, ordinals or whole lexeme kinds: a
  /// token may then open a rule whatever word it spells.
  package var opensOnNumbers: Bool { numericOpeners != 0 }
}
