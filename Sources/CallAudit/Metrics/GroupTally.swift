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

  mutating func add(_ record: ContactRecord, unresolvedBecause reason: UnresolvedReason?) {
    contacts += 1
    statusCounts[record.status, default: 0] += 1
    if let reason {
      unresolved += 1
      unresolvedReasons[reason, default: 0] += 1
    }
    if record.transfers != ContactRecord.missing {
      transferKnown += 1
      transferTotal += Int(record.transfers)
      if record.transfers > 0 { transferred += 1 }
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
  }

  mutating func merge(_ other: GroupTally) {
    contacts += other.contacts
    statusCounts.merge(other.statusCounts, uniquingKeysWith: +)
    unresolved += other.unresolved
    unresolvedReasons.merge(other.unresolvedReasons, uniquingKeysWith: +)
    transferKnown += other.transferKnown
    transferred += other.transferred
    transferTotal += other.transferTotal
    escalationKnown += other.escalationKnown
    escalated += other.escalated
    handleSeconds.merge(other.handleSeconds)
    csatCount += other.csatCount
    csatSum += other.csatSum
  }
}
