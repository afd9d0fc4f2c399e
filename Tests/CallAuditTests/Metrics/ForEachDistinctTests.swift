import Testing
@testable import CallAuditMetrics

/// A contact's moves are tallied once each, however often it made them, whether the list
/// is short (searched along itself) or long (through a set).
@Suite("Each distinct element once")
struct ForEachDistinctTests {
  @Test("Each distinct element once, in the order of its first appearance", arguments: [0, 1, 5, 16, 17, 200])
  func distinctInOrder(count: Int) {
    // Repeats near and far: element i is i / 3 for the first half, then the first half again.
    let half = (0..<(count + 1) / 2).map { $0 / 3 }
    let elements = Array((half + half).prefix(count))
    var seen: [Int] = []
    elements.forEachDistinct { seen.append($0) }
    var expected: [Int] = []
    for element in elements where !expected.contains(element) { expected.append(element) }
    #expect(seen == expected)
    #expect(Set(seen).count == seen.count)
  }

  @Test("Moves that differ only in their kind or text are distinct")
  func moveUses() {
    let uses: [MoveUse] = [
      .script("Please restart your router.", nil), .library(3), .script("Please restart your router.", .troubleshoot),
      .library(3), .script("Please restart your router.", nil), .script("Please restart your modem.", nil),
    ]
    var seen: [MoveUse] = []
    uses.forEachDistinct { seen.append($0) }
    #expect(seen == [uses[0], uses[1], uses[2], uses[5]])
  }
}
