import CallAuditHistory
import ContactGenerator
import Foundation
import GRDB
import Testing

@Suite("callaudit audit: exit codes for cron, lock, interrupted runs")
struct AuditExitTests {
  @Test("silent and 0 when thresholds are met; 1 with one line per breach after a worse night")
  func breachExitsOne() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    let (first, second) = AuditData.split(try AuditData.contacts(seed: 21, count: 800), atDay: 25)
    try workspace.export(first.map(\.contact), as: "night1.csv")
    try workspace.configure()
    // Learn the provider's current rate, then set the limit just above it.
    let baseline = try workspace.run()
    let provider = try #require(baseline.digest.run.providers.max { $0.contacts < $1.contacts })
    let rate = try #require(provider.rates[.scriptedUnresolved]?.value)
    try workspace.startAfresh()
    try workspace.configure(
      """
      thresholds:
        providers:
          \(provider.name):
            scripted_unresolved_rate: \(rate + 0.02)

      """)
    let quiet = try workspace.runBinary()
    #expect(quiet.status == 0)
    #expect(quiet.standardOutput.isEmpty)

    // A worse night: the provider's scripted-and-unresolved contacts again, as new contacts.
    let worse = second.filter { $0.contact.provider == provider.name }
      + second.filter { $0.contact.provider == provider.name && $0.truth.flagged }.flatMap { labeled in
        (1...3).map { copy in
          var contact = labeled.contact
          contact.id += "-again-\(copy)"
          contact.customerID = (contact.customerID ?? "") + "-\(copy)"
          return contact
        }.map { LabeledContact(contact: $0, truth: labeled.truth, role: labeled.role) }
      }
    try workspace.export(worse.map(\.contact), as: "night2.csv")
    let loud = try workspace.runBinary()
    #expect(loud.status == 1)
    let lines = loud.standardOutput.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(lines.first?.hasPrefix("\(provider.name): scripted_unresolved rate ") == true)
    #expect(lines.first?.contains("is above the limit \(ThresholdCheckerFormat.percent(rate + 0.02))") == true)
  }

  @Test("a second audit on the same database exits 75 at once")
  func concurrentRunRefused() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    try workspace.export(try AuditData.contacts(seed: 22, count: 50).map(\.contact), as: "a.csv")
    try workspace.configure()
    let held = try AuditLock(database: workspace.databasePath)
    let refused = try workspace.runBinary()
    #expect(refused.status == 75)
    #expect(refused.standardError.contains("another audit is running on this database"))
    #expect(throws: AuditFailure.self) { try workspace.run() }
    withExtendedLifetime(held) {}
  }

  @Test("input problems beyond the tolerance exit 65 and name file and line")
  func inputTolerance() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    let good = try AuditData.contacts(seed: 23, count: 20).map(\.contact)
    let path = try workspace.export(good, as: "night.csv")
    try (String(contentsOfFile: path, encoding: .utf8) + "BAD-1,Acme,,,,,,,not-a-time,,,,,,,,\n")
      .write(toFile: path, atomically: true, encoding: .utf8)
    try workspace.configure()
    let result = try workspace.runBinary()
    #expect(result.status == 65)
    #expect(result.standardError.contains("night.csv:"))
    #expect(result.standardError.contains("1 of 21 records rejected"))

    try workspace.startAfresh()
    try workspace.configure("tolerance:\n  rejected_rate: 0.1\n")
    #expect(try workspace.runBinary().status == 0)
  }

  @Test("a run killed in the middle of a file leaves no part of it; the next run matches a clean one")
  func killedMidFile() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    let contacts = try AuditData.contacts(seed: 24, count: 6_000, days: 40).map(\.contact)
    try workspace.export(contacts, as: "big.csv")
    try workspace.configure()

    let process = Process()
    process.executableURL = TestSupport.executable
    process.arguments = ["audit", "--config", workspace.configurationPath]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    // Wait until the file's transaction is writing pages, then kill without warning.
    let wal = workspace.databasePath + "-wal"
    let deadline = Date().addingTimeInterval(120)
    while process.isRunning, Date() < deadline {
      let size = (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0
      if size > 256 << 10 { break }
      usleep(5_000)
    }
    let killedInTime = process.isRunning
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    try #require(killedInTime, "the audit finished before it could be interrupted; use a bigger file")

    let (files, stored) = try DatabaseQueue(path: workspace.databasePath).read { db in
      (try Int.fetchOne(db, sql: "SELECT count(*) FROM input_file") ?? -1,
       try Int.fetchOne(db, sql: "SELECT count(*) FROM contact") ?? -1)
    }
    #expect(files == 0)
    #expect(stored == 0)

    let resumed = try workspace.run()
    let clean = try AuditWorkspace()
    defer { clean.remove() }
    try clean.export(contacts, as: "big.csv")
    try clean.configure()
    let reference = try clean.run()
    #expect(resumed.digest.run.newContacts == contacts.count)
    #expect(resumed.digest.run.providers == reference.digest.run.providers)
    let listing = try HistoryListing(database: workspace.databasePath, last: 10)
    #expect(listing.unfinished == 1)
  }
}

/// The percent spelling of the breach lines, repeated here so a change to it is noticed.
enum ThresholdCheckerFormat {
  static func percent(_ value: Double) -> String {
    let tenths = Int((value * 1000).rounded())
    return "\(tenths / 10).\(tenths % 10)%"
  }
}
