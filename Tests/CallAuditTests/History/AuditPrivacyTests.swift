import CallAuditHistory
import CallAuditMetrics
import CallAuditModel
import CallAuditReporting
import ContactGenerator
import Foundation
import GRDB
import Testing

@Suite("callaudit audit: personal data in the history")
struct AuditPrivacyTests {
  /// Every byte the history keeps on disk: the database and its write-ahead log.
  private func historyBytes(_ workspace: AuditWorkspace) throws -> Data {
    var bytes = Data()
    for suffix in ["", "-wal"] {
      let path = workspace.databasePath + suffix
      if FileManager.default.fileExists(atPath: path) { bytes += try Data(contentsOf: URL(fileURLWithPath: path)) }
    }
    return bytes
  }

  @Test("no raw customer id reaches the database file, yet repeats across nights are still found")
  func pseudonymsOnly() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    let contacts = try AuditData.contacts(seed: 31, count: 400)
    let (first, second) = AuditData.split(contacts, atDay: 20)
    try workspace.export(first.map(\.contact), as: "night1.csv")
    try workspace.configure()
    _ = try workspace.run()
    try workspace.export(second.map(\.contact), as: "night2.csv")
    let outcome = try workspace.run()

    let bytes = try historyBytes(workspace)
    let customers = Set(contacts.compactMap(\.contact.customerID))
    #expect(customers.count > 30)
    for customer in customers {
      #expect(bytes.range(of: Data(customer.utf8)) == nil, "raw customer id \(customer) found in the history")
    }
    // The same analysis over raw ids finds the same repeats: pseudonyms are consistent across nights.
    var analyzer = ContactAnalyzer()
    let newest = contacts.last!.contact.openedAt!.secondsSinceEpoch
    for labeled in contacts where labeled.contact.openedAt!.secondsSinceEpoch > newest - 30 * 86_400 {
      analyzer.add(labeled.contact)
    }
    let direct = analyzer.finish(inputs: []).providers.map(ProviderSnapshot.init)
    #expect(direct.map { $0.rates[.repeat] } == outcome.digest.run.providers.map { $0.rates[.repeat] })
  }

  @Test("forget deletes every row of one customer and nothing else")
  func forget() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    let contacts = try AuditData.contacts(seed: 32, count: 400).map(\.contact)
    try workspace.export(contacts, as: "all.csv")
    try workspace.configure()
    _ = try workspace.run()
    // The customer with the most contacts, at one provider.
    let counts = Dictionary(grouping: contacts.filter { $0.customerID != nil }) { $0.customerID! }
    let (customer, theirs) = try #require(counts.max { $0.value.count < $1.value.count })
    #expect(theirs.count >= 2)

    let result = try TestSupport.runCallaudit(
      ["forget", "--config", workspace.configurationPath, "--customer", customer])
    #expect(result.status == 0)
    #expect(result.standardOutput.hasPrefix("deleted \(theirs.count) contact(s)"))

    let remaining = try DatabaseQueue(path: workspace.databasePath).read { db in
      try String.fetchAll(db, sql: "SELECT contact_id FROM contact")
    }
    #expect(remaining.count == contacts.count - theirs.count)
    #expect(Set(remaining).isDisjoint(with: theirs.map(\.id)))
    // Nothing of their contacts lingers in the file's free pages or the log.
    let bytes = try historyBytes(workspace)
    for contact in theirs {
      #expect(bytes.range(of: Data(contact.id.utf8)) == nil, "forgotten contact \(contact.id) still in the file")
    }
    let (uses, references, unused) = try AuditRunTests.sentenceUses(workspace.databasePath)
    #expect(uses == references)
    #expect(unused == 0)
    // Forgetting again finds nothing.
    let again = try CustomerEraser(configuration: AuditConfigurationParser.load(path: workspace.configurationPath))
      .forget(customer: customer)
    #expect(again == .deleted(0))
  }

  @Test("retention deletes contacts that started too long before the newest")
  func retention() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    let contacts = try AuditData.contacts(seed: 33, count: 300, days: 40).map(\.contact)
    try workspace.export(contacts, as: "all.csv")
    try workspace.configure()
    let text = try String(contentsOfFile: workspace.configurationPath, encoding: .utf8)
    try text.replacingOccurrences(of: "  customer_key_file: customer.key\n", with: "  customer_key_file: customer.key\n  retention: 10d\n")
      .write(toFile: workspace.configurationPath, atomically: true, encoding: .utf8)
    _ = try workspace.run()
    let newest = contacts.map { $0.openedAt!.secondsSinceEpoch }.max()!
    let kept = contacts.filter { $0.openedAt!.secondsSinceEpoch >= newest - 10 * 86_400 }
    let stored = try DatabaseQueue(path: workspace.databasePath).read { db in
      try Int.fetchOne(db, sql: "SELECT count(*) FROM contact")
    }
    #expect(stored == kept.count)
    #expect(kept.count < contacts.count)
    let (uses, references, unused) = try AuditRunTests.sentenceUses(workspace.databasePath)
    #expect(uses == references && unused == 0)
  }

  @Test("without a customer key the audit refuses to run (exit 78)")
  func keyRequired() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    try workspace.export(try AuditData.contacts(seed: 34, count: 10).map(\.contact), as: "a.csv")
    try "inputs: [\"exports/*.csv\"]\ndatabase: history.sqlite\n"
      .write(toFile: workspace.configurationPath, atomically: true, encoding: .utf8)
    var environment = ProcessInfo.processInfo.environment
    environment["CALLAUDIT_CUSTOMER_KEY"] = nil
    let missing = try TestSupport.runCallaudit(["audit", "--config", workspace.configurationPath], environment: environment)
    #expect(missing.status == 78)
    #expect(missing.standardError.contains("no key for customer pseudonyms: set the environment variable CALLAUDIT_CUSTOMER_KEY"))
    environment["CALLAUDIT_CUSTOMER_KEY"] = "short"
    let short = try TestSupport.runCallaudit(["audit", "--config", workspace.configurationPath], environment: environment)
    #expect(short.status == 78)
    #expect(short.standardError.contains("shorter than 16 bytes"))
    environment["CALLAUDIT_CUSTOMER_KEY"] = "a-long-enough-secret-key"
    let fine = try TestSupport.runCallaudit(["audit", "--config", workspace.configurationPath], environment: environment)
    #expect(fine.status == 0)
  }

  @Test("pseudonyms depend on the key and the provider, and are stable")
  func pseudonyms() throws {
    let a = try #require(CustomerPseudonymizer(key: Array("key-number-one-0123".utf8)))
    let b = try #require(CustomerPseudonymizer(key: Array("key-number-two-0123".utf8)))
    #expect(a.pseudonym(provider: "P", customer: "C1") == a.pseudonym(provider: "P", customer: "C1"))
    #expect(a.pseudonym(provider: "P", customer: "C1") != b.pseudonym(provider: "P", customer: "C1"))
    #expect(a.pseudonym(provider: "P", customer: "C1") != a.pseudonym(provider: "Q", customer: "C1"))
    // Provider and customer are kept apart: "P" + "QC1" is not "PQ" + "C1".
    #expect(a.pseudonym(provider: "P", customer: "QC1") != a.pseudonym(provider: "PQ", customer: "C1"))
    #expect(a.pseudonym(provider: "P", customer: "C1").count == 34)
    #expect(CustomerPseudonymizer(key: Array("too-short".utf8)) == nil)
  }
}

@Suite("callaudit audit: transcripts in the history")
struct AuditTranscriptStorageTests {
  @Test("by default no transcript is stored, and the figures equal a direct analysis of the window")
  func digestsOnly() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    let contacts = try AuditData.contacts(seed: 35, count: 500, days: 25).map(\.contact)
    try workspace.export(contacts, as: "all.csv")
    try workspace.configure()
    let outcome = try workspace.run()
    let (stored, withTurns) = try DatabaseQueue(path: workspace.databasePath).read { db in
      (try Int.fetchOne(db, sql: "SELECT count(*) FROM contact") ?? 0,
       try Int.fetchOne(db, sql: "SELECT count(*) FROM contact WHERE turns IS NOT NULL") ?? -1)
    }
    #expect(stored == contacts.count)
    #expect(withTurns == 0)
    var direct = ContactAnalyzer()
    for contact in contacts { direct.add(contact) }
    #expect(direct.finish(inputs: []).providers.map(ProviderSnapshot.init) == outcome.digest.run.providers)
  }

  @Test("keep_transcripts: true stores the turns as well")
  func keepTranscripts() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    let contacts = try AuditData.contacts(seed: 36, count: 60).map(\.contact)
    try workspace.export(contacts, as: "all.csv")
    try workspace.configure()
    let text = try String(contentsOfFile: workspace.configurationPath, encoding: .utf8)
    try text.replacingOccurrences(of: "  customer_key_file: customer.key\n", with: "  customer_key_file: customer.key\n  keep_transcripts: true\n")
      .write(toFile: workspace.configurationPath, atomically: true, encoding: .utf8)
    _ = try workspace.run()
    var seen: [Contact] = []
    try AuditRunner(configuration: AuditConfigurationParser.load(path: workspace.configurationPath))
      .storedContacts { contact, _ in seen.append(contact) }
    let byID = Dictionary(uniqueKeysWithValues: contacts.map { ($0.id, $0) })
    #expect(seen.count == contacts.count)
    #expect(seen.allSatisfy { $0.turns == byID[$0.id]?.turns })
  }
}
