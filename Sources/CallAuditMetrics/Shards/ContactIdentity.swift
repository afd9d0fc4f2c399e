/// One contact is one contact: the same (provider, contact id) read again — in
/// the same input, in another input, in another format — is measured once.
///
/// Records are matched on provider, contact id **and customer**: a shard holds
/// every contact of its customers (``ContactRecord/shardKey``), so all the
/// records of one contact meet in one shard whatever the number of shards —
/// which a distributed run needs to give `analyze`'s report. Versions of one
/// contact that name different customers (or one names none) are therefore
/// measured as different contacts; exports rarely change a contact's customer.
///
/// Of the records of one contact, taken in reading order (input, then position):
/// the first is **new**; a later one identical to one already seen (same
/// ``ContactRecord/version``) is a **duplicate**; a later one that differs is
/// an **update**. Copies never displace the first: the version measured is
/// the one last updated (the export's own updated time), or, when the times are
/// missing or equal, the version read last.
package struct ContactIdentity {
  /// The records to measure, in the order they came, one per contact.
  package private(set) var kept: [ContactRecord] = []
  /// Duplicates dropped, by the input that carried them.
  package private(set) var duplicates: [Int32: Int] = [:]
  /// Versions that differ from one read before, by the input that carried them.
  package private(set) var updated: [Int32: Int] = [:]

  private struct Key: Hashable {
    var provider: Int32
    var customer: UInt64
    var id: String
  }

  /// Resolves the records of one shard.
  /// - Complexity: O(*n*) hashing, plus sorting the records of each contact seen more than once.
  package init(resolving records: [ContactRecord]) {
    var first: [Key: Int] = [:]
    first.reserveCapacity(records.count)
    // Only contacts seen more than once get a list of their records.
    var repeated: [Int: [Int]] = [:]
    for index in records.indices {
      let key = Key(provider: records[index].provider, customer: records[index].customer, id: records[index].id)
      if let earlier = first[key] {
        repeated[earlier, default: [earlier]].append(index)
      } else {
        first[key] = index
      }
    }
    guard !repeated.isEmpty else {
      kept = records
      return
    }
    var dropped = [Bool](repeating: false, count: records.count)
    for (_, members) in repeated {
      let order = members.sorted { Self.readEarlier(records[$0], records[$1]) }
      var versions: Set<UInt64> = [records[order[0]].version]
      var chosen = order[0]
      for index in order.dropFirst() {
        let record = records[index]
        if versions.insert(record.version).inserted {
          updated[record.source, default: 0] += 1
        } else {
          duplicates[record.source, default: 0] += 1
        }
        // Another version wins when read later, unless the export says it is older.
        if record.version != records[chosen].version, record.updated >= records[chosen].updated { chosen = index }
      }
      for index in members where index != chosen { dropped[index] = true }
    }
    kept.reserveCapacity(records.count)
    for index in records.indices where !dropped[index] { kept.append(records[index]) }
  }

  private static func readEarlier(_ a: ContactRecord, _ b: ContactRecord) -> Bool {
    (a.source, a.ordinal) < (b.source, b.ordinal)
  }
}
