import CallAuditMetrics
import CallAuditModel
import Testing

/// The `String`-backed enums the per-contact tallies key dictionaries by (``CaseIndexed``)
/// hash their case, not their raw value's bytes, and each case's index is its position.
@Suite("Enums hashed by case")
struct CaseHashingTests {
  /// Each case's index is its position in `allCases` (the spool's code for it), and each hash
  /// is its index's.
  func check<Value: CaseIndexed>(_ type: Value.Type) {
    for (position, value) in Value.allCases.enumerated() {
      #expect(Int(value.caseIndex) == position, "\(value)")
      var hasher = Hasher()
      hasher.combine(value.caseIndex)
      #expect(value.hashValue == hasher.finalize(), "\(value) hashes its case")
    }
  }

  @Test("Contact status, sourcing, unresolved reason, outcome and metric")
  func everyEnum() {
    check(ContactStatus.self)
    check(Sourcing.self)
    check(UnresolvedReason.self)
    check(ConversationOutcome.self)
    check(OutsourcingResult.Metric.self)
  }
}
