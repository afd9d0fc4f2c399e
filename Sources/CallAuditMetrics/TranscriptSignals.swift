import CallAuditModel
import CallAuditText

/// What one contact's transcript tells the metrics, read once while the contact is in hand
/// so that the text itself need not be kept (docs/metrics.md, "Scripted" and "Outcome").
///
/// Each agent sentence is read once (`AgentSentenceReading`) and given a role: ritual, a
/// generic move of the library, or the agent's own words. Rituals and moves are settled
/// here; the agent's own sentences keep their fingerprint, since a provider's mined scripts
/// (known only when every input is read) may still show them to be script.
package struct TranscriptSignals {
  /// The most agent sentences read from one contact (docs/metrics.md).
  ///
  /// A long real chat holds a few hundred; the limit only bites on an absurd transcript
  /// (a 50 MB field), so memory stays bounded by the record limit.
  package static let maximumAgentSentences = 5_000

  /// The agent's sentences long enough to fingerprint, in order.
  package var agentSentences: [SentenceFingerprint] = []
  /// What each of those sentences carries, in the same order: `settled` for a move or a
  /// ritual (kept only so that a flagged contact can quote the script line it matches).
  package var sentenceTraits: [SentenceTraits] = []
  /// Words in every agent sentence read: the weight of the agent's text.
  package var agentWords = 0
  /// Words in ritual sentences (greetings, closings, verification, notes, filler).
  package var ritualWords = 0
  /// Words in sentences that are library moves.
  package var moveWords = 0
  /// Words in the agent's own sentences too short to fingerprint.
  package var looseWords = 0
  /// Whether one of those short sentences takes up a specific, states a value of the case or
  /// is a short answer (``AnswerRules``).
  package var looseEngaged = false
  /// The library moves counted, in order of first use, each once (at most `maximumMoves`).
  package var moves: [UInt16] = []
  /// For each of `moves`, the position in `agentSentences` of the sentence that first made it
  /// (``noSentence`` when that sentence was too short to fingerprint): the report quotes the
  /// provider's own line for the move through it.
  package var moveSentences: [UInt16] = []
  /// No sentence to quote for a move.
  package static let noSentence = UInt16.max
  /// The customer's last word on the outcome, when it says the problem persists.
  package var persistence: String?
  /// The customer's words that announce leaving, if any.
  package var churnIntent: String?
  /// How the conversation ended; nil without text.
  package var outcome: ConversationOutcome?
  /// Whether the customer raised something to resolve (a question, a complaint, a request),
  /// as opposed to praise or chat.
  package var problemRaised = false
  /// Whether the agent wrote in a language the English rules cannot read (``LanguageEvidence``):
  /// the script measures are then not computed.
  package var otherLanguage = false

  /// Most distinct library moves kept per contact.
  package static let maximumMoves = 16

  /// Reads `turns`, reporting each fingerprinted agent sentence to `observe` for script
  /// mining: its text, fingerprint, the hash of the values it states, and — for the agent's
  /// own sentences, nil for settled moves and rituals — its traits.
  package init(
    turns: [Turn], library: SupportMoveLibrary = .shipped,
    observe: (Substring, SentenceFingerprint, UInt64, SentenceTraits?) -> Void
  ) {
    let conversation = Conversation(turns)
    // The working storage, this thread's, given back when done (``Scratch``).
    let scratch = Scratch.forThisThread
    var work = scratch.take()
    var customerSpecifics: SpecificsScanner?
    // The agent sentence's lexemes, kept for the specifics only when there are some to find.
    var agentSpecifics: SpecificsScanner?
    defer {
      if let scanner = customerSpecifics.take() { work.customerSpecifics = scanner }
      if let scanner = agentSpecifics.take() { work.agentSpecifics = scanner }
      scratch.giveBack(&work)
    }
    var customerTurns = 0
    // The customer's words, joined by line breaks, are read for specifics as one text. When
    // that text is one piece (``TextPieces``), the turns' own lexing feeds the specifics
    // scanner: a line break ends a chunk and opens a sentence as the start of a text does,
    // so the lexemes are those of the joined text.
    let customerBytes = Self.joinedCustomerBytes(conversation)
    if customerBytes <= TextPieces.pieceBytes {
      customerSpecifics = Self.take(&work.customerSpecifics)
      customerSpecifics?.reserve(bytes: customerBytes)
    }
    // Scratch tokens for every customer turn and agent sentence.
    work.tokens.reserveCapacity(64)
    for part in conversation.parts {
      if part.speaker == .customer {
        let reading = CustomerTurnReading(part.text, specifics: &customerSpecifics, tokens: &work.tokens)
        work.readings.append(reading)
        customerTurns += 1
        // Joined and read again only when too long to share the turns' lexing.
        if customerSpecifics == nil { work.customerTexts.append(part.text) }
        if churnIntent == nil, reading.churnIntent != nil { churnIntent = Self.quote(part.text) }
      } else {
        work.readings.append(nil)
      }
    }
    var specifics: SpecificDetails.Matcher
    if let scanner = customerSpecifics {
      specifics = SpecificDetails.Matcher(customerSpecificsIn: scanner, reusing: &work.specificsLookup)
    } else {
      specifics = SpecificDetails.Matcher(SpecificDetails.extract(from: work.customerTexts.joined(separator: "\n")))
    }
    // Run before the scratch space is given back (deferred actions run last first).
    defer { specifics.giveBackStorage(to: &work.specificsLookup) }
    let channelAsked = work.readings.contains { $0?.asksForChannel ?? false }
    if !specifics.isEmpty { agentSpecifics = Self.take(&work.agentSpecifics) }
    var judged = 0
    let sentenceMemo = AgentSentenceReading.Memo.forThisThread
    var language = LanguageEvidence()
    for part in conversation.parts {
      guard part.speaker == .agent else {
        work.profiles.append(nil)
        continue
      }
      var profile = AgentTurnProfile()
      SentenceSplitter.split(part.text, into: &work.sentenceRanges)
      for range in work.sentenceRanges where judged < Self.maximumAgentSentences {
        let sentence = SentenceSplitter.sentence(range, of: part.text)
        let (reading, lexed) = sentenceMemo.reading(
          of: sentence, library: library, tokens: &work.tokens, covered: &work.covered, specifics: &agentSpecifics)
        if reading.fingerprint != nil { judged += 1 }
        let role = reading.role(channelAsked: channelAsked)
        language.add(reading.language)
        agentWords += reading.words
        var engages = false
        switch role {
        case .ritual:
          ritualWords += reading.words
          settle(sentence, reading, observe)
        case .move(let kind):
          moveWords += reading.words
          settle(sentence, reading, observe)
          if let move = reading.move(of: kind) {
            let position = reading.fingerprint == nil ? nil : agentSentences.count - 1
            note(move, sentence: position)
          }
        case .open:
          // Answered from the memo, the scanner still holds an earlier sentence; a stated value
          // settles `engages` without it.
          if !reading.carriesValue, !lexed { agentSpecifics?.read(sentence) }
          engages = reading.carriesValue || (agentSpecifics.map { specifics.mentionsAny(in: $0) } ?? false)
          if let fingerprint = reading.fingerprint {
            agentSentences.append(fingerprint)
            var traits: SentenceTraits = []
            if engages { traits.insert(.engages) }
            if reading.carriesValue { traits.insert(.carriesValue) }
            if !reading.question, reading.content >= SentenceTraits.answerContent { traits.insert(.answers) }
            if reading.answers { traits.insert(.settles) }
            sentenceTraits.append(traits)
            observe(sentence, fingerprint, reading.valueHash, traits)
          } else {
            looseWords += reading.words
            // A short answer too short to fingerprint ("That option is not available.") answers.
            if engages || reading.answers { looseEngaged = true }
          }
        }
        profile.add(reading, role: role, engages: engages)
      }
      work.profiles.append(profile)
    }
    otherLanguage = language.isOtherLanguage
    guard conversation.hasText else { return }
    // What the customer said, short of courtesy and praise, is something to resolve; with no
    // customer words in the file (a reply whose question is elsewhere), the agent's moves,
    // questions and statements show there was one.
    problemRaised = customerTurns == 0
      ? moveWords > 0 || work.profiles.contains { ($0?.statements ?? 0) + ($0?.questions ?? 0) + ($0?.verifying ?? 0) > 0 }
      : work.readings.contains { $0.map { $0.raisesSomething || !($0.praises || $0.courtesyOnly) } ?? false }
    if let lastCustomer = work.readings.lastIndex(where: { $0 != nil }), let reading = work.readings[lastCustomer],
      reading.persistence != nil, reading.confirmation == nil || reading.persistsAfterConfirming
    {
      persistence = Self.quote(conversation.parts[lastCustomer].text)
    }
    outcome = OutcomeRules.outcome(
      of: conversation.parts, customers: work.readings, agents: work.profiles, problemRaised: problemRaised)
  }

  /// `scanner`'s storage, moved out, leaving an empty scanner of the same mode behind.
  private static func take(_ scanner: inout SpecificsScanner) -> SpecificsScanner {
    var taken = SpecificsScanner(agent: scanner.agent)
    swap(&taken, &scanner)
    return taken
  }

  /// The UTF-8 length of the customer's turns joined by line breaks.
  private static func joinedCustomerBytes(_ conversation: Conversation) -> Int {
    var bytes = 0, turns = 0
    for part in conversation.parts where part.speaker == .customer {
      bytes += part.text.utf8.count
      turns += 1
    }
    return bytes + max(turns - 1, 0)
  }

  /// Keeps a settled sentence's fingerprint (for quoting) and shows it to the miner.
  private mutating func settle(
    _ sentence: Substring, _ reading: AgentSentenceReading, _ observe: (Substring, SentenceFingerprint, UInt64, SentenceTraits?) -> Void
  ) {
    guard let fingerprint = reading.fingerprint else { return }
    agentSentences.append(fingerprint)
    sentenceTraits.append(.settled)
    observe(sentence, fingerprint, reading.valueHash, nil)
  }

  private mutating func note(_ move: Int, sentence: Int?) {
    let id = UInt16(move)
    guard moves.count < Self.maximumMoves, !moves.contains(id) else { return }
    moves.append(id)
    moveSentences.append(sentence.map { UInt16(clamping: $0) } ?? Self.noSentence)
  }

  /// A customer's words as evidence: whole when short, else cut at a word boundary.
  package static func quote(_ text: String, limit: Int = 240) -> String {
    let flat = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    guard flat.count > limit else { return flat }
    var cut = String(flat.prefix(limit))
    if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
    return cut + " …"
  }
}

/// What an agent sentence the mined scripts may still claim carries (see `TranscriptSignals`).
package struct SentenceTraits: OptionSet, Sendable, Hashable, BitwiseCopyable {
  package let rawValue: UInt8

  package init(rawValue: UInt8) { self.rawValue = rawValue }

  /// It takes up the customer's specifics or states a value of the case.
  package static let engages = SentenceTraits(rawValue: 1)
  /// It states a value of the case (an amount, a date, a code…): in a templated sentence
  /// whose values vary, it is data, not script.
  package static let carriesValue = SentenceTraits(rawValue: 2)
  /// It is a statement with `answerContent` content words or more: the agent saying
  /// something of their own.
  package static let answers = SentenceTraits(rawValue: 4)

  /// It is a move or a ritual, settled when read: only quoted, never scored again.
  package static let settled = SentenceTraits(rawValue: 8)
  /// It is a short answer (``AnswerRules``: "that option is not available", "we do not have
  /// any information on this"): an answer however often it is said, so a mined script it
  /// matches does not make it a move.
  package static let settles = SentenceTraits(rawValue: 16)

  /// Content words that make a statement an answer.
  package static let answerContent = 5
}
