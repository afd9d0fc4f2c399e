import CallAuditHistory
import ContactGenerator
import Foundation
import GRDB
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 19, items 9 and 10: what a run reports as new after a kill, and names
/// that do not exist in the history.
@Suite("callaudit audit: interrupted runs, unknown names, forget that finds nothing")
struct AuditAccountingTests {
  @Test("contacts stored by a run killed after reading a file are reported as new by the next finished run")
  func killedAfterIngestion() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    let (first, second) = AuditData.split(try AuditData.contacts(seed: 91, count: 8_000, days: 40), atDay: 20)
    try workspace.export(first.map(\.contact), as: "a.csv")
    try workspace.export(second.map(\.contact), as: "b.csv")
    try workspace.configure()

    let process = Process()
    process.executableURL = TestSupport.executable
    process.arguments = ["audit", "--config", workspace.configurationPath]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    // Wait until the first file's transaction has committed, then kill without warning
    // while the second is read.
    var killedInTime = false
    let deadline = Date().addingTimeInterval(300)
    while process.isRunning, Date() < deadline {
      usleep(5_000)
      guard FileManager.default.fileExists(atPath: workspace.databasePath + "-wal") else { continue }
      let read = try? DatabaseQueue(path: workspace.databasePath).read { db in
        try Int.fetchOne(db, sql: "SELECT count(*) FROM input_file WHERE records > 0") ?? 0
      }
      if (read ?? 0) >= 1 {
        killedInTime = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        break
      }
    }
    process.waitUntilExit()
    try #require(killedInTime, "the audit finished before it could be interrupted; use bigger files")
    let stored = try DatabaseQueue(path: workspace.databasePath).read { db in
      try Int.fetchOne(db, sql: "SELECT count(*) FROM contact") ?? -1
    }
    try #require(stored == first.count, "the kill did not fall between the two files")

    let resumed = try workspace.run()
    #expect(resumed.digest.run.newContacts == first.count + second.count)
    #expect(resumed.digest.run.filesIngested == 2)
    // Reported once: the run after that has nothing new.
    let next = try workspace.run()
    #expect(next.digest.run.newContacts == 0)
    let listing = try HistoryListing(database: workspace.databasePath, last: 10)
    #expect(listing.unfinished == 1)
    #expect(listing.runs.map(\.snapshot.newContacts) == [first.count + second.count, 0])
  }

  @Test("a provider under thresholds.providers that the history does not hold is a configuration error naming it")
  func unknownThresholdProvider() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    let contacts = try AuditData.contacts(seed: 92, count: 200).map(\.contact)
    try workspace.export(contacts, as: "night1.csv")
    let provider = try #require(Set(contacts.map(\.provider)).sorted().first)
    let typo = String(provider.dropLast()) + "x"
    try workspace.configure(
      """
      thresholds:
        repeat_rate: 0.9
        providers:
          \(provider):
            repeat_rate: 0.95
          \(typo):
            repeat_rate: 0.2

      """)
    let result = try workspace.runBinary()
    #expect(result.status == 78)
    #expect(result.standardOutput.isEmpty)
    let line = try #require(
      try String(contentsOfFile: workspace.configurationPath, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        .firstIndex { $0.trimmingCharacters(in: .whitespaces) == "\(typo):" }) + 1
    #expect(result.standardError.contains("audit.yml:\(line): "))
    #expect(result.standardError.contains("'\(typo)'"))
    #expect(result.standardError.contains("did you mean '\(provider)'?"))

    // Spelt right, the run goes through and its contacts are new then.
    try workspace.configure("thresholds:\n  providers:\n    \(provider):\n      repeat_rate: 0.95\n")
    let fixed = try workspace.run()
    #expect(fixed.digest.run.newContacts == contacts.count)
  }

  @Test("forget that deletes nothing exits 1 with a sentence; an unknown provider gets a suggestion")
  func forgetNothing() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    let contacts = try AuditData.contacts(seed: 93, count: 100).map(\.contact)
    try workspace.export(contacts, as: "night1.csv")
    try workspace.configure()
    #expect(try workspace.runBinary().status == 0)

    let nobody = try TestSupport.runCallaudit(
      ["forget", "--config", workspace.configurationPath, "--customer", "NO-SUCH-CUSTOMER"])
    #expect(nobody.status == 1)
    #expect(nobody.standardOutput.isEmpty)
    #expect(nobody.standardError.contains("no stored contact of the customer"))

    let customer = try #require(contacts.compactMap(\.customerID).first)
    let provider = try #require(contacts.first { $0.customerID == customer }?.provider)
    let misspelt = provider.lowercased()
    let wrongProvider = try TestSupport.runCallaudit(
      ["forget", "--config", workspace.configurationPath, "--customer", customer, "--provider", misspelt])
    #expect(wrongProvider.status == 1)
    #expect(wrongProvider.standardError.contains("did you mean '\(provider)'?"))

    let right = try TestSupport.runCallaudit(
      ["forget", "--config", workspace.configurationPath, "--customer", customer, "--provider", provider])
    #expect(right.status == 0)
    #expect(right.standardOutput.hasPrefix("deleted "))
  }
}
