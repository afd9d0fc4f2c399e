/// The contacts of one shard: positions into a record array, in input order.
///
/// A shard holds every contact of each customer it holds (see
/// ``ShardRecords/shard(of:count:)``), so repeats and hand-offs are found
/// within it. Shards of one analysis share its records instead of copying them.
struct ShardRecords: RandomAccessCollection, Sendable {
  private let all: [ContactRecord]
  private let members: [Int32]

  /// Every record, as one shard.
  init(_ records: [ContactRecord]) {
    all = records
    members = Array(0..<Int32(records.count))
  }

  /// The records of shard `shard` of `count`.
  init(_ records: [ContactRecord], shard: Int, of count: Int) {
    all = records
    members = records.indices.compactMap { index in
      Self.shard(of: records[index], count: count) == shard ? Int32(index) : nil
    }
  }

  var startIndex: Int { 0 }
  var endIndex: Int { members.count }
  subscript(position: Int) -> ContactRecord { all[Int(members[position])] }

  /// The shard a contact belongs to: by customer, so that all of a customer's
  /// contacts meet; a contact without a customer can go anywhere.
  static func shard(of record: ContactRecord, count: Int) -> Int {
    let key = record.customer != 0 ? record.customer : UInt64(UInt32(bitPattern: record.ordinal))
    return Int(TextHash.mix(key) % UInt64(count))
  }
}
