import ContactGenerator
import Testing
@testable import CallAuditMetrics
@testable import CallAuditModel
@testable import CallAuditReporting

/// A shard too large to hold is measured from disk, one customer's window at a time
/// (``LargeShard``, issue 19, item 4: one customer's 2,000,000 contacts took 1.5 GB); the
/// report must be the one measuring in memory gives, byte for byte.
@Suite("Large shards")
struct LargeShardTests {
  /// The report and per-contact measures of `inputs`, each a list of contacts read as one input.
  private func rendered(
    _ inputs: [[Contact]], large: Bool, runContacts: Int = 37, shards: Int = 4, flaggedLimit: Int? = nil
  ) -> String {
    var configuration = try! AnalysisConfiguration(flaggedLimit: flaggedLimit, keepContactMeasures: true)
    if large {
      configuration.largeShardContacts = 0
      configuration.sortRunContacts = runContacts
    }
    var merged: ContactAnalyzer? = nil
    for contacts in inputs {
      var analyzer = ContactAnalyzer(configuration: configuration, shards: shards, spoolBudget: 8_192)
      for contact in contacts { analyzer.add(contact) }
      if merged == nil { merged = analyzer } else { merged!.merge(analyzer) }
    }
    let summaries = inputs.indices.map { InputSummary(path: "input-\($0).csv", format: .canonicalCSV) }
    let report = merged!.finish(inputs: summaries, jobs: 2)
    return JSONReportRenderer().render(report) + (report.contactMeasures ?? []).map(ContactsCSVRenderer().render).joined()
  }

  private func generated(seed: UInt64, count: Int) throws -> [Contact] {
    try SampleGenerator(configuration: GeneratorConfiguration(seed: seed, contacts: count)).map(\.contact)
  }

  @Test("Copies, updates and contacts without customer or time: the same report sorted on disk as in memory")
  func mixedInputs() throws {
    let contacts = try generated(seed: 31, count: 700)
    let updated = contacts.prefix(150).map { contact in
      var contact = contact
      contact.status = contact.status == .resolved ? .open : .resolved
      return contact
    }
    let anonymous = contacts.suffix(100).map { contact in
      var contact = contact
      contact.id += "-anonymous"
      contact.customerID = nil
      contact.openedAt = nil
      return contact
    }
    let inputs = [contacts, contacts, Array(updated) + anonymous]
    let inMemory = rendered(inputs, large: false)
    #expect(inMemory.contains("\"flagged\": [\n"), "the data should flag some contacts, or the comparison proves little")
    #expect(rendered(inputs, large: true) == inMemory)
    #expect(rendered(inputs, large: true, runContacts: 100_000) == inMemory, "one run, never written")
    #expect(rendered(inputs, large: true, flaggedLimit: 3) == rendered(inputs, large: false, flaggedLimit: 3))
  }

  @Test("One customer with every contact: repeats, hand-offs and censoring as measured in memory")
  func oneCustomer() throws {
    let contacts = try generated(seed: 32, count: 900).map { contact in
      var contact = contact
      contact.customerID = "C-everyone"
      return contact
    }
    let inMemory = rendered([contacts], large: false, shards: 1)
    #expect(inMemory.contains(",repeated,"), "one customer's contacts should repeat each other")
    #expect(rendered([contacts], large: true, runContacts: 64, shards: 1) == inMemory)
  }
}
