import ContactGenerator
import Testing
@testable import CallAuditMetrics
@testable import CallAuditModel
@testable import CallAuditReporting

/// Filters (issue 23): each one leaves out exactly what it names, every contact is
/// still accounted for, and contacts left out still serve as the repeat of one measured.
@Suite("Contact filters")
struct ContactFilterTests {
  private static let day: Int64 = 86_400
  /// 2025-03-01T00:00:00Z.
  private static let march1 = Timestamp(iso8601: "2025-03-01T00:00:00Z")!

  private func contact(
    _ id: String, provider: String = "P", site: String? = nil, channel: String? = "call", customer: String? = nil,
    category: String? = "billing", day: Int64? = 0, status: ContactStatus = .resolved
  ) -> Contact {
    Contact(
      id: id, provider: provider, site: site, sourcing: .inHouse, channel: channel, customerID: customer ?? "c-\(id)",
      category: category,
      openedAt: day.map { Timestamp(secondsSinceEpoch: Self.march1.secondsSinceEpoch + $0 * Self.day + 3_600) },
      status: status)
  }

  private func report(_ contacts: [Contact], filter: ContactFilter?) -> AnalysisReport {
    var configuration = AnalysisConfiguration()
    configuration.filter = filter
    var analyzer = ContactAnalyzer(configuration: configuration)
    for contact in contacts { analyzer.add(contact) }
    var summary = InputSummary(path: "memory")
    for _ in contacts { summary.accept() }
    return analyzer.finish(inputs: [summary])
  }

  private func measured(_ report: AnalysisReport) -> Int { report.providers.reduce(0) { $0 + $1.contacts } }

  @Test("Dates: a date means its whole day, a date-time itself; nothing else is a date")
  func bounds() {
    #expect(ContactFilter.Bound.since("2025-03-01") == Self.march1)
    #expect(ContactFilter.Bound.until("2025-03-01")?.iso8601 == "2025-03-01T23:59:59Z")
    #expect(ContactFilter.Bound.until("2025-03-01T08:00:00Z")?.iso8601 == "2025-03-01T08:00:00Z")
    #expect(ContactFilter.Bound.since("2025-03-01T08:00:00+02:00")?.iso8601 == "2025-03-01T06:00:00Z")
    for text in ["2025-13-01", "yesterday", "", "01/03/2025"] {
      #expect(ContactFilter.Bound.since(text) == nil, "\(text)")
      #expect(ContactFilter.Bound.until(text) == nil, "\(text)")
    }
  }

  @Test("Each name filter keeps what it names, without regard to case, and nothing without the field")
  func names() {
    let probe = contact("1", provider: "Northwind", site: "Manila", channel: "call", category: "no-internet")
    #expect(ContactFilter(providers: ["NORTHWIND "]).reasons(for: probe) == 0)
    #expect(ContactFilter(providers: ["Contoso"]).reasons(for: probe) == ContactFilter.Reason.provider.bit)
    #expect(ContactFilter(sites: ["manila"]).reasons(for: probe) == 0)
    #expect(ContactFilter(sites: ["Pune", "MANILA"]).reasons(for: probe) == 0)
    #expect(ContactFilter(channels: ["Chat"]).reasons(for: probe) == ContactFilter.Reason.channel.bit)
    #expect(ContactFilter(categories: ["No-Internet"]).reasons(for: probe) == 0)
    let bare = contact("2", site: nil, channel: nil, category: nil, day: nil)
    #expect(ContactFilter(sites: ["Manila"]).reasons(for: bare) == ContactFilter.Reason.site.bit)
    #expect(ContactFilter(channels: ["call"]).reasons(for: bare) == ContactFilter.Reason.channel.bit)
    #expect(ContactFilter(categories: ["billing"]).reasons(for: bare) == ContactFilter.Reason.category.bit)
    #expect(ContactFilter(since: Self.march1).reasons(for: bare) == ContactFilter.Reason.noTime.bit)
    let both = ContactFilter(channels: ["chat"], sites: ["Pune"]).reasons(for: probe)
    #expect(both == ContactFilter.Reason.channel.bit | ContactFilter.Reason.site.bit)
  }

  @Test("A channel filter measures only that channel; the rest is counted as left out, per input")
  func channelAccounting() throws {
    let contacts = (0..<10).map { contact("call-\($0)", channel: "call") } + (0..<6).map { contact("chat-\($0)", channel: "CHAT") }
      + [contact("none", channel: nil)]
    let report = report(contacts, filter: ContactFilter(channels: ["call"]))
    #expect(measured(report) == 10)
    let filters = try #require(report.filters)
    #expect(filters.measured == 10)
    #expect(filters.counts.total == 7)
    #expect(filters.counts.count(.channel) == 7)
    #expect(filters.counts.count(.site) == 0)
    let coverage = try #require(report.inputCoverage.first)
    #expect(coverage.contacts + coverage.leftOut + coverage.duplicates + coverage.updated == contacts.count)
    #expect(coverage.leftOut == 7)
  }

  @Test("--since and --until keep their inclusive range; contacts without a time are counted apart")
  func timeWindow() throws {
    // Days 0…9 after 1 March at 01:00, and two contacts without a time.
    let contacts = (0..<10).map { contact("d\($0)", day: Int64($0)) } + [contact("x1", day: nil), contact("x2", day: nil)]
    let filter = ContactFilter(since: ContactFilter.Bound.since("2025-03-03"), until: ContactFilter.Bound.until("2025-03-05"))
    let report = report(contacts, filter: filter)
    let filters = try #require(report.filters)
    #expect(measured(report) == 3)  // 3, 4 and 5 March
    #expect(filters.counts.count(.since) == 2)
    #expect(filters.counts.count(.until) == 5)
    #expect(filters.counts.count(.noTime) == 2)
    #expect(filters.counts.total == 9)
    #expect(filters.considered == contacts.count)
  }

  @Test("A repeat outside the filter still counts: the call came back by chat, or after --until")
  func repeatsSeeEverything() throws {
    // One customer: a call on day 0, then a chat on day 2 about the same thing.
    // Other customers: one call each, early in the data, never repeated.
    var contacts = [contact("call", customer: "alice", day: 0), contact("chat", channel: "chat", customer: "alice", day: 2)]
    contacts += (0..<5).map { contact("other-\($0)", day: 0) }
    contacts.append(contact("late", day: 30))  // the data run to day 30: day-0 windows are complete
    let byChannel = report(contacts, filter: ContactFilter(channels: ["call"]))
    let group = try #require(byChannel.providers.first?.groups.first)
    #expect(group.contacts == 7)
    #expect(group.repeats == 1, "the call was repeated by the chat the filter leaves out")
    #expect(group.censored == 1, "only the last call's window runs past the end of the data")
    let unfiltered = try #require(report(contacts, filter: nil).providers.first?.groups.first)
    #expect(unfiltered.repeats == 1)
    // --until day 1 keeps the call, whose repeat came on day 2: still a repeat, and not censored.
    let byTime = report(contacts, filter: ContactFilter(until: ContactFilter.Bound.until("2025-03-01")))
    let early = try #require(byTime.providers.first?.groups.first)
    #expect(early.contacts == 6)
    #expect(early.repeats == 1)
    #expect(early.censored == 0)
  }

  @Test("Spilled to disk and measured from it, a filtered report is the one measured in memory")
  func spilled() throws {
    let contacts = try SampleGenerator(configuration: GeneratorConfiguration(seed: 7, contacts: 600)).map(\.contact)
    let times = contacts.compactMap(\.openedAt).sorted()
    let filter = ContactFilter(channels: ["call", "chat"], since: times[times.count / 3])
    func rendered(large: Bool) -> String {
      var configuration = AnalysisConfiguration(keepContactMeasures: true)
      configuration.filter = filter
      if large {
        configuration.largeShardContacts = 0
        configuration.sortRunContacts = 41
      }
      // A small memory budget sends the records, and what the filter said of each, through the spool file.
      var analyzer = ContactAnalyzer(configuration: configuration, shards: 4, spoolBudget: 8_192)
      for contact in contacts { analyzer.add(contact) }
      let report = analyzer.finish(inputs: [InputSummary(path: "generated.csv", format: .canonicalCSV)], jobs: 2)
      return JSONReportRenderer().render(report)
    }
    let inMemory = rendered(large: false)
    #expect(rendered(large: true) == inMemory)
    var configuration = AnalysisConfiguration()
    configuration.filter = filter
    var analyzer = ContactAnalyzer(configuration: configuration, shards: 4, spoolBudget: 8_192)
    for contact in contacts { analyzer.add(contact) }
    let summary = try #require(analyzer.finish(inputs: [InputSummary(path: "generated.csv")]).filters)
    let expected = contacts.filter { filter.reasons(for: $0) == 0 }.count
    #expect(summary.measured == expected)
    #expect(summary.measured > 0 && summary.counts.total > 0, "the filter should keep some contacts and leave out others")
    #expect(summary.considered == contacts.count)
  }

  @Test("Without a filter the report has no filter summary and every contact is measured")
  func noFilter() {
    let report = report([contact("a"), contact("b", channel: "chat")], filter: nil)
    #expect(report.filters == nil)
    #expect(measured(report) == 2)
    #expect(report.inputCoverage.first?.leftOut == 0)
  }
}
