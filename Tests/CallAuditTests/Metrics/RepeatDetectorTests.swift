import Testing
@testable import CallAuditMetrics
@testable import CallAuditModel

@Suite("Repeat contacts")
struct RepeatDetectorTests {
  private let start: Int64 = 1_740_787_200  // 2025-03-01T00:00:00Z
  private let hour: Int64 = 3600
  private let day: Int64 = 86_400

  private func record(
    _ id: String, customer: String?, agent: String = "A", category: Int32 = 0, at offset: Int64,
    provider: Int32 = 0
  ) -> ContactRecord {
    let contact = Contact(
      id: id, provider: "P\(provider)", customerID: customer, agentID: agent,
      openedAt: Timestamp(secondsSinceEpoch: start + offset))
    return ContactRecord(contact, provider: provider, category: category, channel: -1, policy: ResolutionPolicy())
  }

  private let detector = RepeatDetector(windowSeconds: 7 * 86_400, transferGapSeconds: 15 * 60)

  /// Every record as one shard, each provider's data ending at its latest record.
  private func detect(_ records: [ContactRecord], providerCount: Int) -> ([RepeatDetector.Outcome], [Int?]) {
    var dataEnd = [Int64](repeating: ContactRecord.noTime, count: providerCount)
    for record in records where record.opened != ContactRecord.noTime {
      dataEnd[Int(record.provider)] = max(dataEnd[Int(record.provider)], record.opened)
    }
    let result = detector.detect(records, dataEnd: dataEnd)
    return (result.outcomes, result.transferredTo)
  }

  @Test("A same-category contact inside the window is a repeat; outside it is not")
  func window() {
    let records = [
      record("1", customer: "C", at: 0),
      record("2", customer: "C", at: 6 * day),
      record("3", customer: "C", at: 14 * day),
      record("end", customer: "Z", at: 30 * day),
    ]
    let (outcomes, _) = detect(records, providerCount: 1)
    #expect(outcomes[0] == .repeated(by: 1))
    #expect(outcomes[1] == .notRepeated)
    #expect(outcomes[2] == .notRepeated)
  }

  @Test("Another category is not a repeat, unless one of them has no category")
  func categories() {
    let records = [
      record("1", customer: "C", category: 1, at: 0),
      record("2", customer: "C", category: 2, at: hour),
      record("3", customer: "D", category: 1, at: 0),
      record("4", customer: "D", category: -1, at: hour),
      record("end", customer: "Z", at: 30 * day),
    ]
    let (outcomes, _) = detect(records, providerCount: 1)
    #expect(outcomes[0] == .notRepeated)
    #expect(outcomes[2] == .repeated(by: 3))
  }

  @Test("Within 15 minutes another agent means a transfer, and the search goes on past it")
  func transfers() {
    let records = [
      record("1", customer: "C", agent: "A", at: 0),
      record("2", customer: "C", agent: "B", at: 10 * 60),
      record("3", customer: "C", agent: "A", at: 2 * day),
      record("4", customer: "D", agent: "A", at: 0),
      record("5", customer: "D", agent: "A", at: 10 * 60),
      record("end", customer: "Z", at: 30 * day),
    ]
    let (outcomes, transferredTo) = detect(records, providerCount: 1)
    #expect(transferredTo[0] == 1)
    #expect(outcomes[0] == .repeated(by: 2))
    // The same agent again within minutes is the customer coming back, not a transfer.
    #expect(transferredTo[3] == nil)
    #expect(outcomes[3] == .repeated(by: 4))
  }

  @Test("Contacts near the end of their provider's data are censored unless a repeat was seen")
  func censoring() {
    let records = [
      record("early", customer: "C", at: 0),
      record("late", customer: "D", at: 25 * day),
      record("late-repeated", customer: "E", at: 25 * day),
      record("again", customer: "E", at: 26 * day),
      record("end", customer: "Z", at: 30 * day),
      record("other-provider", customer: "C", at: 1 * day, provider: 1),
    ]
    let (outcomes, _) = detect(records, providerCount: 2)
    #expect(outcomes[0] == .notRepeated)
    #expect(outcomes[1] == .censored)
    #expect(outcomes[2] == .repeated(by: 3))
    #expect(outcomes[4] == .censored)
    // Provider 1's data ends at its own last contact, so its only contact is censored.
    #expect(outcomes[5] == .censored)
  }

  @Test("Without a customer or a time a repeat cannot be looked for")
  func notMeasurable() {
    var timeless = record("t", customer: "C", at: 0)
    timeless.opened = ContactRecord.noTime
    let records = [record("n", customer: nil, at: 0), timeless, record("end", customer: "Z", at: 30 * day)]
    let (outcomes, _) = detect(records, providerCount: 1)
    #expect(outcomes[0] == .notMeasurable)
    #expect(outcomes[1] == .notMeasurable)
  }
}
