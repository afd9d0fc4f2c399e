import CallAuditHistory
import Foundation
import GRDB
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 19, items 6 and 3: what the `inputs` patterns match, and what they fail to match.
@Suite("callaudit audit: inputs that are not files, inputs that do not come")
struct AuditInputSafetyTests {
  /// A listening-less Unix socket bound at `path`; the caller closes the descriptor.
  private static func socketFile(at path: String) throws -> Int32 {
    let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    try #require(descriptor >= 0)
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    let bytes = Array(path.utf8)
    try #require(bytes.count < MemoryLayout.size(ofValue: address.sun_path))
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
      for (index, byte) in bytes.enumerated() { raw[index] = byte }
    }
    let bound = withUnsafePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
    try #require(bound == 0, "cannot bind a socket at \(path)")
    return descriptor
  }

  private static func storedContacts(_ workspace: AuditWorkspace) throws -> Int {
    try DatabaseQueue(path: workspace.databasePath).read { db in
      try Int.fetchOne(db, sql: "SELECT count(*) FROM contact") ?? -1
    }
  }

  @Test("a FIFO, a socket or a device matched by a glob is named with its reason and never opened; the lock is not kept")
  func specialFilesMatchedByGlob() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    let contacts = try AuditData.contacts(seed: 61, count: 60).map(\.contact)
    try workspace.export(contacts, as: "night1.csv")
    let fifo = workspace.exports.appendingPathComponent("pipe.csv").path
    try #require(mkfifo(fifo, 0o644) == 0)
    let socket = try Self.socketFile(at: workspace.exports.appendingPathComponent("socket.csv").path)
    defer { close(socket) }
    var special = 2
    if SpecialFiles.canMakeDevices {
      // The numbers of /dev/null, made inside the test's own folder.
      let device = workspace.exports.appendingPathComponent("device.csv").path
      try #require(mknod(device, S_IFCHR | 0o644, dev_t(1) << 8 | dev_t(3)) == 0)
      special += 1
    }
    try workspace.configure()

    let counter = FIFOOpenCounter(path: fifo)
    let result = try workspace.runBinary()
    #expect(counter.stop() == 0, "the audit opened the FIFO")
    // Inputs not read count against the tolerance of stopped inputs (0 by default).
    #expect(result.status == 65)
    let lines = result.standardError.split(separator: "\n")
    #expect(lines.contains { $0.contains("pipe.csv: not read: it is a FIFO") })
    #expect(lines.contains { $0.contains("socket.csv: not read: it is a socket") })
    if special == 3 { #expect(lines.contains { $0.contains("device.csv: not read: it is a character device") }) }
    #expect(result.standardError.contains("\(special) input(s) could not be read"))
    #expect(try Self.storedContacts(workspace) == contacts.count)

    // The lock went with the run: the next one is not told another audit is running.
    let again = FIFOOpenCounter(path: fifo)
    let second = try workspace.runBinary()
    #expect(again.stop() == 0)
    #expect(second.status == 65)

    try workspace.configure("tolerance:\n  stopped_inputs: \(special)\n")
    let tolerated = FIFOOpenCounter(path: fifo)
    #expect(try workspace.runBinary().status == 0)
    #expect(tolerated.stop() == 0)
  }

  @Test("a FIFO inside an input folder is named, not silently skipped, and not opened")
  func fifoInsideFolder() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    try workspace.export(try AuditData.contacts(seed: 62, count: 40).map(\.contact), as: "night1.csv")
    let nested = workspace.exports.appendingPathComponent("incoming")
    try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
    let fifo = nested.appendingPathComponent("feed").path
    try #require(mkfifo(fifo, 0o644) == 0)
    try workspace.configure()
    let text = try String(contentsOfFile: workspace.configurationPath, encoding: .utf8)
    try text.replacingOccurrences(of: "inputs: [\"exports/*.csv\"]", with: "inputs: [exports]")
      .write(toFile: workspace.configurationPath, atomically: true, encoding: .utf8)

    let counter = FIFOOpenCounter(path: fifo)
    let result = try workspace.runBinary()
    #expect(counter.stop() == 0)
    #expect(result.status == 65)
    #expect(result.standardError.contains("incoming/feed: not read: it is a FIFO"))
    #expect(try Self.storedContacts(workspace) == 40)
  }

  @Test("an inputs pattern that matches no file is a breach: exit 1 and one line on stdout")
  func unmatchedPattern() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    try workspace.export(try AuditData.contacts(seed: 63, count: 40).map(\.contact), as: "night1.csv")
    try workspace.configure()
    let text = try String(contentsOfFile: workspace.configurationPath, encoding: .utf8)
    try text.replacingOccurrences(of: "inputs: [\"exports/*.csv\"]", with: "inputs: [\"exports/*.csv\", \"exports/*.xml\"]")
      .write(toFile: workspace.configurationPath, atomically: true, encoding: .utf8)
    let result = try workspace.runBinary()
    #expect(result.status == 1)
    let lines = result.standardOutput.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(lines.first?.hasSuffix("exports/*.xml: no file matches this input pattern") == true)
    #expect(try Self.storedContacts(workspace) == 40)
    // Every night the same: the missing exports are not forgotten after the first mail.
    #expect(try workspace.runBinary().status == 1)
  }

  @Test("expect: a pattern that received no new export within the period is a breach; per pattern or for all")
  func expectedArrival() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    let path = try workspace.export(try AuditData.contacts(seed: 64, count: 40).map(\.contact), as: "night1.csv")
    // Written into the folder three days ago.
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSinceNow: -3 * 86_400)], ofItemAtPath: path)
    try workspace.configure("expect: 24h\n")
    let late = try workspace.runBinary()
    #expect(late.status == 1)
    let lines = late.standardOutput.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(lines.first?.contains("exports/*.csv: no new export for 3d") == true)
    #expect(lines.first?.contains("expected one every 24h") == true)

    // The pattern's own period replaces the general one.
    try workspace.configure("expect: 24h\n")
    let text = try String(contentsOfFile: workspace.configurationPath, encoding: .utf8)
    try text.replacingOccurrences(
      of: "inputs: [\"exports/*.csv\"]", with: "inputs:\n  - pattern: exports/*.csv\n    expect: 7d")
      .write(toFile: workspace.configurationPath, atomically: true, encoding: .utf8)
    let weekly = try workspace.runBinary()
    #expect(weekly.status == 0)
    #expect(weekly.standardOutput.isEmpty)

    // A new export tonight: the daily expectation is met again.
    try workspace.configure("expect: 24h\n")
    try workspace.export(try AuditData.contacts(seed: 65, count: 30).map(\.contact), as: "night2.csv")
    let fresh = try workspace.runBinary()
    #expect(fresh.status == 0)
    #expect(fresh.standardOutput.isEmpty)
  }
}
