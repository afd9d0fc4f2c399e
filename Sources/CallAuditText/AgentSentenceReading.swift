/// One agent sentence, read in one `TextLexer` pass: its fingerprint (for the mined scripts),
/// the support moves it holds, how much else it says, and the case-specific values it states.
package struct AgentSentenceReading: Equatable, BitwiseCopyable {
  /// What the sentence is, for the scripted and outcome rules (docs/metrics.md).
  package enum Role: Equatable {
    /// A ritual (greeting, closing, verification, a note) or filler with no content word:
    /// it neither makes a contact scripted nor saves it.
    case ritual
    /// A generic move: the sentence says nothing a move does not.
    case move(MoveKind)
    /// Anything else: what the agent said of their own.
    case open
  }

  /// Its fingerprint, when long enough to judge.
  package var fingerprint: SentenceFingerprint?
  /// Words as the lexer counts them (numbers and codes included, handles not): the sentence's
  /// weight in the script score.
  package var words = 0
  /// Content words: not function words, not the words every support reply uses, three
  /// letters or more.
  package var content = 0
  /// Content words no move's match spans.
  package var uncovered = 0
  /// The moves found.
  package var moves = MovesFound()
  /// A hash of the case-specific values stated (amounts, dates, times, codes, numbers of two
  /// digits or more that are not durations, phone numbers or part counters); 0 when none.
  package var valueHash: UInt64 = 0
  /// Whether the sentence ends in a question mark.
  package var question = false
  /// Whether a closing invitation ("feel free to…", "if you need…") opens the sentence's moves.
  package var invites = false
  /// Whether the sentence is a short answer (``AnswerRules``).
  package var answers = false
  /// What the sentence shows of its language.
  package var language = LanguageEvidence()
  /// Whether the sentence is the agent's signature ("-Becky", "*TMB", "- Martin 4/4").
  package var signOff = false

  /// Whether the sentence states a case-specific value.
  package var carriesValue: Bool { valueHash != 0 }

  /// Reads `sentence`; `tokens` and `covered` are scratch space reused across sentences.
  package init(_ sentence: Substring, library: SupportMoveLibrary, tokens: inout [SignalToken], covered: inout [Bool]) {
    var noSpecifics: SpecificsScanner?
    self.init(sentence, library: library, tokens: &tokens, covered: &covered, specifics: &noSpecifics)
  }

  /// Reads `sentence` as above and, when `specifics` is a scanner, gives it the sentence's
  /// lexemes from the same pass, so that looking for the customer's
  /// specifics does not lex the sentence again.
  package init(
    _ sentence: Substring, library: SupportMoveLibrary, tokens: inout [SignalToken], covered: inout [Bool],
    specifics: inout SpecificsScanner?
  ) {
    var sentence = sentence
    tokens.removeAll(keepingCapacity: true)
    specifics?.removeAll()
    specifics?.reserve(bytes: sentence.utf8.count)
    var builder = FingerprintBuilder()
    var words = 0
    var question = false
    var valueHash: UInt64 = 0
    var language = LanguageEvidence()
    var vocatives = VocativePositions()
    var signOff = false
    // Unowned: the thread's memo outlives this reading (the thread holds it), and a strong
    // reference captured by the lexer's callback was retained and released around every word.
    unowned(unsafe) let commonWords = CommonEnglishWords.Cache.forThisThread
    sentence.withUTF8 { bytes in
      TextLexer.scan(bytes: bytes) { lexeme, normalised in
        builder.add(lexeme, normalised)
        specifics?.add(lexeme, normalised)
        guard lexeme.kind != .mention else { return }
        words += 1
        if lexeme.kind == .word {
          language.add(
            word: UnsafeBufferPointer(rebasing: bytes[lexeme.start..<lexeme.end]), hash: lexeme.hash,
            commonWords: commonWords)
        }
        var token = SignalToken(
          hash: lexeme.hash, number: nil, ordinal: nil, start: lexeme.start, end: lexeme.end, inQuestion: false,
          kind: lexeme.kind, capitalized: lexeme.capitalized, sentenceInitial: lexeme.sentenceInitial)
        if lexeme.kind != .word {
          token.valueHash = TextHash.word(normalised)
          token.digits = UInt16(clamping: normalised.reduce(0) { $0 + ($1.isDigitByte ? 1 : 0) })
        }
        tokens.append(token)
      }
      question = Self.endsInQuestion(bytes)
      vocatives = tokens.withUnsafeBufferPointer { Self.vocatives(in: $0, bytes) }
      signOff = tokens.withUnsafeBufferPointer { Self.isSignOff($0, bytes, commonWords: commonWords) }
      valueHash = tokens.withUnsafeBufferPointer { Self.values(in: $0, bytes) }
    }
    fingerprint = builder.fingerprint
    self.words = words
    self.question = question
    self.valueHash = valueHash
    self.language = language
    self.signOff = signOff
    if covered.count < tokens.count { covered = [Bool](repeating: false, count: tokens.count * 2) }
    for index in 0..<tokens.count { covered[index] = false }
    var invitation = false
    var shortAnswer = false
    let (moves, content, uncovered) = tokens.withUnsafeBufferPointer { tokens in
      covered.withUnsafeMutableBufferPointer { covered in
        let found = library.read(tokens, covered: covered)
        let vocabulary = ConversationVocabulary.self
        // The invitation may follow an acknowledgement that opens the closing: "Glad to hear
        // that, feel free to message us again here if you need help" (twcs-monalisapatra26
        // contact 1456).
        let moving = min(found.start(.deflect) ?? Int.max, found.start(.escalate) ?? Int.max)
        if let close = found.start(.close), close <= moving {
          invitation = (close..<min(moving, tokens.count)).contains { vocabulary.invitations.contains(tokens[$0]) }
        }
        shortAnswer = AnswerRules.rules.firstMatch(in: tokens) != nil
        var content = 0, uncovered = 0
        let function = vocabulary.functionWords, support = vocabulary.supportWords
        for (index, token) in tokens.enumerated() where token.kind == .word && token.end - token.start >= 3 {
          if function.contains(word: token.hash) || support.contains(word: token.hash) { continue }
          if vocatives.contains(index) { continue }
          content += 1
          if !covered[index] { uncovered += 1 }
        }
        return (found, content, uncovered)
      }
    }
    self.moves = moves
    self.content = content
    self.uncovered = uncovered
    invites = invitation
    answers = shortAnswer
  }

  /// The sentence's role; `channelAsked` when the customer asked how to reach the company,
  /// so that naming the channel answers them.
  ///
  /// A deflection inside an invitation to come back ("feel free to message us again if you
  /// need help") is a closing ritual, not a deflection; a short answer ("that option is not
  /// available", "we don't have any information on this yet") is the agent's own words.
  package func role(channelAsked: Bool) -> Role {
    if signOff { return .ritual }
    // A short answer wins over the deflection beside it: "this feature is not available as
    // of now, please suggest a feature request at: …" answered the question (bench/quality
    // AdobeCare 2313).
    if answers { return .open }
    let strong = MoveKind.precedence.first {
      $0.isStrong && moves.has($0) && !(channelAsked && $0 == .deflect) && !(invites && ($0 == .deflect || $0 == .escalate))
    }
    if let strong { return .move(strong) }
    if moves.has(.apologise), uncovered < Self.substanceWords { return .move(.apologise) }
    if MoveKind.precedence.contains(where: { $0.isRitual && moves.has($0) }), uncovered < Self.substanceWords {
      return .ritual
    }
    // An intake question names the customer's product as it asks for its version ("Which iOS
    // version are you using?", twcs-monalisapatra26/twcs.csv:1994): verification, not a
    // question that follows from the symptom. A value in it ("iOS 11.1") is still a value.
    if question, moves.has(.verify), !carriesValue, uncovered < Self.intakeQuestionWords { return .ritual }
    return content == 0 ? .ritual : .open
  }

  /// The move a sentence of role `.move(kind)` is counted as.
  package func move(of kind: MoveKind) -> Int? { moves.first(kind) }

  /// Content words beyond a weak move that make the sentence say something of its own.
  package static let substanceWords = 3
  /// Content words beyond a verification move that make a question more than intake.
  package static let intakeQuestionWords = 5

  /// Whether the last byte that is not a blank, quote or bracket is "?".
  private static func endsInQuestion(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = bytes.count - 1
    while index >= 0 {
      let byte = bytes[index]
      if byte == UInt8(ascii: "?") { return true }
      guard byte.isBlankByte || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
      else { return false }
      index -= 1
    }
    return false
  }

  /// The hash of the case-specific values among `tokens`, or 0.
  private static func values(in tokens: UnsafeBufferPointer<SignalToken>, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      switch token.kind {
      case .number:
        // A run of numbers is a phone number ("0344 556 5650"), not a fact of the case.
        var end = index + 1
        while end < tokens.count, tokens[end].kind == .number { end += 1 }
        let next = end < tokens.count ? tokens[end] : nil
        let duration = next.map { $0.kind == .word && SpecificsVocabulary.durations.contains($0.hash) } ?? false
        if end - index == 1, token.digits >= 2, !duration, !isPartCounter(token, bytes) {
          hash = TextHash.combine(hash | 1, token.valueHash)
        }
        index = end
        continue
      case .amount, .time:
        if token.digits >= 1, !isPartCounter(token, bytes) { hash = TextHash.combine(hash | 1, token.valueHash) }
      case .identifier:
        if token.digits >= 1, !isPartCounter(token, bytes), !isPhoneNumber(token, bytes) {
          hash = TextHash.combine(hash | 1, token.valueHash)
        }
      case .date:
        if !isPartCounter(token, bytes) { hash = TextHash.combine(hash | 1, token.valueHash) }
      default:
        break
      }
      index += 1
    }
    return hash
  }

  /// The customer addressed by name — "Sorry for the delay and trouble, Melanie!", "Hi Tim,"
  /// (bench/quality hulu_support 1264, AskPapaJohns 4648): a capitalised word after a comma
  /// or a greeting that ends a clause. A name said to the customer is courtesy, not something
  /// the agent said of the case, so it is no content word.
  private static func vocatives(in tokens: UnsafeBufferPointer<SignalToken>, _ bytes: UnsafeBufferPointer<UInt8>) -> VocativePositions {
    var found = VocativePositions()
    for (index, token) in tokens.enumerated() where token.kind == .word && token.capitalized && !token.sentenceInitial {
      var before = token.start - 1
      while before >= 0, bytes[before] == UInt8(ascii: " ") { before -= 1 }
      let afterComma = before >= 0 && bytes[before] == UInt8(ascii: ",")
      let afterGreeting = index > 0 && ConversationVocabulary.greetingWords.contains(tokens[index - 1])
      guard afterComma || afterGreeting else { continue }
      var after = token.end
      while after < bytes.count, bytes[after] == UInt8(ascii: " ") { after += 1 }
      guard after == bytes.count || Self.endsClause(bytes[after]) else { continue }
      found.insert(index)
    }
    return found
  }

  /// The agent's signature, a sentence of its own at the end of a reply: "-Becky", "*TMB",
  /// "- Martin 4/4", "~ Ellen" (bench/quality ChipotleTweets 3356, Delta 3251, Tesco 2767).
  /// Read as words, it made a reply of thanks "0 % script": one or two capitalised words
  /// and at most a part counter, after a signature mark or, without one, names that are
  /// not common English words ("Maclaine").
  private static func isSignOff(
    _ tokens: UnsafeBufferPointer<SignalToken>, _ bytes: UnsafeBufferPointer<UInt8>,
    commonWords: CommonEnglishWords.Cache
  ) -> Bool {
    var words = 0, common = false
    for token in tokens {
      switch token.kind {
      case .word:
        guard token.capitalized else { return false }
        words += 1
        if commonWords.contains(token.hash) { common = true }
      case .mention:
        continue
      default:
        guard isPartCounter(token, bytes) else { return false }
      }
    }
    guard (1...2).contains(words), let first = tokens.first(where: { $0.kind == .word }) else { return false }
    var index = first.start - 1
    while index >= 0, bytes[index] == UInt8(ascii: " ") { index -= 1 }
    let marked = index >= 0 && Self.isSignatureMark(bytes, endingAt: index)
    return marked || !common
  }

  /// "-", "*", "~", "^", "/" or an en or em dash (U+2013, U+2014: E2 80 93, E2 80 94) ends at `index`.
  private static func isSignatureMark(_ bytes: UnsafeBufferPointer<UInt8>, endingAt index: Int) -> Bool {
    switch bytes[index] {
    case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "~"), UInt8(ascii: "^"), UInt8(ascii: "/"): return true
    case 0x93, 0x94: return index >= 2 && bytes[index - 2] == 0xE2 && bytes[index - 1] == 0x80
    default: return false
    }
  }

  private static func endsClause(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: ",") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?")
  }

  /// "1-800-956-4442", "800.222.2377": a phone number written as one code — the company's
  /// line, not a fact of the case (bench/quality Ask_WellsFargo 4821). Digits in groups
  /// joined by "-" or ".", 10 or 11 in all, the last group of four; an order number
  /// ("112-3456789-1234567") has a longer last group.
  private static func isPhoneNumber(_ token: SignalToken, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard token.digits == 10 || token.digits == 11 else { return false }
    var groups = 0, run = 0
    for index in token.start..<token.end {
      let byte = bytes[index]
      if byte.isDigitByte {
        run += 1
      } else if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "."), run > 0 {
        groups += 1
        run = 0
      } else if !(index == token.start && byte == UInt8(ascii: "+")) {
        return false
      }
    }
    return groups >= 2 && run == 4
  }

  /// "1/2", "(2/3)", "2/2": a tweet thread's part counter.
  private static func isPartCounter(_ token: SignalToken, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var low = token.start, high = token.end
    if low > 0, bytes[low - 1] == UInt8(ascii: "(") { low -= 1 }
    while low < high, !bytes[low].isDigitByte { low += 1 }
    while high > low, !bytes[high - 1].isDigitByte { high -= 1 }
    guard let slash = (low..<high).first(where: { bytes[$0] == UInt8(ascii: "/") }) else { return false }
    let first = UnsafeBufferPointer(rebasing: bytes[low..<slash])
    let second = UnsafeBufferPointer(rebasing: bytes[(slash + 1)..<high])
    guard let part = SignalTokenizer.integer(first), let whole = SignalTokenizer.integer(second) else { return false }
    return part >= 1 && whole <= 9 && part <= whole
  }
}

/// Positions of vocative names in a sentence's tokens: at most a few, so a fixed bit set of
/// the first 64 tokens, with no allocation per sentence.
struct VocativePositions {
  private var bits: UInt64 = 0

  mutating func insert(_ index: Int) { if index < 64 { bits |= 1 << UInt64(index) } }

  func contains(_ index: Int) -> Bool { index < 64 && bits & (1 << UInt64(index)) != 0 }
}
