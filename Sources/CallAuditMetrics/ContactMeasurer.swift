import CallAuditText

/// Turns the records, the script library and the repeat outcomes into each
/// contact's measures (docs/metrics.md), and gathers the flagged contacts'
/// evidence.
package struct ContactMeasurer {
  package let records: [ContactRecord]
  /// The agent's own sentences records' `sentenceStart` and `sentenceCount` point into.
  package let sentences: AgentSentences
  /// Each provider's scripts, by provider index (``ScoringContext/libraries``), read in
  /// place as `scripts[provider].match(…)`.
  package let scripts: [ScriptLibrary]
  package let outcomes: [RepeatDetector.Outcome]
  package let transferredTo: [Int?]
  package let providers: NameTable
  package let categories: NameTable
  package let channels: NameTable
  package let scriptThreshold: Double
  /// Inputs some contact of which carries a resolution code.
  package var codedInputs: Set<Int32> = []

  /// How a contact's agent side reads once the mined scripts are known.
  package struct Reply {
    /// Words of rituals, of moves (library moves and mined scripts) and of the agent's own words.
    package var ritual = 0
    package var moves = 0
    package var own = 0
    /// Some sentence of the agent's own takes up a specific, states a value of the case, or
    /// is a templated sentence carrying this customer's data.
    package var engaged = false
    /// Some sentence of the agent's own is a statement long enough to answer.
    package var answers = false
    /// The mined or known scripts the agent's own sentences matched, by id.
    package var scripts: [Int] = []
    /// Every script matched, by id, settled moves' included: the lines a flagged contact quotes.
    package var quoted: [Int] = []
    /// The agent wrote in a language the English rules cannot read: nothing is scored.
    package var otherLanguage = false

    /// Share of the non-ritual words that are moves, 0…1; a reply of rituals only is all
    /// script (1); nil without agent text, or in a language the rules cannot read.
    package var score: Double? {
      guard ritual + moves + own > 0, !otherLanguage else { return nil }
      guard moves + own > 0 else { return 1 }
      return Double(moves) / Double(moves + own)
    }
  }

  /// The agent side of contact `index`; `quoting` also matches the settled moves against
  /// the scripts, for a flagged contact's evidence. `matches` holds what is known of this
  /// contact's sentences (``ScriptMatches/start(_:)``) and keeps what is looked up.
  package func reply(_ index: Int, quoting: Bool = false, matches: inout ScriptMatches) -> Reply {
    let record = records[index]
    var reply = Reply(
      ritual: Int(record.ritualWords), moves: Int(record.moveWords), own: Int(record.looseWords),
      engaged: record.looseEngaged)
    reply.otherLanguage = record.otherLanguage
    let provider = Int(record.provider)
    let start = Int(record.sentenceStart)
    for position in start..<start + Int(record.sentenceCount) {
      let fingerprint = sentences.fingerprints[position]
      let traits = sentences.traits[position]
      if traits.contains(.settled) {
        if quoting, let id = match(position - start, of: record, &matches), !reply.quoted.contains(id) {
          reply.quoted.append(id)
        }
        continue
      }
      if let id = match(position - start, of: record, &matches) {
        // Read in place: a copy of the script would retain its text.
        let (isRitual, carriesData) = (scripts[provider].scripts[id].isRitual, scripts[provider].scripts[id].carriesData)
        if isRitual {
          reply.ritual += fingerprint.wordCount
          if !reply.quoted.contains(id) { reply.quoted.append(id) }
          continue
        }
        if carriesData, traits.contains(.carriesValue) {
          reply.own += fingerprint.wordCount
          reply.engaged = true
          continue
        }
        if traits.contains(.settles) {
          reply.own += fingerprint.wordCount
          reply.answers = true
          continue
        }
        reply.moves += fingerprint.wordCount
        if !reply.scripts.contains(id) { reply.scripts.append(id) }
        if !reply.quoted.contains(id) { reply.quoted.append(id) }
        continue
      }
      reply.own += fingerprint.wordCount
      if traits.contains(.engages) { reply.engaged = true }
      if traits.contains(.answers) || traits.contains(.settles) { reply.answers = true }
    }
    return reply
  }

  /// The script of its provider's library that sentence `position` of `record` matches, if
  /// any: looked up once, then read from `matches`.
  private func match(_ position: Int, of record: ContactRecord, _ matches: inout ScriptMatches) -> Int? {
    let provider = Int(record.provider)
    guard provider >= 0 && provider < scripts.count else { return nil }
    let fingerprint = sentences.fingerprints[Int(record.sentenceStart) + position]
    // The closure reads a local, not `self`: capturing the measurer copied it at every call.
    let scripts = scripts
    return matches.script(at: position, fingerprint: fingerprint, provider: provider) {
      scripts[provider].match(fingerprint)
    }
  }

  /// Every measure of contact `index`, whose agent side reads as `reply`.
  package func measure(_ index: Int, reply: Reply) -> ContactMeasure {
    let record = records[index]
    var reasons: [UnresolvedReason] = []
    if let recorded = record.recordedUnresolved,
      recorded != .closedWithoutResolution || codedInputs.contains(record.source)
    {
      reasons.append(recorded)
    }
    if record.persistence != nil { reasons.append(.customerSaysUnresolved) }
    if record.answered == 0 { reasons.append(.unanswered) }
    // A contact with neither status nor code shows its resolution in the conversation.
    let outcome = record.conversationOutcome
    if record.status == .unknown, !record.hasResolution, let outcome {
      switch outcome {
      case .deflected: reasons.append(.deflected)
      case .abandoned: reasons.append(.abandoned)
      case .unknown where record.problemRaised: reasons.append(.notShownResolved)
      case .stillBroken where record.persistence == nil: reasons.append(.customerSaysUnresolved)
      default: break
      }
    }
    let repeatStatus: ContactMeasure.RepeatStatus
    var windowObserved = true
    switch outcomes[index] {
    case .repeated(let later, let observed):
      repeatStatus = .repeated(by: records[later].id)
      windowObserved = observed
      reasons.append(.repeatFollowed)
    case .notRepeated: repeatStatus = .notRepeated
    case .censored: repeatStatus = .censored
    case .notMeasurable: repeatStatus = .notMeasurable
    }
    reasons.sort()
    let score = reply.score
    let engaged = score == nil ? nil : reply.engaged || reply.answers
    let scripted = (score ?? 0) >= scriptThreshold && score != nil && engaged != true
    let churn = Self.churnRisk(record)
    let flagged = scripted && !reasons.isEmpty
    var lost = false
    if flagged {
      if churn {
        lost = true
      } else if case .repeated(let later, _) = outcomes[index] {
        lost = Self.churnRisk(records[later])
      }
    }
    return ContactMeasure(
      contactID: record.id, provider: providers[record.provider], sourcing: record.sourcing,
      category: record.category >= 0 ? categories[record.category] : nil,
      channel: record.channel >= 0 ? channels[record.channel] : nil,
      unresolvedReasons: reasons, repeatStatus: repeatStatus,
      transferredTo: transferredTo[index].map { records[$0].id },
      scriptScore: score, responsive: engaged, scripted: scripted, churnRisk: churn,
      flagged: flagged, lost: lost, outcome: outcome, repeatWindowObserved: windowObserved)
  }

  private static func churnRisk(_ record: ContactRecord) -> Bool {
    record.churnIntent != nil || record.churnCode
  }

  /// The generic moves of contact `index`: the library moves counted and the mined or known
  /// script lines matched, as the report names them.
  package func moves(_ index: Int, reply: Reply) -> [MoveUse] {
    let record = records[index]
    var uses = record.moves.map { MoveUse.library(Int($0)) }
    let provider = Int(record.provider)
    for id in reply.scripts {
      // A script id comes from this provider's library (``reply(_:quoting:)``).
      uses.append(MoveUse.script(scripts[provider].scripts[id].text, scripts[provider].scripts[id].kind))
    }
    return uses
  }

  /// The provider's own lines behind contact `index`'s library moves: for each move whose
  /// sentence recurs as one of the provider's mined lines, `body` is given that line as most
  /// commonly said, in the order of the moves (no array of them made per contact).
  package func forEachMoveLine(
    _ index: Int, matches: inout ScriptMatches, _ body: (_ move: Int, _ line: MoveLine) -> Void
  ) {
    let record = records[index]
    guard record.moveSentences.count == record.moves.count else { return }
    let provider = Int(record.provider)
    for (move, position) in zip(record.moves, record.moveSentences) where position < record.sentenceCount {
      guard let id = match(Int(position), of: record, &matches) else { continue }
      let script = scripts[provider].scripts[id]
      body(Int(move), MoveLine(text: script.text, customers: script.customers))
    }
  }

  /// A flagged contact with its evidence: the moves and script lines the agent read, the
  /// customer's words, and their words about leaving (here or in the repeat).
  package func evidence(_ index: Int, _ measure: ContactMeasure, matches: inout ScriptMatches) -> FlaggedContact {
    let record = records[index]
    let provider = Int(record.provider)
    let lines = reply(index, quoting: true, matches: &matches).quoted.map { scripts[provider].scripts[$0].text }
    var churnWords = record.churnIntent
    if churnWords == nil, case .repeated(let later, _) = outcomes[index] {
      churnWords = records[later].churnIntent
    }
    let moves = record.moves.map { SupportMoveLibrary.shipped.moves[Int($0)] }
    return FlaggedContact(
      measure: measure, scriptLines: lines, customerWords: record.persistence, churnWords: churnWords,
      moves: moves.map { FlaggedContact.Move(kind: $0.kind, example: $0.example) }, vendorLabels: record.vendorLabels)
  }
}

/// A provider's own line for a library move: a mined line its agents said when making it.
package struct MoveLine: Sendable, Codable, Hashable {
  /// The line as most commonly said.
  package var text: String
  /// Distinct customers who heard it.
  package var customers: Int

  /// Whether this line is the better one to show: heard by more customers, then the first in
  /// byte order, so the choice does not depend on the order contacts are measured in.
  package func isPreferred(to other: MoveLine) -> Bool {
    customers != other.customers ? customers > other.customers : text.utf8.lexicographicallyPrecedes(other.text.utf8)
  }
}

/// One generic move a contact's agent made, as the report counts them per provider.
package enum MoveUse: Hashable, Sendable, Codable {
  /// A move of the shipped library, by id.
  case library(Int)
  /// A mined or known script line, and the kind of move it is if the library recognises it.
  case script(String, MoveKind?)
}
