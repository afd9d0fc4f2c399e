import CallAuditModel

/// The counts of one breakdown cell: the headline figures of a sourcing group
/// (``GroupTally``), counted by the same rules, and no more, so that thousands of
/// cells stay small.
package struct BreakdownTally: Sendable, Codable, Hashable {
  package var contacts = 0
  package var outsourced = 0
  package var inHouse = 0
  /// Contacts with agent text to score, and those scripted and unresolved (flagged).
  package var scriptKnown = 0
  package var flagged = 0
  package var unresolvedKnown = 0
  package var unresolved = 0
  package var repeatKnown = 0
  package var repeats = 0
  package var churnKnown = 0
  package var churnRisk = 0
  /// Flagged contacts followed by churn risk.
  package var lost = 0

  package init() {}

  /// Counts one measured contact as ``GroupTally/add(_:_:transferDetected:shortCallSeconds:)`` does.
  package mutating func add(_ record: ContactRecord, _ measure: ContactMeasure) {
    contacts += 1
    switch record.sourcing {
    case .outsourced: outsourced += 1
    case .inHouse: inHouse += 1
    case .unknown: break
    }
    if measure.scriptScore != nil {
      scriptKnown += 1
      if measure.flagged { flagged += 1 }
    }
    if ResolutionEvidence(record, repeatKnown: measure.repeatStatus.isKnown).any { unresolvedKnown += 1 }
    if measure.unresolved { unresolved += 1 }
    switch measure.countedRepeatStatus {
    case .repeated:
      repeatKnown += 1
      repeats += 1
    case .notRepeated: repeatKnown += 1
    case .censored, .notMeasurable: break
    }
    if record.hasText || record.hasCodes { churnKnown += 1 }
    if measure.churnRisk { churnRisk += 1 }
    if measure.lost { lost += 1 }
  }

  /// Adds another cell's counts.
  package mutating func merge(_ other: BreakdownTally) {
    contacts += other.contacts
    outsourced += other.outsourced
    inHouse += other.inHouse
    scriptKnown += other.scriptKnown
    flagged += other.flagged
    unresolvedKnown += other.unresolvedKnown
    unresolved += other.unresolved
    repeatKnown += other.repeatKnown
    repeats += other.repeats
    churnKnown += other.churnKnown
    churnRisk += other.churnRisk
    lost += other.lost
  }
}
