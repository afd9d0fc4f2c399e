import CallAuditHistory
import Foundation
import GRDB
import Testing

/// Issue 19, items 7 and 11: a damaged history is refused, never reported on; a
/// history that cannot be where the configuration puts it says so with the right status.
@Suite("callaudit audit: a damaged or misplaced history")
struct AuditHistoryIntegrityTests {
  /// The files of a history, to put it back as it was between trials.
  private static func historyFiles(_ workspace: AuditWorkspace) -> [String] {
    ["", "-wal", "-shm", ".seal"].map { workspace.databasePath + $0 }
      .filter { FileManager.default.fileExists(atPath: $0) }
  }

  private static func copy(_ paths: [String], to folder: URL) throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for path in paths {
      try FileManager.default.copyItem(atPath: path, toPath: folder.appendingPathComponent((path as NSString).lastPathComponent).path)
    }
  }

  private static func restore(_ workspace: AuditWorkspace, from folder: URL) throws {
    for path in historyFiles(workspace) { try FileManager.default.removeItem(atPath: path) }
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
      try FileManager.default.copyItem(
        atPath: folder.appendingPathComponent(name).path, toPath: workspace.root.appendingPathComponent(name).path)
    }
  }

  @Test("a byte flipped inside the rows of a table is refused with 65 and one sentence; no report is written")
  func flippedByte() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    try workspace.export(try AuditData.contacts(seed: 71, count: 300, days: 20).map(\.contact), as: "night1.csv")
    try workspace.configure()
    #expect(try workspace.runBinary().status == 0)
    let backup = workspace.root.appendingPathComponent("backup")
    try Self.copy(Self.historyFiles(workspace), to: backup)
    let roots = try HistoryPages.rootPages(of: workspace.databasePath)
    let pages = try HistoryPages(path: workspace.databasePath)
    let reports = workspace.root.appendingPathComponent("reports")

    var random = ScriptCorpusRandom(seed: 7)
    var trials = 0
    for table in ["contact", "agent_sentence", "input_file", "run_metric"] {
      let root = try #require(roots[table], "no table \(table)")
      let cells = pages.leaves(from: root).flatMap(pages.payloadBytes(onLeaf:)).filter { !$0.isEmpty }
      try #require(!cells.isEmpty)
      for _ in 0..<2 {
        let cell = cells[Int.random(in: 0..<cells.count, using: &random)]
        let offset = cell[Int.random(in: 0..<cell.count, using: &random)]
        let bit = UInt8(1) << UInt8.random(in: 0..<8, using: &random)
        try Self.restore(workspace, from: backup)
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: workspace.databasePath))
        try handle.seek(toOffset: UInt64(offset))
        let byte = try #require(try handle.read(upToCount: 1)?.first)
        try handle.seek(toOffset: UInt64(offset))
        try handle.write(contentsOf: [byte ^ bit])
        try handle.close()
        try? FileManager.default.removeItem(at: reports)

        let result = try workspace.runBinary()
        let place = "\(table) page byte \(offset) bit \(bit)"
        #expect(result.status == 65, "\(place): \(result.standardError)")
        #expect(result.standardOutput.isEmpty, "\(place)")
        let lines = result.standardError.split(separator: "\n")
        #expect(lines.count == 1, "\(place): \(result.standardError)")
        #expect(lines.first?.hasPrefix("callaudit: error: \(workspace.databasePath): ") == true, "\(place)")
        #expect(!FileManager.default.fileExists(atPath: reports.appendingPathComponent("latest.json").path), "\(place)")
        // Refused again and again, never quietly repaired or restarted.
        #expect(try workspace.runBinary().status == 65, "\(place)")
        trials += 1
      }
    }
    #expect(trials == 8)
    // The undamaged history still runs.
    try Self.restore(workspace, from: backup)
    #expect(try workspace.runBinary().status == 0)
  }

  @Test("an empty file where the history should be is refused, not taken for a new history")
  func emptyHistory() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    try workspace.export(try AuditData.contacts(seed: 72, count: 30).map(\.contact), as: "night1.csv")
    try workspace.configure()
    try Data().write(to: URL(fileURLWithPath: workspace.databasePath))
    let result = try workspace.runBinary()
    #expect(result.status == 65)
    #expect(result.standardError.hasPrefix("callaudit: error: \(workspace.databasePath): "))
    #expect(result.standardError.contains("empty"))
    let size = try FileManager.default.attributesOfItem(atPath: workspace.databasePath)[.size] as? Int
    #expect(size == 0)
    let history = try TestSupport.runCallaudit(["history", "--config", workspace.configurationPath])
    #expect(history.status == 65)
  }

  @Test("a history gone from beside its seal is refused; deleting both starts afresh")
  func historyGoneSealKept() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    try workspace.export(try AuditData.contacts(seed: 75, count: 30).map(\.contact), as: "night1.csv")
    try workspace.configure()
    #expect(try workspace.runBinary().status == 0)
    try FileManager.default.removeItem(atPath: workspace.databasePath)
    let refused = try workspace.runBinary()
    #expect(refused.status == 65)
    #expect(refused.standardError.contains("the history is missing but its seal"))
    #expect(!FileManager.default.fileExists(atPath: workspace.databasePath))
    try FileManager.default.removeItem(atPath: workspace.databasePath + ".seal")
    #expect(try workspace.runBinary().status == 0)
  }

  @Test("after a killed run the history is checked whole, said on stderr, and sealed again")
  func unsealedAfterKill() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    try workspace.export(try AuditData.contacts(seed: 76, count: 30).map(\.contact), as: "night1.csv")
    try workspace.configure()
    #expect(try workspace.runBinary().status == 0)
    let seal = workspace.databasePath + ".seal"
    let sealed = try String(contentsOfFile: seal, encoding: .utf8)
    // What a run killed while writing leaves behind.
    try "callaudit history seal 1\nopen\n".write(toFile: seal, atomically: true, encoding: .utf8)
    let checked = try workspace.runBinary()
    #expect(checked.status == 0)
    #expect(checked.standardError.contains("did not finish"))
    #expect(checked.standardError.contains("integrity_check"))
    let resealed = try String(contentsOfFile: seal, encoding: .utf8)
    #expect(resealed.hasPrefix("callaudit history seal 1\nsha256 "))
    #expect(resealed != sealed)
    let quiet = try workspace.runBinary()
    #expect(quiet.status == 0)
    #expect(quiet.standardError.isEmpty)
  }

  @Test("a damaged stored digest is one sentence naming the history, with status 65")
  func damagedDigestMessage() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    let contacts = try AuditData.contacts(seed: 73, count: 50, days: 10).map(\.contact)
    try workspace.export(contacts, as: "night1.csv")
    try workspace.configure()
    #expect(try workspace.runBinary().status == 0)
    // Damage SQLite cannot see (the value is a well-formed blob), written behind
    // callaudit's back: without its seal, the history is checked row by row as it is read.
    try? FileManager.default.removeItem(atPath: workspace.databasePath + ".seal")
    try DatabaseQueue(path: workspace.databasePath).write { db in
      try db.execute(sql: "UPDATE contact SET digest = x'ff' WHERE contact_id = ?", arguments: [contacts[10].id])
    }
    let result = try workspace.runBinary()
    #expect(result.status == 65)
    #expect(!result.standardError.contains(": :"))
    #expect(
      result.standardError.contains(
        "callaudit: error: \(workspace.databasePath): the stored digest of contact \(contacts[10].id) of \(contacts[10].provider) is damaged"))
  }

  @Test("a damaged digest met while forgetting names the history and the contact, with no empty field (issue 19, item 12)")
  func damagedDigestWhileForgetting() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    let contacts = try AuditData.contacts(seed: 75, count: 50, days: 10).map(\.contact)
    try workspace.export(contacts, as: "night1.csv")
    try workspace.configure()
    #expect(try workspace.runBinary().status == 0)
    let victim = try #require(contacts.first { $0.customerID != nil })
    try? FileManager.default.removeItem(atPath: workspace.databasePath + ".seal")
    try DatabaseQueue(path: workspace.databasePath).write { db in
      try db.execute(
        sql: "UPDATE contact SET digest = x'ff' WHERE contact_id = ? AND provider = ?",
        arguments: [victim.id, victim.provider])
    }
    let result = try TestSupport.runCallaudit([
      "forget", "--config", workspace.configurationPath, "--customer", victim.customerID!, "--provider", victim.provider,
    ])
    #expect(result.status == 65)
    let lines = result.standardError.split(separator: "\n").filter { !$0.contains("integrity_check") }
    #expect(lines.count == 1, "\(result.standardError)")
    #expect(!result.standardError.contains(": :"))
    #expect(
      lines.first
        == "callaudit: error: \(workspace.databasePath): the stored digest of contact \(victim.id) of \(victim.provider) is damaged; the history is not used",
      "\(result.standardError)")
  }

  @Test("a history folder that does not exist exits 73, not 75; a place that cannot exist is a configuration error (78)")
  func misplacedHistory() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    try workspace.export(try AuditData.contacts(seed: 74, count: 30).map(\.contact), as: "night1.csv")
    try workspace.configure()
    let text = try String(contentsOfFile: workspace.configurationPath, encoding: .utf8)

    try text.replacingOccurrences(of: "database: history.sqlite", with: "database: state/history.sqlite")
      .write(toFile: workspace.configurationPath, atomically: true, encoding: .utf8)
    let missing = try workspace.runBinary()
    #expect(missing.status == 73)
    #expect(missing.standardError.contains("\(workspace.root.path)/state: the folder for the history does not exist"))
    #expect(!missing.standardError.contains("another audit"))
    #expect(try TestSupport.runCallaudit(["forget", "--config", workspace.configurationPath, "--customer", "C"]).status == 73)

    try text.replacingOccurrences(of: "database: history.sqlite", with: "database: customer.key/history.sqlite")
      .write(toFile: workspace.configurationPath, atomically: true, encoding: .utf8)
    let impossible = try workspace.runBinary()
    #expect(impossible.status == 78)
    #expect(impossible.standardError.contains("audit.yml:2: "))
    #expect(impossible.standardError.contains("customer.key is a file, not a folder"))

    try FileManager.default.createDirectory(
      at: workspace.root.appendingPathComponent("folder.sqlite"), withIntermediateDirectories: true)
    try text.replacingOccurrences(of: "database: history.sqlite", with: "database: folder.sqlite")
      .write(toFile: workspace.configurationPath, atomically: true, encoding: .utf8)
    let folder = try workspace.runBinary()
    #expect(folder.status == 78)
    #expect(folder.standardError.contains("audit.yml:2: "))
  }
}
