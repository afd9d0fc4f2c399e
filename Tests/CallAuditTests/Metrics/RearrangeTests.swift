import Testing
@testable import CallAudit

@Suite("Rearranging in place")
struct RearrangeTests {
  @Test("Rearranging by an order gives what mapping the order would, for seeded permutations of every size to 40")
  func matchesMapping() {
    var generator = SplitMix(seed: 7)
    for size in 0...40 {
      let values = (0..<size).map { "value \($0)" }
      let order = Array(0..<size).shuffled(using: &generator)
      var rearranged = values
      rearranged.rearrange(by: order)
      #expect(rearranged == order.map { values[$0] })
    }
  }

  /// A small seeded generator, so a failure can be replayed.
  private struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
      state &+= 0x9e37_79b9_7f4a_7c15
      var z = state
      z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
      z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
      return z ^ (z >> 31)
    }
  }
}
