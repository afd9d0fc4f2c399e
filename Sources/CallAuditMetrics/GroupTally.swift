import CallAuditModel

/// Running counts for one provider × sourcing group; merges exactly, so shards
/// and files can be tallied apart and combined.
package struct GroupTally: Sendable, Codable {
  package var contacts = 0
  package var statusCounts: [ContactStatus: Int] = [:]
  package var unresolved = 0
  /// Contacts something can show unresolved or not: a status, a resolution code, an answer
  /// state, a conversation or a known repeat status (docs/metrics.md).
  package var unresolvedKnown = 0
  package var unresolvedReasons: [UnresolvedReason: Int] = [:]
  /// The evidence the unresolved figure rests on, as counts of contacts carrying each kind.
  package var evidence = ResolutionEvidence()
  /// Contacts by how their conversation ended.
  package var outcomes: [ConversationOutcome: Int] = [:]
  package var transferKnown = 0
  package var transferred = 0
  package var transferTotal = 0
  package var escalationKnown = 0
  package var escalated = 0
  package var handleSeconds = IntegerHistogram()
  package var csatCount = 0
  package var csatSum = ExactSum()
  /// Contacts whose repeat status is known (not censored, measurable).
  package var repeatKnown = 0
  package var repeats = 0
  package var censored = 0
  package var repeatNotMeasurable = 0
  /// Of the contacts with known repeat status, those resolved with no repeat.
  package var firstContactResolved = 0
  /// Contacts with agent text to score.
  package var scriptKnown = 0
  package var scriptScoreSum = ExactSum()
  /// Contacts whose agent wrote in a language the English rules cannot read: not scored.
  package var scriptOtherLanguage = 0
  package var scripted = 0
  package var scriptedUnresolved = 0
  package var churnRisk = 0
  /// Contacts whose churn risk could be judged: from transcript text or codes.
  package var churnKnown = 0
  package var lost = 0
  /// Contacts with transcript text.
  package var transcriptContacts = 0
  /// The inputs of the contacts without transcript text, to name them.
  package var textlessSources: Set<Int32> = []
  /// Contacts whose record says whether they were answered, and those that were not.
  package var answerKnown = 0
  package var unanswered = 0
  /// Answered contacts with a handle time, and those shorter than the short-call limit.
  package var shortKnown = 0
  package var shortCalls = 0

  package mutating func add(
    _ record: ContactRecord, _ measure: ContactMeasure, transferDetected: Bool, shortCallSeconds: Int
  ) {
    contacts += 1
    if record.hasText {
      transcriptContacts += 1
    } else {
      textlessSources.insert(record.source)
    }
    if record.hasText || record.hasCodes { churnKnown += 1 }
    if record.answered >= 0 {
      answerKnown += 1
      if record.answered == 0 { unanswered += 1 }
    }
    if record.answered == 1, record.handleSeconds != ContactRecord.missing {
      shortKnown += 1
      if record.handleSeconds < shortCallSeconds { shortCalls += 1 }
    }
    statusCounts[record.status, default: 0] += 1
    let known = ResolutionEvidence(record, repeatKnown: measure.repeatStatus.isKnown)
    if known.any { unresolvedKnown += 1 }
    if let outcome = measure.outcome { outcomes[outcome, default: 0] += 1 }
    evidence.merge(known)
    if measure.unresolved {
      unresolved += 1
      for reason in measure.unresolvedReasons { unresolvedReasons[reason, default: 0] += 1 }
    }
    if record.transfers != ContactRecord.missing {
      transferKnown += 1
      transferTotal += Int(record.transfers)
      if record.transfers > 0 || transferDetected { transferred += 1 }
    } else if transferDetected {
      transferKnown += 1
      transferTotal += 1
      transferred += 1
    }
    if record.escalated >= 0 {
      escalationKnown += 1
      escalated += Int(record.escalated)
    }
    if record.handleSeconds != ContactRecord.missing { handleSeconds.add(Int(record.handleSeconds)) }
    if !record.csat.isNaN {
      csatCount += 1
      csatSum.add(Double(record.csat))
    }
    switch measure.countedRepeatStatus {
    case .repeated:
      repeatKnown += 1
      repeats += 1
    case .notRepeated:
      repeatKnown += 1
      if !measure.unresolved { firstContactResolved += 1 }
    case .censored: censored += 1
    case .notMeasurable: repeatNotMeasurable += 1
    }
    if record.otherLanguage, measure.scriptScore == nil { scriptOtherLanguage += 1 }
    if let score = measure.scriptScore {
      scriptKnown += 1
      scriptScoreSum.add(score)
      if measure.scripted { scripted += 1 }
      if measure.flagged { scriptedUnresolved += 1 }
    }
    if measure.churnRisk { churnRisk += 1 }
    if measure.lost { lost += 1 }
  }

  /// Adds another group tally's counts: the tally of both sets of contacts.
  package mutating func merge(_ other: GroupTally) {
    contacts += other.contacts
    statusCounts.merge(other.statusCounts, uniquingKeysWith: +)
    unresolved += other.unresolved
    unresolvedKnown += other.unresolvedKnown
    evidence.merge(other.evidence)
    outcomes.merge(other.outcomes, uniquingKeysWith: +)
    unresolvedReasons.merge(other.unresolvedReasons, uniquingKeysWith: +)
    transferKnown += other.transferKnown
    transferred += other.transferred
    transferTotal += other.transferTotal
    escalationKnown += other.escalationKnown
    escalated += other.escalated
    handleSeconds.merge(other.handleSeconds)
    csatCount += other.csatCount
    csatSum.merge(other.csatSum)
    repeatKnown += other.repeatKnown
    repeats += other.repeats
    censored += other.censored
    repeatNotMeasurable += other.repeatNotMeasurable
    firstContactResolved += other.firstContactResolved
    scriptKnown += other.scriptKnown
    scriptScoreSum.merge(other.scriptScoreSum)
    scriptOtherLanguage += other.scriptOtherLanguage
    scripted += other.scripted
    scriptedUnresolved += other.scriptedUnresolved
    churnRisk += other.churnRisk
    churnKnown += other.churnKnown
    lost += other.lost
    transcriptContacts += other.transcriptContacts
    textlessSources.formUnion(other.textlessSources)
    answerKnown += other.answerKnown
    unanswered += other.unanswered
    shortKnown += other.shortKnown
    shortCalls += other.shortCalls
  }

  /// The rates of docs/metrics.md, each with the trials it is measured over,
  /// why it could not be computed when it has none, and what it left out when
  /// some contacts lacked what it needs.
  package func rates(names: InputNames) -> [RateMeasure] {
    let textless = contacts - transcriptContacts
    let noText = "no transcript text in \(names.describe(textlessSources))"
    func rate(_ name: RateMeasure.Name, _ events: Int, _ trials: Int, unavailable: @autoclosure () -> String, partial: String? = nil) -> RateMeasure {
      let proportion = Proportion(events: events, trials: trials)
      return trials > 0
        ? RateMeasure(name: name, proportion: proportion, partial: partial)
        : RateMeasure(name: name, proportion: proportion, notComputed: unavailable())
    }
    let repeatUnknown =
      repeatNotMeasurable == contacts ? "no contact has both a customer id and a time"
      : censored + repeatNotMeasurable == contacts ? "every contact's repeat window runs past the end of the data"
      : "no contact's repeat status is known"
    let otherLanguage = "the agent wrote in a language other than English, which the move library cannot read"
    let scriptUnavailable =
      transcriptContacts == 0 ? noText : scriptOtherLanguage > 0 ? otherLanguage : "no agent text in the transcripts"
    let scriptPartial =
      scriptOtherLanguage > 0 && scriptKnown > 0
      ? "not judged for \(scriptOtherLanguage) of \(scriptKnown + scriptOtherLanguage) contacts with agent text: \(otherLanguage)"
      : nil
    return [
      rate(.unresolved, unresolved, unresolvedKnown,
        unavailable: contacts == 0 ? "no contacts"
          : "no contact carries a status, a resolution code, an answer state, a conversation or a repeat to show it",
        partial: textless > 0
          ? "customer-says-unresolved not judged for \(textless) of \(contacts) contacts: \(noText)" : nil),
      rate(.fcr, firstContactResolved, repeatKnown, unavailable: repeatUnknown),
      rate(.repeat, repeats, repeatKnown, unavailable: repeatUnknown),
      rate(.scripted, scripted, scriptKnown, unavailable: scriptUnavailable, partial: scriptPartial),
      rate(.scriptedUnresolved, scriptedUnresolved, scriptKnown, unavailable: scriptUnavailable, partial: scriptPartial),
      rate(.churnRisk, churnRisk, churnKnown, unavailable: noText + ", nor a category or resolution code",
        partial: churnKnown > transcriptContacts
          ? "judged from category and resolution codes alone for \(churnKnown - transcriptContacts) of \(churnKnown) contacts: \(noText)"
          : nil),
      rate(.transfers, transferred, transferKnown,
        unavailable: "no contact records its transfers, and no hand-off between agents was seen"),
      rate(.escalated, escalated, escalationKnown, unavailable: "no contact records whether it was escalated"),
      rate(.unanswered, unanswered, answerKnown,
        unavailable: "no contact records whether it was answered; only call records do"),
      rate(.shortCalls, shortCalls, shortKnown, unavailable: "no answered call records its handle time"),
    ]
  }
}
