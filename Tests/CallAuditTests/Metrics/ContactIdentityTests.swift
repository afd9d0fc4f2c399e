import Testing
@testable import CallAuditMetrics
@testable import CallAuditModel
@testable import CallAuditReporting

/// One contact is one contact (issue 17): copies and versions of a contact,
/// within an input and across inputs, are measured once.
@Suite("Contact identity")
struct ContactIdentityTests {
  private let day: Int64 = 86_400
  private let start: Int64 = 1_735_689_600  // 2025-01-01

  private func contact(
    _ id: String, customer: String? = "C-1", status: ContactStatus = .resolved, openedDay: Int64 = 0,
    updated: Int64? = nil, agentSays: String = "Let me look at your line."
  ) -> Contact {
    Contact(
      id: id, provider: "P", sourcing: .inHouse, customerID: customer, agentID: "A-1",
      openedAt: Timestamp(secondsSinceEpoch: start + openedDay * day),
      updatedAt: updated.map { Timestamp(secondsSinceEpoch: start + $0) }, status: status,
      turns: [Turn(speaker: .customer, text: "My internet is down."), Turn(speaker: .agent, text: agentSays)])
  }

  /// Analyses `inputs` (each a list of contacts) as `analyze` would analyse one input per list.
  private func analyse(_ inputs: [[Contact]]) -> AnalysisReport {
    let configuration = AnalysisConfiguration(keepContactMeasures: true)
    var merged: ContactAnalyzer? = nil
    var summaries: [InputSummary] = []
    for (index, contacts) in inputs.enumerated() {
      var analyzer = ContactAnalyzer(configuration: configuration)
      var summary = InputSummary(path: "input-\(index)")
      for contact in contacts {
        analyzer.add(contact)
        summary.accept()
      }
      summaries.append(summary)
      if merged == nil { merged = analyzer } else { merged!.merge(analyzer) }
    }
    return merged!.finish(inputs: summaries, jobs: 2)
  }

  @Test("A copy within one input is a duplicate, measured once")
  func copyWithinInput() {
    let report = analyse([[contact("T-1"), contact("T-1")]])
    #expect(report.providers.map(\.contacts) == [1])
    #expect(report.inputCoverage[0].duplicates == 1)
    #expect(report.inputCoverage[0].updated == 0)
    #expect(report.inputCoverage[0].contacts == 1)
  }

  @Test("A copy in a later input is that input's duplicate; the first copy is measured")
  func copyAcrossInputs() {
    let report = analyse([[contact("T-1"), contact("T-2", openedDay: 20)], [contact("T-1")]])
    #expect(report.providers.map(\.contacts) == [2])
    #expect(report.inputCoverage.map(\.contacts) == [2, 0])
    #expect(report.inputCoverage.map(\.duplicates) == [0, 1])
  }

  @Test("A different version replaces the older one, by input order when no time says otherwise")
  func updateByInputOrder() throws {
    let report = analyse([[contact("T-1", status: .open)], [contact("T-1", status: .resolved)]])
    #expect(report.providers.map(\.contacts) == [1])
    #expect(report.inputCoverage.map(\.updated) == [0, 1])
    let measure = try #require(report.contactMeasures?.first)
    #expect(!measure.unresolved, "the later version, resolved, is the one measured")
  }

  @Test("The export's updated time decides which version is measured, whatever the input order")
  func updateByTime() throws {
    let newer = contact("T-1", status: .resolved, updated: 7_200)
    let older = contact("T-1", status: .open, updated: 3_600)
    let report = analyse([[newer], [older]])
    #expect(report.inputCoverage.map(\.updated) == [0, 1])
    let measure = try #require(report.contactMeasures?.first)
    #expect(!measure.unresolved, "the version updated last is measured though it was read first")
  }

  @Test("An old version delivered again is a duplicate by content and the latest delivery by order")
  func redeliveredVersion() throws {
    let first = contact("T-1", status: .open)
    let second = contact("T-1", status: .resolved)
    let report = analyse([[first], [second], [first]])
    #expect(report.inputCoverage.map(\.updated) == [0, 1, 0])
    #expect(report.inputCoverage.map(\.duplicates) == [0, 0, 1])
    let measure = try #require(report.contactMeasures?.first)
    #expect(measure.unresolved, "the version read last is the open one")
  }

  @Test("A contact is never its own repeat; another contact of the customer still is")
  func neverOwnRepeat() throws {
    let alone = analyse([[contact("T-1"), contact("T-9", customer: "C-9", openedDay: 30)], [contact("T-1")]])
    let measure = try #require(alone.contactMeasures?.first { $0.contactID == "T-1" })
    #expect(measure.repeatStatus == .notRepeated)
    let again = analyse([
      [contact("T-1"), contact("T-2", openedDay: 2), contact("T-9", customer: "C-9", openedDay: 30)], [contact("T-1")],
    ])
    let first = try #require(again.contactMeasures?.first { $0.contactID == "T-1" })
    #expect(first.repeatStatus == .repeated(by: "T-2"))
  }

  @Test("Versions naming different customers stay two contacts, whatever the number of shards")
  func differentCustomers() {
    let report = analyse([[contact("T-1", customer: "C-1")], [contact("T-1", customer: "C-2")]])
    #expect(report.providers.map(\.contacts) == [2])
    #expect(report.inputCoverage.map(\.duplicates) == [0, 0])
  }

  @Test("accepted = new + duplicates + updated, for every input of a random mix")
  func accounting() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    var inputs: [[Contact]] = []
    for _ in 0..<4 {
      inputs.append((0..<60).map { _ in
        let id = next(40)
        return contact(
          "T-\(id)", customer: "C-\(id % 7)", status: next(3) == 0 ? .open : .resolved, openedDay: Int64(id % 9))
      })
    }
    let report = analyse(inputs)
    var seen = Set<String>()
    for (index, contacts) in inputs.enumerated() {
      let new = contacts.filter { seen.insert($0.id).inserted }.count
      let coverage = report.inputCoverage[index]
      #expect(report.inputs[index].accepted == new + coverage.duplicates + coverage.updated)
    }
    #expect(report.providers.map(\.contacts) == [seen.count])
  }

  @Test("A row repeated thousands of times is held once, and every copy still counts as a duplicate")
  func repeatedRowHeldOnce() {
    let configuration = AnalysisConfiguration()
    var analyzer = ContactAnalyzer(configuration: configuration)
    var summary = InputSummary(path: "repeated")
    for _ in 0..<5_000 {
      analyzer.add(contact("T-1"))
      summary.accept()
    }
    // Issue 19, item 4: a 1.5 MB gzip of one row repeated took 1.3 GB, one record per copy.
    #expect(analyzer.contactCount == 1)
    let report = analyzer.finish(inputs: [summary])
    #expect(report.inputCoverage[0].duplicates == 4_999)
    #expect(report.inputCoverage[0].contacts == 1)
    // What the copies carry still counts: every record read has text and a status.
    #expect(report.inputCoverage[0].withText == 5_000 && report.inputCoverage[0].withStatus == 5_000)
  }

  @Test("A version read again after another one is kept, so the version read last still wins")
  func versionReadAgainAfterAnother() throws {
    let report = analyse([[contact("T-1", status: .open), contact("T-1", status: .resolved), contact("T-1", status: .open)]])
    #expect(report.inputCoverage[0].contacts == 1)
    #expect(report.inputCoverage[0].updated == 1 && report.inputCoverage[0].duplicates == 1)
    let measured = try #require(report.contactMeasures?.first)
    #expect(measured.unresolved, "the open version, read last, is the one measured")
  }

  @Test("Copies read far apart, beyond what reading remembers, are still counted as duplicates when measured")
  func copiesFarApart() {
    let count = RecentVersions.slots + 4_000
    var analyzer = ContactAnalyzer(configuration: AnalysisConfiguration())
    var summary = InputSummary(path: "twice")
    for _ in 0..<2 {
      for index in 0..<count {
        analyzer.add(contact("T-\(index)", customer: "C-\(index)"))
        summary.accept()
      }
    }
    #expect(analyzer.contactCount > count, "some copies were forgotten while reading, and held")
    #expect(analyzer.contactCount < 2 * count, "the copies remembered were dropped while reading")
    let report = analyzer.finish(inputs: [summary], jobs: 2)
    #expect(report.inputCoverage[0].duplicates == count && report.inputCoverage[0].contacts == count)
  }

  @Test("The table of recent versions says 'read again' only for the version read last of the same contact")
  func recentVersions() {
    var recent = RecentVersions()
    let answers = [(7, 1), (7, 1), (7, 2), (7, 1), (0, 1), (0, 1)].map { identity, version in
      recent.readAgain(identity: UInt64(identity), version: UInt64(version))
    }
    // The last 7/1 follows 7/2: an older version read again is not a copy of the last.
    #expect(answers == [false, true, false, false, false, true])
  }
}
