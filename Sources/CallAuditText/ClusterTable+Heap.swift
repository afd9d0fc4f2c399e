/// The space-saving eviction order: a binary min-heap of slots keyed by (priority, serial).
extension ClusterTable {
  /// Priority in the high bits, admission serial (< 2⁴⁰) below: smaller means evict first.
  @inline(__always)
  package static func heapKey(_ state: Counters) -> UInt64 {
    UInt64(min(state.priority, (1 << 24) - 1)) << 40 | UInt64(state.serial & 0xff_ffff_ffff)
  }

  /// Moves the node at `position` up while it precedes its parent ("hole" sifting: nodes move,
  /// the sifted node is written once).
  package mutating func siftUp(_ position: Int) {
    var positions: [Int32] = []
    swap(&positions, &heapPositions)  // work on both arrays without exclusivity conflicts
    heap.withUnsafeMutableBufferPointer { nodes in
      positions.withUnsafeMutableBufferPointer { positions in
        let moving = nodes[position]
        var hole = position
        while hole > 0 {
          let parent = (hole - 1) / 2
          guard moving.key < nodes[parent].key else { break }
          nodes[hole] = nodes[parent]
          positions[Int(nodes[hole].slot)] = Int32(hole)
          hole = parent
        }
        nodes[hole] = moving
        positions[Int(moving.slot)] = Int32(hole)
      }
    }
    swap(&positions, &heapPositions)
  }

  /// Moves the node at `position` down while a child precedes it.
  package mutating func siftDown(_ position: Int) {
    var positions: [Int32] = []
    swap(&positions, &heapPositions)
    heap.withUnsafeMutableBufferPointer { nodes in
      positions.withUnsafeMutableBufferPointer { positions in
        let count = nodes.count
        let moving = nodes[position]
        var hole = position
        while true {
          let left = 2 * hole + 1
          guard left < count else { break }
          var child = left
          if left + 1 < count, nodes[left + 1].key < nodes[left].key { child = left + 1 }
          guard nodes[child].key < moving.key else { break }
          nodes[hole] = nodes[child]
          positions[Int(nodes[hole].slot)] = Int32(hole)
          hole = child
        }
        nodes[hole] = moving
        positions[Int(moving.slot)] = Int32(hole)
      }
    }
    swap(&positions, &heapPositions)
  }
}
