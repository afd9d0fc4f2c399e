/// A k-minimum-values (KMV) distinct counter over 64-bit hashes.
///
/// It keeps the `capacity` smallest distinct hashes seen. Below `capacity` distinct values it
/// is an exact set, so small supports (the 5-customer script threshold) are counted exactly;
/// above, the estimate `(k − 1) / (k-th smallest / 2⁶⁴)` has a relative standard error of
/// about 1/√(k − 2). Union is exact (the sketch of A ∪ B is the k smallest of both), which is
/// what makes sharded mining mergeable without double-counting customers, and the result
/// does not depend on insertion order.
package struct DistinctSketch: Sendable, Hashable {
  /// How many hashes are kept.
  package let capacity: Int
  /// The smallest distinct hashes seen, ascending.
  package private(set) var values: [UInt64] = []

  /// An empty sketch keeping `capacity` values.
  package init(capacity: Int) {
    precondition(capacity >= 2, "a KMV sketch needs at least two values")
    self.capacity = capacity
  }

  /// Adds a hash; returns whether the sketch changed (the value is new and small enough).
  @discardableResult
  package mutating func insert(_ hash: UInt64) -> Bool {
    if values.count == capacity, hash >= values[capacity - 1] { return false }
    var low = 0
    var high = values.count
    while low < high {
      let middle = (low + high) / 2
      if values[middle] < hash { low = middle + 1 } else { high = middle }
    }
    if low < values.count, values[low] == hash { return false }
    values.insert(hash, at: low)
    if values.count > capacity { values.removeLast() }
    return true
  }

  /// Adds every value of `other` (exact union).
  package mutating func formUnion(_ other: DistinctSketch) {
    var merged: [UInt64] = []
    merged.reserveCapacity(min(capacity, values.count + other.values.count))
    var left = 0
    var right = 0
    while merged.count < capacity, left < values.count || right < other.values.count {
      let next: UInt64
      if right == other.values.count || (left < values.count && values[left] < other.values[right]) {
        next = values[left]
        left += 1
      } else if left == values.count || other.values[right] < values[left] {
        next = other.values[right]
        right += 1
      } else {
        next = values[left]  // equal: one customer, counted once
        left += 1
        right += 1
      }
      merged.append(next)
    }
    values = merged
  }

  /// The estimated number of distinct hashes inserted (exact below `capacity`).
  package var estimate: Int { Self.estimate(count: values.count, largest: values.last ?? 0, capacity: capacity) }

  /// The KMV estimate for a sketch holding `count` values whose largest is `largest`.
  package static func estimate(count: Int, largest: UInt64, capacity: Int) -> Int {
    guard count >= capacity, largest > 0 else { return count }
    let fraction = Double(largest) / 18_446_744_073_709_551_616.0
    return max(count, Int(Double(capacity - 1) / fraction))
  }

  /// Inserts into a sorted run of `count` values at `base` that has room for `capacity`
  /// (the miner keeps its per-cluster sketches in one slab); returns whether it changed.
  @inline(__always)
  package static func insert(
    _ hash: UInt64, into base: UnsafeMutablePointer<UInt64>, count: inout Int, capacity: Int
  ) -> Bool {
    if count == capacity, hash >= base[count - 1] { return false }
    var position = count
    while position > 0, base[position - 1] > hash { position -= 1 }
    if position > 0, base[position - 1] == hash { return false }
    var last = min(count, capacity - 1)
    while last > position {
      base[last] = base[last - 1]
      last -= 1
    }
    base[position] = hash
    count = min(count + 1, capacity)
    return true
  }
}

extension DistinctSketch {
  /// Appends the sketch to `writer`.
  package func encode(to writer: inout ByteWriter) {
    writer.append(signed: Int64(capacity))
    writer.append(array: values)
  }

  /// Reads a sketch written by ``encode(to:)``.
  package init(decoding reader: inout ByteReader) throws(ByteReader.Damaged) {
    capacity = Int(try reader.signed())
    values = try reader.array(of: UInt64.self)
    guard capacity >= 2, values.count <= capacity else { throw ByteReader.Damaged() }
  }
}
