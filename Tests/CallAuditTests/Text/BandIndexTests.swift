import Testing
@testable import CallAuditText

/// The two band indexes against simple models.
@Suite struct BandIndexTests {
  @Test func bandIndexIsAMultimapThroughGrowth() {
    var index = BandIndex(expected: 8)
    var model: [UInt64: [Int]] = [:]
    var random = ScriptCorpusRandom(seed: 9)
    var keys: [UInt64] = []
    for step in 0..<20_000 {
      let reuse = !keys.isEmpty && random.next() % 3 == 0
      let key = reuse ? keys[Int(random.next() % UInt64(keys.count))] : TextHash.mix(random.next())
      let value = Int(random.next() % 1000)
      index.insert(key, value)
      model[key, default: []].append(value)
      keys.append(key)
      if step % 997 == 0 {
        for (key, values) in model {
          var found: [Int] = []
          index.forEach(key) { found.append($0) }
          #expect(found.sorted() == values.sorted())
          // A lookup begun and finished later finds the same values, in the same order.
          var finished: [Int] = []
          index.forEach(index.begin(key)) { finished.append($0) }
          #expect(finished == found)
        }
      }
    }
    #expect(index.count == 20_000)
  }

  @Test func clusterIndexForgetsStaleGenerationsAndKeepsLiveEntries() {
    // 100 slots reused over and over: only each slot's current generation may come back.
    var index = ClusterIndex(entries: 100)
    var generations = [UInt8](repeating: 0, count: 100)
    var current: [Int: UInt64] = [:]  // slot → its live key
    var random = ScriptCorpusRandom(seed: 4)
    for _ in 0..<5_000 {
      let slot = Int(random.next() % 100)
      generations[slot] &+= 1
      let key = TextHash.mix(random.next())
      let snapshot = generations
      index.insert(key, slot: slot, generation: generations[slot]) { snapshot[$0] == $1 }
      current[slot] = key
    }
    var found = 0
    for (slot, key) in current {
      var entries: [Int] = []
      index.forEach(key) { candidate, generation in
        entries.append(candidate << 8 | Int(generation))
        if candidate == slot, generation == generations[slot] { found += 1 }
      }
      // A lookup begun and finished later sees the same entries, in the same order.
      var finished: [Int] = []
      index.forEach(index.begin(key)) { candidate, generation in finished.append(candidate << 8 | Int(generation)) }
      #expect(finished == entries)
    }
    #expect(found >= 98)  // a full bucket may drop an entry; at 50% load that is rare
  }
}
