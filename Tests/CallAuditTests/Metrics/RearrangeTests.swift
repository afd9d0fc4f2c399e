import Testing

@Suite("Rearranging in place")
struct RearrangeTests {
  @Test("Rearranging by an order gives what mapping the order would, for seeded permutations of every size to 40")
  func matchesMapping() {
    var generator = ScriptCorpusRandom(seed: 7)
    for size in 0...40 {
      let values = (0..<size).map { "value \($0)" }
      let order = Array(0..<size).shuffled(using: &generator)
      var rearranged = values
      rearranged.rearrange(by: order)
      #expect(rearranged == order.map { values[$0] })
    }
  }
}
