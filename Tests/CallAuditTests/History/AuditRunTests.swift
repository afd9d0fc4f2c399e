import ContactGenerator
import Foundation
import GRDB
import Testing
@testable import CallAuditHistory
@testable import CallAuditModel
@testable import CallAuditReporting

@Suite("callaudit audit: history, idempotence, updates")
struct AuditRunTests {
  @Test("running again over the same folder ingests nothing and gives the same figures")
  func idempotent() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    let (first, second) = AuditData.split(try AuditData.contacts(seed: 11, count: 700), atDay: 25)
    try workspace.export(first.map(\.contact), as: "night1.csv")
    try workspace.export(second.map(\.contact), as: "night2.csv")
    try workspace.configure()

    let run1 = try workspace.run()
    let run2 = try workspace.run()
    #expect(run1.digest.run.newContacts == 700)
    #expect(run1.digest.run.filesIngested == 2)
    #expect(run2.digest.run.newContacts == 0)
    #expect(run2.digest.run.updatedContacts == 0)
    #expect(run2.digest.run.filesIngested == 0)
    #expect(run2.digest.run.filesSkipped == 2)
    #expect(run2.digest.run.providers == run1.digest.run.providers)
    #expect(run2.digest.run.window == run1.digest.run.window)
    #expect(run2.digest.earlier.map(\.id) == [run1.digest.run.id])
    // The same figures byte for byte, once the per-run inputs list is set aside.
    var report1 = run1.report, report2 = run2.report
    report1.inputs = []
    report2.inputs = []
    #expect(JSONReportRenderer().render(report1) == JSONReportRenderer().render(report2))
  }

  @Test("an input naming a directory reads every file under it, subfolders included")
  func directoryInput() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    let (first, second) = AuditData.split(try AuditData.contacts(seed: 15, count: 200), atDay: 20)
    try workspace.export(first.map(\.contact), as: "night1.csv")
    try FileManager.default.createDirectory(
      at: workspace.exports.appendingPathComponent("older"), withIntermediateDirectories: true)
    try workspace.export(second.map(\.contact), as: "older/night2.csv")
    try workspace.configure()
    let text = try String(contentsOfFile: workspace.configurationPath, encoding: .utf8)
    try text.replacingOccurrences(of: "inputs: [\"exports/*.csv\"]", with: "inputs: [exports]")
      .write(toFile: workspace.configurationPath, atomically: true, encoding: .utf8)
    let outcome = try workspace.run()
    #expect(outcome.digest.run.filesIngested == 2)
    #expect(outcome.digest.run.newContacts == 200)
  }

  @Test("the window ends at the newest contact and reaches back the configured period")
  func window() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    let contacts = try AuditData.contacts(seed: 12, count: 500, days: 40)
    try workspace.export(contacts.map(\.contact), as: "all.csv")
    try workspace.configure()
    let outcome = try workspace.run()
    let newest = contacts.last!.contact.openedAt!.secondsSinceEpoch
    let expected = contacts.filter { $0.contact.openedAt!.secondsSinceEpoch > newest - 30 * 86_400 }
    #expect(outcome.digest.run.contacts == expected.count)
    #expect(outcome.digest.run.window?.upperBound.secondsSinceEpoch == newest)
    #expect(outcome.digest.run.window?.lowerBound == expected.first?.contact.openedAt)
    #expect(expected.count < contacts.count)
  }

  @Test("a later export of a contact replaces it; an identical re-export changes nothing")
  func updates() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    let contacts = try AuditData.contacts(seed: 13, count: 200).map(\.contact)
    try workspace.export(contacts, as: "monday.csv")
    try workspace.configure()
    _ = try workspace.run()

    var changed = contacts[10]
    changed.status = changed.status == .open ? .resolved : .open
    changed.resolution = "changed on tuesday"
    try workspace.export([changed, contacts[11]], as: "tuesday.csv")
    let outcome = try workspace.run()
    #expect(outcome.digest.run.newContacts == 0)
    #expect(outcome.digest.run.updatedContacts == 1)
    #expect(outcome.digest.run.contacts <= 200)

    let stored = try DatabaseQueue(path: workspace.databasePath).read { db in
      try Row.fetchAll(
        db, sql: "SELECT status, resolution FROM contact WHERE provider = ? AND contact_id = ?",
        arguments: [changed.provider, changed.id])
    }
    #expect(stored.count == 1)
    #expect(stored.first?["resolution"] == "changed on tuesday")
    #expect(stored.first?["status"] == changed.status.rawValue)
    let total = try DatabaseQueue(path: workspace.databasePath).read { db in
      try Int.fetchOne(db, sql: "SELECT count(*) FROM contact")
    }
    #expect(total == 200)
    let (uses, references, unused) = try Self.sentenceUses(workspace.databasePath)
    #expect(uses == references)
    #expect(unused == 0)
  }

  @Test("a version the export dates before the stored one does not replace it")
  func olderVersion() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    var contacts = try AuditData.contacts(seed: 17, count: 120).map(\.contact)
    let base = try #require(contacts[5].openedAt).secondsSinceEpoch
    contacts[5].updatedAt = Timestamp(secondsSinceEpoch: base + 7_200)
    contacts[5].resolution = "fixed on the second call"
    try workspace.export(contacts, as: "monday.csv")
    try workspace.configure()
    _ = try workspace.run()

    var older = contacts[5]
    older.updatedAt = Timestamp(secondsSinceEpoch: base + 3_600)
    older.resolution = "first attempt"
    var newer = contacts[6]
    newer.updatedAt = Timestamp(secondsSinceEpoch: base + 9_000)
    newer.resolution = "a later version"
    try workspace.export([older, newer], as: "tuesday.csv")
    let outcome = try workspace.run()
    #expect(outcome.digest.run.updatedContacts == 1)
    let resolution = { (id: String) throws -> String? in
      try DatabaseQueue(path: workspace.databasePath).read { db in
        try String.fetchOne(db, sql: "SELECT resolution FROM contact WHERE contact_id = ?", arguments: [id])
      }
    }
    #expect(try resolution(contacts[5].id) == "fixed on the second call")
    #expect(try resolution(contacts[6].id) == "a later version")
    let (uses, references, unused) = try Self.sentenceUses(workspace.databasePath)
    #expect(uses == references)
    #expect(unused == 0)
  }

  /// The use counts of the stored sentences, the sentence references in the stored
  /// digests, and the sentences no digest uses: the first two agree when the counts are exact.
  static func sentenceUses(_ path: String) throws -> (uses: Int, references: Int, unused: Int) {
    try DatabaseQueue(path: path).read { db in
      let uses = try Int.fetchOne(db, sql: "SELECT coalesce(sum(uses), 0) FROM agent_sentence") ?? -1
      var references = 0
      var referenced: Set<Int64> = []
      for digest in try Data.fetchAll(db, sql: "SELECT digest FROM contact") {
        let ids = DigestCoding.sentenceIDs(Array(digest)) ?? []
        references += ids.count
        referenced.formUnion(ids)
      }
      let stored = try Int64.fetchAll(db, sql: "SELECT id FROM agent_sentence")
      return (uses, references, stored.filter { !referenced.contains($0) }.count)
    }
  }

  @Test("turns survive the database encoding exactly, whatever their text holds")
  func turnsRoundTrip() throws {
    let turns = [
      Turn(speaker: .customer, at: Timestamp(iso8601: "2025-03-01T10:00:00Z"), text: "line one\nAgent: not a turn"),
      Turn(speaker: .agent, text: "12:34 café 🙂 \"quoted\", comma 5:"),
      Turn(speaker: .system, at: Timestamp(secondsSinceEpoch: -5), text: ""),
    ]
    #expect(TurnCoding.decode(TurnCoding.encode(turns)) == turns)
    #expect(TurnCoding.decode(TurnCoding.encode([])) == [])
    var damaged = TurnCoding.encode(turns)
    damaged.removeLast(3)
    #expect(TurnCoding.decode(damaged) == nil)
  }

  @Test("the HTML report of a second run shows the trend and what changed")
  func trendInHTML() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    let (first, second) = AuditData.split(try AuditData.contacts(seed: 14, count: 600), atDay: 20)
    try workspace.export(first.map(\.contact), as: "night1.csv")
    try workspace.configure()
    _ = try workspace.run()
    try workspace.export(second.map(\.contact), as: "night2.csv")
    let outcome = try workspace.run()
    let html = try String(contentsOfFile: workspace.root.appendingPathComponent("reports/latest.html").path, encoding: .utf8)
    #expect(html.contains("<section id=\"trend\""))
    #expect(html.components(separatedBy: "class=\"trend-chart\"").count - 1 == 4)
    for provider in outcome.digest.run.providers {
      #expect(html.contains("data-provider=\"\(provider.name)\" points=\""))
    }
    #expect(html.contains("data-run=\"\(outcome.digest.run.id)\""))
    #expect(html.contains("data-run=\"\(outcome.digest.earlier[0].id)\""))
    #expect(html.contains("<table class=\"changes\">"))
    let json = try String(contentsOfFile: workspace.root.appendingPathComponent("reports/latest.json").path, encoding: .utf8)
    #expect(json.contains("\"earlier_runs\""))
  }
}
