/// A set of words (and optionally numbers) a phrase-rule step accepts.
///
/// A plain value (a `StaticWordTable` and two limits): copying one costs no reference
/// counting, which matters in the per-token loops of the rules.
package struct WordSet: Sendable {
  private let words: StaticWordTable<Bool>
  /// Numbers (digits or number words) at least this large also match.
  private let minimumNumber: Int?
  /// Ordinals ("3rd", "third") at least this large also match.
  private let minimumOrdinal: Int?
  /// Bit `k` set: tokens of `LexemeKind(rawValue: k)` match whatever they spell (`#url`).
  private let kinds: UInt16

  /// A set of the given space-separated words.
  package init(_ words: String, numbersFrom: Int? = nil, ordinalsFrom: Int? = nil) {
    self.init(
      words: StaticWordTable(words: words.split(whereSeparator: \.isWhitespace).map(String.init)),
      numbersFrom, ordinalsFrom)
  }

  /// A set of `words` that also accepts any token of the given lexeme kinds.
  package init(words: [String], kinds: [LexemeKind]) {
    self.init(words: StaticWordTable(words: words), nil, nil, kinds: kinds.reduce(0) { $0 | 1 << UInt16($1.rawValue) })
  }

  private init(words: StaticWordTable<Bool>, _ numbersFrom: Int?, _ ordinalsFrom: Int?, kinds: UInt16 = 0) {
    self.words = words
    minimumNumber = numbersFrom
    minimumOrdinal = ordinalsFrom
    self.kinds = kinds
  }

  /// This set's words plus `other`'s, accepting the kinds of both (number and ordinal limits
  /// from `self`).
  package func union(_ other: WordSet) -> WordSet {
    WordSet(words: words.union(other.words), minimumNumber, minimumOrdinal, kinds: kinds | other.kinds)
  }

  /// The lexeme kinds accepted whatever they spell, as a bit mask.
  package var acceptedKinds: UInt16 { kinds }

  /// The hashes of the set's words (numbers aside).
  package var wordHashes: [UInt64] { words.hashes }

  /// Whether numbers, ordinals or whole lexeme kinds can match besides the words.
  package var acceptsNumbers: Bool { minimumNumber != nil || minimumOrdinal != nil || kinds != 0 }

  /// Whether the word with hash `hash` is in the set (numbers aside).
  @inline(__always)
  package func contains(word hash: UInt64) -> Bool { words.contains(hash) }

  /// Whether `token` belongs to the set.
  @inline(__always)
  package func contains(_ token: SignalToken) -> Bool {
    if kinds != 0, kinds >> UInt16(token.kind.rawValue) & 1 != 0 { return true }
    if let minimumNumber, let number = token.number, number >= minimumNumber { return true }
    if let minimumOrdinal, let ordinal = token.ordinal, ordinal >= minimumOrdinal { return true }
    return token.hash != 0 && words.contains(token.hash)
  }
}

/// One step of a phrase rule: a word from `words`, after at most `gap` skipped tokens (all of
/// them in `fillers` when fillers are given).
package struct PhraseStep: Sendable {
  /// What the step's token must be.
  package let words: WordSet
  /// Most tokens that may sit between the previous step and this one.
  package let gap: Int
  /// If set, the skipped tokens must come from here ("does not *really* help").
  package let fillers: WordSet?

  /// A step.
  package init(_ words: WordSet, gap: Int = 0, fillers: WordSet? = nil) {
    self.words = words
    self.gap = gap
    self.fillers = fillers
  }
}

/// A sequence of steps with guards, matched over `SignalToken`s — the proximity rules that
/// commercial analytics build as "word NEAR word" categories, kept small and explicit.
package struct PhraseRule: @unchecked Sendable {
  // @unchecked: `steps` is written only in `init` and immutable afterwards.
  /// The steps, in order (never freed: rules live in `static let`s, see `ImmortalStorage`).
  package let steps: UnsafeBufferPointer<PhraseStep>
  /// Rejected when one of these words occurs in the `before` tokens preceding the match
  /// ("*not* working now", "*if* that fixed it").
  package var rejectBefore: WordSet?
  /// Window for `rejectBefore`.
  package var before = 3
  /// Rejected when one of these occurs inside the match or right after it ("cancel the
  /// *technician* visit for my internet", "cancel my service *appointment*").
  package var rejectWithin: WordSet?
  /// Rejected when one of these occurs within `after` tokens following the match ("I want to
  /// cancel *the appointment*").
  package var rejectAfter: WordSet?
  /// Window for `rejectAfter`.
  package var after = 3
  /// Rejected inside a question ("is it working now?").
  package var rejectInQuestion = false
  /// Rejected when preceded (within 4) by "not"/"never" with an intention word in between
  /// ("I do *not want to* cancel"), or by "never" alone.
  package var rejectNegatedIntent = false

  /// A rule from its steps.
  package init(_ steps: PhraseStep...) { self.init(steps: steps) }

  /// A rule from an array of steps (at least one).
  package init(steps: [PhraseStep]) {
    precondition(!steps.isEmpty, "a phrase rule needs a step")
    self.steps = ImmortalStorage.copy(steps)
  }

  /// The match starting at token `start`, whose word the first step accepts, as a token
  /// range (first…last matched token), or nil.
  @inline(__always)
  package func match(from start: Int, in tokens: UnsafeBufferPointer<SignalToken>) -> ClosedRange<Int>? {
    withUnsafePointer(to: self) { Self.match($0, from: start, in: tokens) }
  }

  /// ``match(from:in:)`` of the rule at `rule`, read in place.
  ///
  /// A rule is some 300 bytes (its guards are word sets), and a method called on a rule read
  /// from unsafe storage (a list's rules, the move library's) starts with a copy of all of
  /// it, as the compiler cannot know the call leaves that memory alone: `memmove` under the
  /// move library's and the rule lists' loops was over 1 % of a run. Through the pointer,
  /// each field is loaded where it is used.
  @inline(__always)
  package static func match(
    _ rule: UnsafePointer<PhraseRule>, from start: Int, in tokens: UnsafeBufferPointer<SignalToken>
  ) -> ClosedRange<Int>? {
    guard let end = match(rule.pointee.steps, step: 1, after: start, in: tokens), accepts(rule, start...end, in: tokens)
    else { return nil }
    return start...end
  }

  /// The last token of a match of `steps[step...]` continuing after token `previous`.
  private static func match(
    _ steps: UnsafeBufferPointer<PhraseStep>, step: Int, after previous: Int, in tokens: UnsafeBufferPointer<SignalToken>
  ) -> Int? {
    guard step < steps.count else { return previous }
    let current = steps.baseAddress! + step
    var position = previous + 1
    while position < tokens.count, position <= previous + 1 + current.pointee.gap {
      if current.pointee.words.contains(tokens[position]),
        let end = match(steps, step: step + 1, after: position, in: tokens)
      {
        return end
      }
      // Skipping this token: allowed only if it is a filler (when fillers are specified).
      if let fillers = current.pointee.fillers, !fillers.contains(tokens[position]) { return nil }
      position += 1
    }
    return nil
  }

  private static func accepts(
    _ rule: UnsafePointer<PhraseRule>, _ range: ClosedRange<Int>, in tokens: UnsafeBufferPointer<SignalToken>
  ) -> Bool {
    if rule.pointee.rejectInQuestion, tokens[range.upperBound].inQuestion { return false }
    if let rejectBefore = rule.pointee.rejectBefore {
      for index in max(0, range.lowerBound - rule.pointee.before)..<range.lowerBound
      where rejectBefore.contains(tokens[index]) {
        return false
      }
    }
    if let rejectWithin = rule.pointee.rejectWithin {
      let limit = min(tokens.count, range.upperBound + 2)
      for index in (range.lowerBound + 1)..<limit where rejectWithin.contains(tokens[index]) {
        return false
      }
    }
    if let rejectAfter = rule.pointee.rejectAfter {
      let limit = min(tokens.count, range.upperBound + 1 + rule.pointee.after)
      for index in (range.upperBound + 1)..<max(range.upperBound + 1, limit)
      where rejectAfter.contains(tokens[index]) {
        return false
      }
    }
    if rule.pointee.rejectNegatedIntent {
      let window = max(0, range.lowerBound - 4)..<range.lowerBound
      let vocabulary = SignalVocabulary.self
      if window.contains(where: { vocabulary.never.contains(tokens[$0]) }) { return false }
      if let negation = window.last(where: { vocabulary.not.contains(tokens[$0]) }),
        ((negation + 1)..<range.lowerBound).contains(where: { vocabulary.intent.contains(tokens[$0]) })
      {
        return false
      }
    }
    return true
  }
}
