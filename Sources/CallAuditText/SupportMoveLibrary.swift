/// The library of generic support moves (docs/metrics.md, "The library of support moves"):
/// the wording any support team uses to deflect, hold, apologise, verify, greet and close,
/// recognised by proximity patterns over the lexer's tokens, so it finds the moves of a
/// provider with eleven threads as well as of one with a million.
///
/// The patterns are compiled into `PhraseRule`s once; an index from the words that can open a
/// pattern to the patterns they open means each token is looked up once, not once per move.
public struct SupportMoveLibrary: @unchecked Sendable {
  // @unchecked: the storage is written only in `init` and immutable afterwards.
  /// The moves, in library order (their ids); never freed, like the rules, so that copying
  /// a library (every contact and sentence reads through one) costs no reference counting on
  /// storage all threads share. A library read with ``init(parsing:)`` therefore lives as
  /// long as the process: keep it, as ``shipped`` is kept, rather than parse one per use.
  public let moves: UnsafeBufferPointer<SupportMove>
  /// Each move's rule, by id (never freed: libraries live in `static let`s).
  private let rules: UnsafeBufferPointer<PhraseRule>
  /// Each move's kind bit, by id.
  private let kindBits: UnsafeBufferPointer<UInt16>
  /// Word hash → (start << 16 | count) of the ids in `openerIDs` whose first step accepts it.
  private let openers: StaticWordTable<UInt32>
  private let openerIDs: UnsafeBufferPointer<UInt16>
  /// Ids whose first step accepts a whole lexeme kind (`#url`), tried at every such token.
  private let kindOpenerIDs: UnsafeBufferPointer<UInt16>

  /// The shipped library (`SupportMoveLibrary+Data.swift`).
  public static let shipped: SupportMoveLibrary = {
    do {
      return try SupportMoveLibrary(parsing: shippedText)
    } catch {
      preconditionFailure("the shipped move library does not parse: \(error)")
    }
  }()

  /// Why a library text could not be read.
  public struct ParseError: Error, CustomStringConvertible, Sendable {
    /// The 1-based line.
    public var line: Int
    /// What was wrong.
    public var message: String
    public var description: String { "line \(line): \(message)" }
  }

  /// Reads a library text in the documented format: `kind | pattern | example | source`.
  public init(parsing text: String) throws(ParseError) {
    var moves: [SupportMove] = []
    var rules: [PhraseRule] = []
    for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.trimmingCharacters(in: " \t\r")
      if line.isEmpty || line.hasPrefix("#") { continue }
      let fields = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: " \t") }
      guard fields.count == 4 else {
        throw ParseError(line: offset + 1, message: "expected 'kind | pattern | example | source'")
      }
      guard let kind = MoveKind(rawValue: fields[0]) else {
        throw ParseError(line: offset + 1, message: "unknown kind '\(fields[0])'")
      }
      guard moves.count < Int(UInt16.max) else { throw ParseError(line: offset + 1, message: "too many moves") }
      let steps = try Self.steps(of: fields[1], line: offset + 1)
      moves.append(SupportMove(id: moves.count, kind: kind, pattern: fields[1], example: fields[2], source: fields[3]))
      rules.append(PhraseRule(steps: steps))
    }
    var byWord: [UInt64: [UInt16]] = [:]
    var byKind: [UInt16] = []
    for (id, rule) in rules.enumerated() {
      let first = rule.steps[0].words
      for hash in first.wordHashes { byWord[hash, default: []].append(UInt16(id)) }
      if first.acceptedKinds != 0 { byKind.append(UInt16(id)) }
    }
    var flat: [UInt16] = []
    var entries: [(UInt64, UInt32)] = []
    for (hash, ids) in byWord.sorted(by: { $0.key < $1.key }) {
      entries.append((hash, UInt32(flat.count) << 16 | UInt32(ids.count)))
      flat.append(contentsOf: ids)
    }
    self.moves = ImmortalStorage.copy(moves)
    self.rules = ImmortalStorage.copy(rules)
    kindBits = ImmortalStorage.copy(moves.map(\.kind.bit))
    openers = StaticWordTable(hashed: entries)
    openerIDs = ImmortalStorage.copy(flat)
    kindOpenerIDs = ImmortalStorage.copy(byKind)
  }

  /// The steps of one pattern: blank-separated words, `a/b` alternatives, `#url`, `#email`,
  /// `#number`, `#id`, and `*N` gaps before the next step.
  private static func steps(of pattern: String, line: Int) throws(ParseError) -> [PhraseStep] {
    var steps: [PhraseStep] = []
    var gap = 0
    for item in pattern.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
      if item.hasPrefix("*") {
        guard let value = Int(item.dropFirst()), value >= 0, value <= 12 else {
          throw ParseError(line: line, message: "a gap is '*N' with N from 0 to 12")
        }
        gap = value
        continue
      }
      var words: [String] = []
      var kinds: [LexemeKind] = []
      for alternative in item.split(separator: "/") {
        switch alternative {
        case "#url": kinds.append(.url)
        case "#email": kinds.append(.email)
        case "#number": kinds.append(.number)
        case "#id": kinds.append(.identifier)
        default:
          guard let word = normalised(String(alternative)) else {
            throw ParseError(line: line, message: "'\(alternative)' is not a word the lexer reads")
          }
          words.append(word)
        }
      }
      steps.append(PhraseStep(WordSet(words: words, kinds: kinds), gap: steps.isEmpty ? 0 : gap))
      gap = 0
    }
    guard !steps.isEmpty else { throw ParseError(line: line, message: "empty pattern") }
    return steps
  }

  /// A pattern word as the lexer writes it ("e-mail" → "email"), or nil when it is not one word.
  private static func normalised(_ word: String) -> String? {
    var result: [String] = []
    TextLexer.scan(word) { lexeme, bytes in
      if lexeme.kind == .word { result.append(String(decoding: bytes, as: UTF8.self)) }
    }
    return result.count == 1 ? result[0] : nil
  }

  /// The moves found in one sentence's tokens; `covered[i]` is set for every token a match spans.
  ///
  /// Every pattern is tried at every token its first step accepts; a token may be covered by
  /// several moves. The first move of each kind (by position, then library order) is kept.
  package func read(_ tokens: UnsafeBufferPointer<SignalToken>, covered: UnsafeMutableBufferPointer<Bool>) -> MovesFound {
    var found = MovesFound()
    for start in tokens.indices {
      let token = tokens[start]
      if token.hash != 0, token.kind == .word, let packed = openers.lookup(token.hash) {
        let first = Int(packed >> 16), count = Int(packed & 0xFFFF)
        for position in first..<(first + count) { attempt(Int(openerIDs[position]), at: start, tokens, covered, &found) }
      }
      if token.kind != .word {
        for id in kindOpenerIDs where rules[Int(id)].steps.baseAddress!.pointee.words.contains(token) {
          attempt(Int(id), at: start, tokens, covered, &found)
        }
      }
    }
    return found
  }

  @inline(__always)
  private func attempt(
    _ id: Int, at start: Int, _ tokens: UnsafeBufferPointer<SignalToken>, _ covered: UnsafeMutableBufferPointer<Bool>,
    _ found: inout MovesFound
  ) {
    // In place: a copy of the rule would cost more than most attempts (``PhraseRule/match(_:from:in:)``).
    guard let range = PhraseRule.match(rules.baseAddress! + id, from: start, in: tokens) else { return }
    for index in range { covered[index] = true }
    found.note(id, kindBit: kindBits[id], start: start)
  }
}

/// The moves found in a sentence: which kinds, and the first move of each.
package struct MovesFound: Equatable, BitwiseCopyable {
  /// One bit per `MoveKind` (`MoveKind.bit`).
  package var kinds: UInt16 = 0
  /// The first move id of each kind, by `MoveKind` position; `UInt16.max` when none.
  package var firstOfKind = SIMD16<UInt16>(repeating: .max)
  /// The token where each kind's first match starts, by `MoveKind` position.
  package var startOfKind = SIMD16<UInt16>(repeating: .max)

  package mutating func note(_ id: Int, kindBit: UInt16, start: Int) {
    let index = kindBit.trailingZeroBitCount
    if firstOfKind[index] == .max {
      firstOfKind[index] = UInt16(id)
      startOfKind[index] = UInt16(clamping: start)
    }
    kinds |= kindBit
  }

  /// The token where the first match of `kind` starts, if any.
  package func start(_ kind: MoveKind) -> Int? {
    let start = startOfKind[kind.bit.trailingZeroBitCount]
    return start == .max ? nil : Int(start)
  }

  /// Whether a move of `kind` was found.
  package func has(_ kind: MoveKind) -> Bool { kinds & kind.bit != 0 }

  /// The first move of `kind`, if any.
  package func first(_ kind: MoveKind) -> Int? {
    let id = firstOfKind[kind.bit.trailingZeroBitCount]
    return id == .max ? nil : Int(id)
  }
}

extension String {
  /// The string without leading and trailing characters from `set`.
  fileprivate func trimmingCharacters(in set: String) -> String {
    var text = Substring(self)
    while let first = text.first, set.contains(first) { text = text.dropFirst() }
    while let last = text.last, set.contains(last) { text = text.dropLast() }
    return String(text)
  }
}

extension Substring {
  fileprivate func trimmingCharacters(in set: String) -> String { String(self).trimmingCharacters(in: set) }
}

extension SupportMoveLibrary {
  /// The kind of move a whole line is, read as an agent sentence would be: the strongest
  /// move among its sentences, a ritual when it holds nothing else, nil when some sentence
  /// is the agent's own words. Names the kind of a mined or known script line.
  public func kind(of line: String) -> MoveKind? {
    var tokens: [SignalToken] = []
    var covered: [Bool] = []
    var found: UInt16 = 0
    for sentence in SentenceSplitter.sentences(in: line) {
      let reading = AgentSentenceReading(sentence, library: self, tokens: &tokens, covered: &covered)
      switch reading.role(channelAsked: false) {
      case .move(let kind): found |= kind.bit
      case .ritual: found |= reading.moves.kinds == 0 ? MoveKind.close.bit : reading.moves.kinds
      case .open: return nil
      }
    }
    return MoveKind.precedence.first { found & $0.bit != 0 }
  }
}
