/// Turns the records, the script library and the repeat outcomes into each
/// contact's measures (docs/metrics.md), and gathers the flagged contacts'
/// evidence.
struct ContactMeasurer {
  let records: [ContactRecord]
  /// The fingerprints records' `sentenceStart` and `sentenceCount` point into.
  let sentences: [SentenceFingerprint]
  /// Each provider's scripts, by provider index.
  let libraries: [Int32: ScriptLibrary]
  let outcomes: [RepeatDetector.Outcome]
  let transferredTo: [Int?]
  let providers: NameTable
  let categories: NameTable
  let channels: NameTable
  let scriptThreshold: Double

  /// The script ids the contact's agent sentences match, and the words they cover.
  func scriptMatches(_ index: Int) -> (scripts: [Int], words: Int) {
    let record = records[index]
    var scripts: [Int] = []
    var words = 0
    guard let library = libraries[record.provider] else { return ([], 0) }
    let start = Int(record.sentenceStart)
    for position in start..<start + Int(record.sentenceCount) {
      let fingerprint = sentences[position]
      guard let script = library.match(fingerprint) else { continue }
      words += fingerprint.wordCount
      if !scripts.contains(script) { scripts.append(script) }
    }
    return (scripts, words)
  }

  /// Every measure of contact `index`.
  func measure(_ index: Int) -> ContactMeasure {
    let record = records[index]
    var reasons: [UnresolvedReason] = []
    if let recorded = record.recordedUnresolved { reasons.append(recorded) }
    if record.persistence != nil { reasons.append(.customerSaysUnresolved) }
    if record.answered == 0 { reasons.append(.unanswered) }
    let repeatStatus: ContactMeasure.RepeatStatus
    switch outcomes[index] {
    case .repeated(let later):
      repeatStatus = .repeated(by: records[later].id)
      reasons.append(.repeatFollowed)
    case .notRepeated: repeatStatus = .notRepeated
    case .censored: repeatStatus = .censored
    case .notMeasurable: repeatStatus = .notMeasurable
    }
    reasons.sort()
    var score: Double? = nil
    if record.agentWords > 0 {
      score = min(1, Double(scriptMatches(index).words) / Double(record.agentWords))
    }
    let responsive: Bool? = record.responsive < 0 ? nil : record.responsive == 1
    let scripted = (score ?? 0) >= scriptThreshold && score != nil && responsive != true
    let churn = Self.churnRisk(record)
    let flagged = scripted && !reasons.isEmpty
    var lost = false
    if flagged {
      if churn {
        lost = true
      } else if case .repeated(let later) = outcomes[index] {
        lost = Self.churnRisk(records[later])
      }
    }
    return ContactMeasure(
      contactID: record.id, provider: providers[record.provider], sourcing: record.sourcing,
      category: record.category >= 0 ? categories[record.category] : nil,
      channel: record.channel >= 0 ? channels[record.channel] : nil,
      unresolvedReasons: reasons, repeatStatus: repeatStatus,
      transferredTo: transferredTo[index].map { records[$0].id },
      scriptScore: score, responsive: responsive, scripted: scripted, churnRisk: churn,
      flagged: flagged, lost: lost)
  }

  private static func churnRisk(_ record: ContactRecord) -> Bool {
    record.churnIntent != nil || record.churnCode
  }

  /// A flagged contact with its evidence: the script lines read, the
  /// customer's words, and their words about leaving (here or in the repeat).
  func evidence(_ index: Int, _ measure: ContactMeasure) -> FlaggedContact {
    let record = records[index]
    let lines = scriptMatches(index).scripts.compactMap { libraries[record.provider]?.scripts[$0].text }
    var churnWords = record.churnIntent
    if churnWords == nil, case .repeated(let later) = outcomes[index] {
      churnWords = records[later].churnIntent
    }
    return FlaggedContact(
      measure: measure, scriptLines: lines, customerWords: record.persistence, churnWords: churnWords)
  }

  /// Whether `a` is worse than `b`: lost before not, then by script score,
  /// then by provider and id; `nil` when these do not tell them apart.
  static func worse(_ a: FlaggedContact, than b: FlaggedContact) -> Bool? {
    if a.measure.lost != b.measure.lost { return a.measure.lost }
    let scoreA = a.measure.scriptScore ?? 0, scoreB = b.measure.scriptScore ?? 0
    if scoreA != scoreB { return scoreA > scoreB }
    if a.measure.provider != b.measure.provider { return a.measure.provider < b.measure.provider }
    if a.measure.contactID != b.measure.contactID { return a.measure.contactID < b.measure.contactID }
    return nil
  }
}
