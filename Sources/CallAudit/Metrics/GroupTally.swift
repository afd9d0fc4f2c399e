/// Running counts for one provider × sourcing group; merges exactly, so shards
/// and files can be tallied apart and combined.
struct GroupTally: Sendable {
  var contacts = 0
  var statusCounts: [ContactStatus: Int] = [:]
  var unresolved = 0
  var unresolvedReasons: [UnresolvedReason: Int] = [:]
  var transferKnown = 0
  var transferred = 0
  var transferTotal = 0
  var escalationKnown = 0
  var escalated = 0
  var handleSeconds = IntegerHistogram()
  var csatCount = 0
  var csatSum = 0.0
  /// Contacts whose repeat status is known (not censored, measurable).
  var repeatKnown = 0
  var repeats = 0
  var censored = 0
  var repeatNotMeasurable = 0
  /// Of the contacts with known repeat status, those resolved with no repeat.
  var firstContactResolved = 0
  /// Contacts with agent text to score.
  var scriptKnown = 0
  var scriptScoreSum = 0.0
  var scripted = 0
  var scriptedUnresolved = 0
  var churnRisk = 0
  var lost = 0

  mutating func add(_ record: ContactRecord, _ measure: ContactMeasure, transferDetected: Bool) {
    contacts += 1
    statusCounts[record.status, default: 0] += 1
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
      csatSum += Double(record.csat)
    }
    switch measure.repeatStatus {
    case .repeated:
      repeatKnown += 1
      repeats += 1
    case .notRepeated:
      repeatKnown += 1
      if !measure.unresolved { firstContactResolved += 1 }
    case .censored: censored += 1
    case .notMeasurable: repeatNotMeasurable += 1
    }
    if let score = measure.scriptScore {
      scriptKnown += 1
      scriptScoreSum += score
      if measure.scripted { scripted += 1 }
      if measure.flagged { scriptedUnresolved += 1 }
    }
    if measure.churnRisk { churnRisk += 1 }
    if measure.lost { lost += 1 }
  }

  /// The rates of docs/metrics.md, each with the trials it is measured over.
  var rates: [RateMeasure] {
    [
      RateMeasure(name: .unresolved, proportion: Proportion(events: unresolved, trials: contacts)),
      RateMeasure(name: .fcr, proportion: Proportion(events: firstContactResolved, trials: repeatKnown)),
      RateMeasure(name: .repeat, proportion: Proportion(events: repeats, trials: repeatKnown)),
      RateMeasure(name: .scripted, proportion: Proportion(events: scripted, trials: scriptKnown)),
      RateMeasure(name: .scriptedUnresolved, proportion: Proportion(events: scriptedUnresolved, trials: scriptKnown)),
      RateMeasure(name: .churnRisk, proportion: Proportion(events: churnRisk, trials: contacts)),
      RateMeasure(name: .transfers, proportion: Proportion(events: transferred, trials: transferKnown)),
      RateMeasure(name: .escalated, proportion: Proportion(events: escalated, trials: escalationKnown)),
    ]
  }
}
