import CallAuditMetrics
import CallAuditModel
import Testing

/// The `String`-backed enums the per-contact tallies key dictionaries by hash their case, not
/// their raw value's bytes, and still tell every case apart.
@Suite("Enums hashed by case")
struct CaseHashingTests {
  /// Each case's index is its position in `allCases`, each hash is its index's, and a
  /// dictionary keyed by the enum keeps one count per case.
  func check<Value: CaseIterable & Hashable>(_ type: Value.Type, index: (Value) -> UInt8) {
    let cases = Array(Value.allCases)
    var counts: [Value: Int] = [:]
    for (position, value) in cases.enumerated() {
      #expect(Int(index(value)) == position, "\(value)")
      var hasher = Hasher()
      hasher.combine(index(value))
      #expect(value.hashValue == hasher.finalize(), "\(value) hashes its case")
      counts[value, default: 0] += position + 1
    }
    #expect(counts.count == cases.count)
    for (position, value) in cases.enumerated() { #expect(counts[value] == position + 1) }
  }

  @Test("Contact status, sourcing, unresolved reason, outcome and metric")
  func everyEnum() {
    check(ContactStatus.self) { $0.caseIndex }
    check(Sourcing.self) { $0.caseIndex }
    check(UnresolvedReason.self) { $0.caseIndex }
    check(ConversationOutcome.self) { $0.caseIndex }
    check(OutsourcingResult.Metric.self) { $0.caseIndex }
  }
}
