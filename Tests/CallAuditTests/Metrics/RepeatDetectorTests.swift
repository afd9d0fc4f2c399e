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

  @Test("Contacts near the end of their provider's data are censored; a repeat seen there is one, in a window not observed")
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
    #expect(outcomes[2] == .repeated(by: 3, windowObserved: false))
    #expect(outcomes[4] == .censored)
    // Provider 1's data ends at its own last contact, so its only contact is censored.
    #expect(outcomes[5] == .censored)
  }

  @Test("The repeat rate leaves out every contact whose window runs past the data, repeated or not")
  func lateRepeatsAreCensoredInTheRates() throws {
    // Ten early contacts, one of them repeated; ten late ones whose customers have had
    // a day, two of whom came back in it. Counting those two would make the late
    // contacts look far more often repeated than the early ones, whose weeks were seen.
    var contacts: [Contact] = []
    func contact(_ id: String, _ customer: String, _ offset: Int64) -> Contact {
      Contact(
        id: id, provider: "P", channel: "call", customerID: customer, agentID: "A", category: "billing",
        openedAt: Timestamp(secondsSinceEpoch: start + offset), status: .resolved)
    }
    for n in 0..<10 { contacts.append(contact("e\(n)", "early-\(n)", Int64(n) * hour)) }
    contacts.append(contact("e0-again", "early-0", 2 * day))
    for n in 0..<10 { contacts.append(contact("l\(n)", "late-\(n)", 29 * day + Int64(n) * 60)) }
    contacts.append(contact("l0-again", "late-0", 30 * day))
    contacts.append(contact("l1-again", "late-1", 30 * day))
    var analyzer = ContactAnalyzer(configuration: AnalysisConfiguration(keepContactMeasures: true))
    for contact in contacts { analyzer.add(contact) }
    let report = analyzer.finish(inputs: [])
    let group = try #require(report.providers.first?.groups.first)
    #expect(group.repeats == 1)  // e0 only: l0 and l1 came back in windows not observed
    #expect(group.censored == 12)  // the ten late contacts and the two that came back
    // The late repeats are still repeats for the contact: unresolved, "came back as".
    let measures = try #require(report.contactMeasures)
    let late = try #require(measures.first { $0.contactID == "l0" })
    #expect(late.repeatStatus == .repeated(by: "l0-again"))
    #expect(!late.repeatWindowObserved)
    #expect(late.unresolvedReasons.contains(.repeatFollowed))
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
